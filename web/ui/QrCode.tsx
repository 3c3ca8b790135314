import { encode } from 'uqr';
import { useMemo } from 'preact/hooks';

/**
 * The link as a QR code, drawn as one SVG path of unit squares (no innerHTML, no canvas):
 * crisp at any size, and the DOM holds one element instead of a thousand.
 */
export function QrCode(props: { text: string; testid: string }) {
  const { size, d } = useMemo(() => {
    const qr = encode(props.text, { ecc: 'M', border: 2 });
    let path = '';
    qr.data.forEach((row, y) =>
      row.forEach((dark, x) => {
        if (dark) path += `M${x} ${y}h1v1h-1z`;
      }),
    );
    return { size: qr.size, d: path };
  }, [props.text]);
  return (
    <svg
      class="qr"
      data-testid={props.testid}
      viewBox={`0 0 ${size} ${size}`}
      shape-rendering="crispEdges"
      role="img"
      aria-label="QR code of the link"
    >
      <path d={d} fill="#111827" />
    </svg>
  );
}
