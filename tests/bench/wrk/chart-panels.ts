// The chart's two API panels from the wrk bench's JSON (wrk/run.ts): throughput at 16 clients and p99 at 64,
// before (issue 13's table: wrk on this machine, before the lean path, prepared statements,
// workers and PGlite's own thread) against after (the recorded run), with the targets.
import type { Panel } from '../chart-svg';

/** Issue 13's figures (median of 3 interleaved wrk rounds), the "before" of docs/benchmarks.md. */
export const BEFORE: Record<string, { create: number; reveal: number; p99c64: [number, number] }> =
  {
    'postgres W=1': { create: 1025, reveal: 712, p99c64: [168, 275] },
    'postgres W=2': { create: 842, reveal: 794, p99c64: [134, 202] },
    pglite: { create: 447, reveal: 338, p99c64: [2990, 5531] },
  };
export const BEFORE_FLOOR = { prepared: { create: 7540, reveal: 5928 } };

export interface WrkJson {
  generatedAt?: string;
  mode?: { quick: boolean };
  storedRows?: number;
  summary: {
    rows: { config: string; op: string; clients: number; rps: number; p99: number }[];
  };
}

const NAMES: Record<string, string> = {
  'postgres W=1': 'PG ×1',
  'postgres W=2': 'PG ×2',
  pglite: 'PGlite',
};
const TARGET: Record<string, { create: number; reveal: number; p99: number }> = {
  postgres: { create: 4000, reveal: 3000, p99: 50 },
  pglite: { create: 1500, reveal: 1000, p99: 100 },
};

export function wrkPanels(w: WrkJson): Panel[] {
  const rows = w.summary.rows;
  const filled = rows.find((r) => r.config.startsWith('pglite ') && r.config.endsWith(' rows'));
  const configs = ['postgres W=1', 'postgres W=2', 'pglite', ...(filled ? [filled.config] : [])];
  const get = (config: string, op: string, clients: number) =>
    rows.find((r) => r.config === config && r.op === op && r.clients === clients) ?? null;
  const groups: string[][] = [];
  const keys: { config: string; op: 'create' | 'reveal' }[] = [];
  for (const op of ['create', 'reveal'] as const) {
    for (const config of configs) {
      groups.push([op, NAMES[config] ?? config.replace('pglite', 'PGlite').replace(' rows', '')]);
      keys.push({ config, op });
    }
  }
  const base = (config: string) =>
    BEFORE[config] ?? (config.startsWith('pglite') ? BEFORE.pglite : undefined);
  const kind = (config: string) => (config.startsWith('pglite') ? 'pglite' : 'postgres');
  const when = `${w.generatedAt?.slice(0, 10) ?? ''}${w.mode?.quick ? ', QUICK RUN' : ''}`;
  return [
    {
      title: 'API throughput at 16 clients: before and after',
      subtitle: `requests/s under wrk (docs/bench/wrk.json, ${when}); PG ×1, ×2: WORKERS=1, 2; before: issue 13's table`,
      axis: 'requests per second',
      groups,
      series: [
        {
          name: 'before',
          color: '#9ca3af',
          values: keys.map((k) =>
            k.config === filled?.config ? null : (base(k.config)?.[k.op] ?? null),
          ),
        },
        {
          name: 'after',
          color: '#2563eb',
          values: keys.map((k) => get(k.config, k.op, 16)?.rps ?? null),
        },
        {
          name: 'floor: the same SQL through pgbench, prepared',
          color: '#d1d5db',
          values: keys.map((k) =>
            kind(k.config) === 'postgres' ? (get('floor prepared', k.op, 16)?.rps ?? null) : null,
          ),
        },
      ],
      marks: keys.map((k, i) => ({
        group: i,
        value: TARGET[kind(k.config)]![k.op],
        color: '#dc2626',
      })),
      markLegend: { label: 'target', color: '#dc2626' },
    },
    {
      title: 'API p99 latency at 64 clients: before and after',
      subtitle: 'milliseconds, request start to last byte (wrk); log scale; lower is better',
      axis: 'p99 latency (ms, log scale)',
      log: true,
      groups,
      series: [
        {
          name: 'before',
          color: '#9ca3af',
          values: keys.map((k) => {
            const b = k.config === filled?.config ? undefined : base(k.config);
            return b ? b.p99c64[k.op === 'create' ? 0 : 1] : null;
          }),
        },
        {
          name: 'after',
          color: '#f59e0b',
          values: keys.map((k) => get(k.config, k.op, 64)?.p99 ?? null),
        },
      ],
      marks: keys.map((k, i) => ({
        group: i,
        value: TARGET[kind(k.config)]!.p99,
        color: '#dc2626',
      })),
      markLegend: { label: 'target: < 50 ms (PostgreSQL), < 100 ms (PGlite)', color: '#dc2626' },
    },
  ];
}
