// `npx tsx tests/bench/chart.ts [--backend=docs/bench/backend.json] [--scale=docs/bench/scale.json]
//  [--wrk=docs/bench/wrk.json] [--out=docs/bench/chart.svg]`
// One SVG picture of the recorded benchmark figures, hand-written (no chart library): backend
// throughput against the raw-SQL floor and p99 latency (docs/bench/backend.json, from run.ts),
// reveal latency at 10 k against 1 M stored secrets and purge time against rows due
// (docs/bench/scale.json, from scale.ts). A panel whose file is missing says so.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { isEntryPoint, option } from './args';
import { FONT, panel, text, type Panel, type Series } from './chart-svg';
import { rowsLabel } from './format';
import { median } from './stats';
import { wrkPanels, type WrkJson } from './wrk/chart-panels';

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

export function renderChart(
  backend: BackendJson | null,
  scale: ScaleJson | null,
  /** The API under wrk (wrk/run.ts): when there, its panels replace backend.json's. */
  wrk: WrkJson | null = null,
): string {
  const W = 1400;
  const H = 980;
  const pw = (W - 30) / 2;
  const ph = (H - 70) / 2;
  const panels = [...(wrk ? wrkPanels(wrk) : backendPanels(backend)), ...scalePanels(scale)];
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

export function writeChart(
  opts: { backend?: string; scale?: string; wrk?: string; out?: string } = {},
) {
  const out = opts.out ?? 'docs/bench/chart.svg';
  const svg = renderChart(
    readJson<BackendJson>(opts.backend ?? 'docs/bench/backend.json'),
    readJson<ScaleJson>(opts.scale ?? 'docs/bench/scale.json'),
    readJson<WrkJson>(opts.wrk ?? 'docs/bench/wrk.json'),
  );
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, svg);
  return out;
}

if (isEntryPoint(import.meta.url)) {
  const out = writeChart({
    backend: option('backend'),
    scale: option('scale'),
    wrk: option('wrk'),
    out: option('out'),
  });
  console.log(`wrote ${out}`);
}
