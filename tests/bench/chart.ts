// `npx tsx tests/bench/chart.ts [--backend=docs/bench/backend.json] [--scale=docs/bench/scale.json]
//  [--out=docs/bench/chart.svg]`
// One SVG picture of the recorded benchmark figures, hand-written (no chart library): backend
// throughput against the raw-SQL floor and p99 latency (docs/bench/backend.json, from run.ts),
// reveal latency at 10 k against 1 M stored secrets and purge time against rows due
// (docs/bench/scale.json, from scale.ts). A panel whose file is missing says so.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';

// ── what is read from the JSON files (only these fields) ────────────────────────────────────

interface BackendJson {
  generatedAt?: string;
  rows: {
    database: string;
    op: string;
    clients: number;
    api: { rps: number; latencyMs: { p99: number } } | null;
    floor: { rps: number } | null;
  }[];
}

interface ScaleJson {
  generatedAt?: string;
  mode?: { quick: boolean };
  target?: { maxRatio: number };
  results: {
    database: string;
    stores: { label: string; sizes: { pending: number; tombstones: number } }[];
    reveal: {
      concurrency: number;
      small: { label: string; latencyMs: { p50: number; mean: number; p99: number } };
      large: { label: string; latencyMs: { p50: number; mean: number; p99: number } };
      ratio: { p50: number; mean: number };
    }[];
    purge: { table: string; what: string; expired: number; deleted: number; ms: number }[];
  }[];
}

// ── a grouped bar panel ─────────────────────────────────────────────────────────────────────

interface Series {
  name: string;
  color: string;
  values: (number | null)[];
}

interface Panel {
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

const FONT = `font-family="DejaVu Sans, Helvetica, Arial, sans-serif"`;

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function text(
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

/** A row count: 12.5k, 1.25M. */
function rowsLabel(n: number): string {
  if (n >= 1_000_000) return `${+(n / 1_000_000).toPrecision(3)}M`;
  if (n >= 1000) return `${+(n / 1000).toPrecision(3)}k`;
  return String(n);
}

function panel(p: Panel, x0: number, y0: number, w: number, h: number): string {
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

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

// ── the four panels ────────────────────────────────────────────────────────────────────────

const DB_NAME: Record<string, string> = { postgres: 'PostgreSQL', pglite: 'PGlite' };
const dbName = (d: string) => DB_NAME[d] ?? d;

function backendPanels(b: BackendJson | null): Panel[] {
  const rows = (b?.rows ?? []).filter((r) => r.api);
  rows.sort((x, y) =>
    x.database === y.database
      ? x.op === y.op
        ? x.clients - y.clients
        : x.op.localeCompare(y.op)
      : y.database.localeCompare(x.database),
  );
  const groups = rows.map((r) => [`${r.op} ${r.clients}`, dbName(r.database)]);
  const from = b?.generatedAt ? `, run of ${b.generatedAt.slice(0, 10)}` : '';
  return [
    {
      title: 'Backend throughput: API against the raw-SQL floor',
      subtitle: `requests/s, closed loop, 16 and 64 clients (docs/bench/backend.json${from}); higher is better`,
      axis: 'requests per second',
      groups,
      series: [
        {
          name: 'API (HTTP + tRPC + repository)',
          color: '#2563eb',
          values: rows.map((r) => r.api!.rps),
        },
        {
          name: 'floor (same SQL, straight through pg)',
          color: '#9ca3af',
          values: rows.map((r) => r.floor?.rps ?? null),
        },
      ],
      marks: rows.flatMap((r, i) =>
        r.floor ? [{ group: i, value: 0.6 * r.floor.rps, color: '#dc2626' }] : [],
      ),
      markLegend: { label: 'target: API ≥ 60 % of floor', color: '#dc2626' },
      notes: rows.map((r) =>
        r.floor ? `${Math.round((100 * r.api!.rps) / r.floor.rps)} %` : null,
      ),
    },
    {
      title: 'API p99 latency',
      subtitle:
        'milliseconds, request start to last byte; lower is better (target applies at 64 clients)',
      axis: 'p99 latency (ms)',
      groups,
      series: [
        { name: 'API p99', color: '#f59e0b', values: rows.map((r) => r.api!.latencyMs.p99) },
      ],
      lines: [{ value: 25, label: 'target: p99 < 25 ms', color: '#dc2626' }],
    },
  ];
}

function scalePanels(s: ScaleJson | null): Panel[] {
  const results = s?.results ?? [];
  const reveals = results.flatMap((k) => k.reveal.map((r) => ({ db: k.database, ...r })));
  const smallLabel = reveals[0]?.small.label ?? '10k';
  const largeLabel = reveals[0]?.large.label ?? '1M';
  const maxRatio = s?.target?.maxRatio ?? 1.2;
  const quickNote = s?.mode?.quick ? ' (QUICK RUN)' : '';
  const revealPanel: Panel = {
    title: `Reveal latency: ${smallLabel} against ${largeLabel} stored secrets${quickNote}`,
    subtitle: `ms per reveal (repository statement), p50 and p99; target: ${largeLabel} p50 and mean ≤ ${maxRatio} × ${smallLabel}; log scale`,
    axis: 'latency (ms, log scale)',
    log: true,
    groups: reveals.map((r) => [
      `${r.concurrency} client${r.concurrency === 1 ? '' : 's'}`,
      `${dbName(r.db)}${r.large.label !== largeLabel ? ` (${r.large.label})` : ''}`,
    ]),
    series: [
      {
        name: `p50, ${smallLabel}`,
        color: '#86efac',
        values: reveals.map((r) => r.small.latencyMs.p50),
      },
      {
        name: `p50, ${largeLabel}`,
        color: '#16a34a',
        values: reveals.map((r) => r.large.latencyMs.p50),
      },
      {
        name: `p99, ${smallLabel}`,
        color: '#c4b5fd',
        values: reveals.map((r) => r.small.latencyMs.p99),
      },
      {
        name: `p99, ${largeLabel}`,
        color: '#7c3aed',
        values: reveals.map((r) => r.large.latencyMs.p99),
      },
    ],
    notes: reveals.map((r) => `p50 ×${r.ratio.p50.toFixed(2)}, mean ×${r.ratio.mean.toFixed(2)}`),
  };

  // Purge: one group per kind of run, one series per database and table size.
  const kinds: { label: string[]; match: (what: string) => boolean }[] = [
    { label: ['nothing due', '(median of 3)'], match: (w) => /^nothing due \(\d+\)$/.test(w) },
    { label: ['1k + 1k', 'due'], match: (w) => w.startsWith('1,000 expired') },
    { label: ['10k + 10k', 'due'], match: (w) => w.startsWith('10,000 expired') },
    { label: ['100k + 100k', 'due'], match: (w) => w.startsWith('100,000 expired') },
    { label: ['nothing due,', 'right after'], match: (w) => w === 'nothing due, right after' },
    { label: ['nothing due,', 'after VACUUM'], match: (w) => w === 'nothing due, after VACUUM' },
  ];
  const colors = ['#93c5fd', '#1d4ed8', '#fdba74', '#c2410c'];
  const series: Series[] = [];
  for (const k of results) {
    for (const store of k.stores) {
      const runs = k.purge.filter((p) => p.table === store.label);
      const rows = store.sizes.pending + store.sizes.tombstones;
      series.push({
        name: `${dbName(k.database)}, ${rowsLabel(rows)} rows`,
        color: colors[series.length % colors.length]!,
        values: kinds.map((g) => {
          const ms = runs.filter((p) => g.match(p.what)).map((p) => p.ms);
          return ms.length ? median(ms) : null;
        }),
      });
    }
  }
  const purgePanel: Panel = {
    title: 'Purge run time against rows due',
    subtitle:
      'ms per purgeOnce run (n pending rows expired + n tombstones deleted, batches of 1000); log scale',
    axis: 'run time (ms, log scale)',
    log: true,
    groups: kinds.map((k) => k.label),
    series,
    format: (v) =>
      v >= 1000 ? `${(v / 1000).toFixed(1)} s` : v >= 10 ? v.toFixed(0) : v.toFixed(1),
  };
  return [revealPanel, purgePanel];
}

export function renderChart(backend: BackendJson | null, scale: ScaleJson | null): string {
  const W = 1400;
  const H = 980;
  const pw = (W - 30) / 2;
  const ph = (H - 70) / 2;
  const panels = [...backendPanels(backend), ...scalePanels(scale)];
  const body = panels.map((p, i) =>
    panel(p, 10 + (i % 2) * (pw + 10), 50 + Math.floor(i / 2) * (ph + 10), pw, ph),
  );
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" ${FONT}>`,
    `<rect width="${W}" height="${H}" fill="#f3f4f6"/>`,
    text(14, 30, 'oncelink benchmarks (docs/benchmarks.md#targets), 2-core machine', {
      size: 18,
      weight: 'bold',
    }),
    text(W - 14, 30, 'generated by tests/bench/chart.ts from docs/bench/*.json', {
      size: 11,
      anchor: 'end',
      fill: '#6b7280',
    }),
    ...body,
    '</svg>',
    '',
  ].join('\n');
}

function readJson<T>(path: string): T | null {
  if (!existsSync(path)) return null;
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

export function writeChart(opts: { backend?: string; scale?: string; out?: string } = {}) {
  const out = opts.out ?? 'docs/bench/chart.svg';
  const svg = renderChart(
    readJson<BackendJson>(opts.backend ?? 'docs/bench/backend.json'),
    readJson<ScaleJson>(opts.scale ?? 'docs/bench/scale.json'),
  );
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, svg);
  return out;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const option = (name: string) =>
    process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  const out = writeChart({
    backend: option('backend'),
    scale: option('scale'),
    out: option('out'),
  });
  console.log(`wrote ${out}`);
}
