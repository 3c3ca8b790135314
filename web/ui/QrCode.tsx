import { useEffect, useState } from 'preact/hooks';
import type { encode as encodeQr } from 'uqr';

type Encode = typeof encodeQr;
let encoder: Promise<Encode> | null = null;

/**
 * The link as a QR code, drawn as one SVG path of unit squares (no innerHTML, no canvas):
 * crisp at any size, and the DOM holds one element instead of a thousand. The encoder (4 KB
 * gzipped) is fetched when the first code is drawn, not with the page: most visitors never see
 * one. The frame is there at once, so nothing moves when the code appears.
 */
export function QrCode(props: { text: string; testid: string }) {
  const [qr, setQr] = useState<{ size: number; d: string } | null>(null);
  useEffect(() => {
    let live = true;
    encoder ??= import('uqr').then((m) => m.encode);
    void encoder.then((encode) => {
      const code = encode(props.text, { ecc: 'M', border: 2 });
      let d = '';
      code.data.forEach((row, y) =>
        row.forEach((dark, x) => {
          if (dark) d += `M${x} ${y}h1v1h-1z`;
        }),
      );
      if (live) setQr({ size: code.size, d });
    });
    return () => {
      live = false;
    };
  }, [props.text]);
  return (
    <svg
      class="qr"
      data-testid={props.testid}
      data-ready={qr ? 'true' : 'false'}
      viewBox={`0 0 ${qr?.size ?? 1} ${qr?.size ?? 1}`}
      shape-rendering="crispEdges"
      role="img"
      aria-label="QR code of the link"
    >
      {qr && <path d={qr.d} fill="#111827" />}
    </svg>
  );
}
