// The drawing of chart.ts: one grouped bar panel in SVG, with its axis (linear or log), legend,
// reference lines, per-group marks and notes. Hand-written, no chart library.

export interface Series {
  name: string;
  color: string;
  values: (number | null)[];
}

export interface Panel {
  title: string;
  subtitle: string;
  /** Axis title, with the unit. */
  axis: string;
  /** Each group's label, one string per line. */
  groups: string[][];
  series: Series[];
  log?: boolean;
  /** Horizontal reference lines across the whole panel. */
  lines?: { value: number; label: string; color: string }[];
  /** Short dashed marks over one group: a per-group target. */
  marks?: { group: number; value: number; color: string }[];
  markLegend?: { label: string; color: string };
  /** Text over each group (e.g. a ratio). */
  notes?: (string | null)[];
  format?: (v: number) => string;
}

export const FONT = `font-family="DejaVu Sans, Helvetica, Arial, sans-serif"`;

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function text(
  x: number,
  y: number,
  s: string,
  o: { size?: number; anchor?: string; weight?: string; fill?: string; rotate?: number } = {},
) {
  const rot = o.rotate ? ` transform="rotate(${o.rotate} ${x.toFixed(1)} ${y.toFixed(1)})"` : '';
  return `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" font-size="${o.size ?? 12}" text-anchor="${o.anchor ?? 'start'}" font-weight="${o.weight ?? 'normal'}" fill="${o.fill ?? '#1f2937'}"${rot}>${esc(s)}</text>`;
}

/** Round numbers for a linear axis from 0 to at least `max`. */
function linearTicks(max: number): number[] {
  const raw = max / 5;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw)!;
  const ticks = [];
  for (let v = 0; v <= max + step * 0.999; v += step) ticks.push(+v.toPrecision(6));
  return ticks;
}

/** Powers of ten spanning [min, max]. */
function logTicks(min: number, max: number): number[] {
  const ticks = [];
  for (let e = Math.floor(Math.log10(min)); e <= Math.ceil(Math.log10(max)); e++) {
    ticks.push(10 ** e);
  }
  return ticks;
}

/** A value over a bar: three significant digits at most, thousands as k. */
export function compact(v: number): string {
  if (v >= 10_000) return `${+(v / 1000).toFixed(0)}k`;
  if (v >= 1000) return `${+(v / 1000).toFixed(1)}k`;
  if (v >= 100) return v.toFixed(0);
  if (v >= 10) return v.toFixed(1);
  return v.toFixed(2);
}

/** An axis tick: as short as it can be (0, 0.1, 2.5, 50, 1k, 10k). */
function tick(v: number): string {
  if (v >= 1000) return `${+(v / 1000).toPrecision(3)}k`;
  return String(+v.toPrecision(3));
}

export function panel(p: Panel, x0: number, y0: number, w: number, h: number): string {
  const out: string[] = [];
  const fmt = p.format ?? compact;
  out.push(
    `<rect x="${x0}" y="${y0}" width="${w}" height="${h}" fill="#ffffff" stroke="#d1d5db" rx="6"/>`,
  );
  out.push(text(x0 + 14, y0 + 24, p.title, { size: 15, weight: 'bold' }));
  out.push(text(x0 + 14, y0 + 42, p.subtitle, { size: 11, fill: '#4b5563' }));
  // Legend.
  let lx = x0 + 14;
  const ly = y0 + 60;
  const legend = [
    ...p.series.map((s) => ({ label: s.name, color: s.color, kind: 'box' })),
    ...(p.markLegend ? [{ ...p.markLegend, kind: 'mark' }] : []),
    ...(p.lines ?? []).map((l) => ({ label: l.label, color: l.color, kind: 'line' })),
  ];
  for (const l of legend) {
    if (l.kind === 'box') {
      out.push(`<rect x="${lx}" y="${ly - 9}" width="12" height="12" fill="${l.color}"/>`);
    } else {
      out.push(
        `<line x1="${lx - 2}" y1="${ly - 3}" x2="${lx + 14}" y2="${ly - 3}" stroke="${l.color}" stroke-width="2" stroke-dasharray="${l.kind === 'mark' ? '3 2' : '6 3'}"/>`,
      );
    }
    out.push(text(lx + 17, ly + 1, l.label, { size: 11 }));
    lx += 17 + l.label.length * 6.3 + 18;
  }

  const lineCount = Math.max(...p.groups.map((g) => g.length));
  const plot = { x: x0 + 62, y: y0 + 92, w: w - 62 - 16, h: h - 92 - 18 - lineCount * 14 };
  const values = [
    ...p.series.flatMap((s) => s.values),
    ...(p.lines ?? []).map((l) => l.value),
    ...(p.marks ?? []).map((m) => m.value),
  ].filter((v): v is number => v !== null && v > 0);
  if (!values.length) {
    out.push(text(x0 + w / 2, y0 + h / 2, 'no data', { anchor: 'middle', fill: '#6b7280' }));
    return out.join('\n');
  }
  let ticks: number[];
  let yOf: (v: number) => number;
  if (p.log) {
    ticks = logTicks(Math.min(...values), Math.max(...values) * 1.6);
    const lo = Math.log10(ticks[0]!);
    const hi = Math.log10(ticks[ticks.length - 1]!);
    yOf = (v) => plot.y + plot.h - ((Math.log10(Math.max(v, ticks[0]!)) - lo) / (hi - lo)) * plot.h;
  } else {
    ticks = linearTicks(Math.max(...values) * 1.12);
    const hi = ticks[ticks.length - 1]!;
    yOf = (v) => plot.y + plot.h - (v / hi) * plot.h;
  }
  for (const t of ticks) {
    const y = yOf(t);
    out.push(
      `<line x1="${plot.x}" y1="${y.toFixed(1)}" x2="${plot.x + plot.w}" y2="${y.toFixed(1)}" stroke="#e5e7eb"/>`,
    );
    out.push(text(plot.x - 6, y + 4, tick(t), { size: 11, anchor: 'end', fill: '#4b5563' }));
  }
  out.push(
    text(x0 + 16, plot.y + plot.h / 2, p.axis, {
      size: 11,
      anchor: 'middle',
      fill: '#374151',
      rotate: -90,
    }),
  );
  const base = yOf(p.log ? ticks[0]! : 0);
  out.push(
    `<line x1="${plot.x}" y1="${base.toFixed(1)}" x2="${plot.x + plot.w}" y2="${base.toFixed(1)}" stroke="#6b7280"/>`,
  );

  const gw = plot.w / p.groups.length;
  const n = p.series.length;
  const bw = Math.min(34, (gw * 0.78) / n);
  p.groups.forEach((g, gi) => {
    const gx = plot.x + gi * gw + gw / 2;
    const left = gx - (bw * n) / 2;
    let top = base;
    p.series.forEach((s, si) => {
      const v = s.values[gi];
      if (v === null || v === undefined) return;
      const x = left + si * bw;
      const y = yOf(v);
      top = Math.min(top, y);
      out.push(
        `<rect x="${(x + 1).toFixed(1)}" y="${y.toFixed(1)}" width="${(bw - 2).toFixed(1)}" height="${Math.max(0, base - y).toFixed(1)}" fill="${s.color}"><title>${esc(`${s.name}, ${g.join(' ')}: ${fmt(v)}`)}</title></rect>`,
      );
      const size = bw < 30 ? 9 : 10;
      out.push(text(x + bw / 2, y - 4, fmt(v), { size, anchor: 'middle', fill: '#111827' }));
    });
    for (const m of (p.marks ?? []).filter((m) => m.group === gi)) {
      const y = yOf(m.value);
      top = Math.min(top, y);
      out.push(
        `<line x1="${(left - 3).toFixed(1)}" y1="${y.toFixed(1)}" x2="${(left + bw * n + 3).toFixed(1)}" y2="${y.toFixed(1)}" stroke="${m.color}" stroke-width="2" stroke-dasharray="3 2"/>`,
      );
    }
    const note = p.notes?.[gi];
    if (note) {
      out.push(text(gx, top - 17, note, { size: 10.5, anchor: 'middle', weight: 'bold' }));
    }
    g.forEach((line, li) =>
      out.push(
        text(gx, base + 15 + li * 14, line, {
          size: 11,
          anchor: 'middle',
          fill: li === 0 ? '#111827' : '#4b5563',
        }),
      ),
    );
  });
  for (const l of p.lines ?? []) {
    const y = yOf(l.value);
    out.push(
      `<line x1="${plot.x}" y1="${y.toFixed(1)}" x2="${plot.x + plot.w}" y2="${y.toFixed(1)}" stroke="${l.color}" stroke-width="1.5" stroke-dasharray="6 3"/>`,
    );
  }
  return out.join('\n');
}
