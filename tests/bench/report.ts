// Figures and ratios: a table on stdout and a JSON document for machines.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { formatTable } from './format';
import { cpuPerOp, disturbed, type DbKind, type Op, type PhaseResult, type Target } from './phase';

export const TARGETS = { ratio: 0.6, p99Ms: 25, p99AtClients: 64 } as const;

export interface Row {
  database: Exclude<DbKind, 'none'>;
  op: Op;
  clients: number;
  api: PhaseResult | null;
  /** The same calls against the stub backend (no database): the ceiling of the HTTP/tRPC path. */
  noDb: PhaseResult | null;
  floors: Partial<Record<Exclude<Target, 'api'>, PhaseResult>>;
  /** API req/s over each floor's req/s. */
  ratio: { sql: number | null; plain: number | null; repo: number | null };
  met: { throughput: boolean | null; p99: boolean | null };
  failed: boolean;
  /** Some phase of this row ran while other programs used the machine. */
  disturbed: boolean;
}

export function rows(results: PhaseResult[]): Row[] {
  const keys = new Map<string, Row>();
  const stub = (op: Op, c: number) =>
    results.find((r) => r.database === 'none' && r.op === op && r.concurrency === c) ?? null;
  for (const r of results) {
    if (r.database === 'none') continue;
    const k = `${r.database}|${r.op}|${r.concurrency}`;
    let row = keys.get(k);
    if (!row) {
      row = {
        database: r.database,
        op: r.op,
        clients: r.concurrency,
        api: null,
        noDb: stub(r.op, r.concurrency),
        floors: {},
        ratio: { sql: null, plain: null, repo: null },
        met: { throughput: null, p99: null },
        failed: false,
        disturbed: false,
      };
      keys.set(k, row);
    }
    if (r.target === 'api') row.api = r;
    else row.floors[r.target] = r;
    if (r.errors > 0) row.failed = true;
    if (disturbed(r)) row.disturbed = true;
  }
  for (const row of keys.values()) {
    const ratio = (f?: PhaseResult) =>
      row.api && f && f.rps > 0 ? +(row.api.rps / f.rps).toFixed(3) : null;
    row.ratio = {
      sql: ratio(row.floors.sql),
      plain: ratio(row.floors.plain),
      repo: ratio(row.floors.repo),
    };
    row.met = {
      throughput: row.ratio.sql === null ? null : row.ratio.sql >= TARGETS.ratio,
      p99:
        row.api && row.clients === TARGETS.p99AtClients
          ? row.api.latencyMs.p99 < TARGETS.p99Ms
          : null,
    };
  }
  const order = (r: Row) =>
    `${r.database === 'pglite' ? 0 : 1}${r.op === 'create' ? 0 : 1}${String(r.clients).padStart(4, '0')}`;
  return [...keys.values()].sort((a, b) => order(a).localeCompare(order(b)));
}

const n0 = (x: number | undefined | null) =>
  x === undefined || x === null ? '–' : String(Math.round(x));
const n2 = (x: number | undefined | null) => (x === undefined || x === null ? '–' : x.toFixed(2));

function verdict(r: Row): string {
  if (r.failed) return 'FAILED (errors)';
  const parts: string[] = [];
  if (r.met.throughput !== null) {
    parts.push(r.met.throughput ? 'ratio yes' : `ratio NO (${r.ratio.sql} < ${TARGETS.ratio})`);
  }
  if (r.met.p99 !== null) {
    parts.push(r.met.p99 ? 'p99 yes' : `p99 NO (${r.api!.latencyMs.p99} ≥ ${TARGETS.p99Ms})`);
  }
  return (parts.join(', ') || '–') + (r.disturbed ? ' *' : '');
}

export function table(all: Row[]): string {
  const head = [
    'database',
    'op',
    'clients',
    'API req/s',
    'p50 ms',
    'p99 ms',
    'floor req/s',
    'ratio',
    'plain floor',
    'ratio',
    'Kysely repo',
    'ratio',
    'no-DB API',
    'target met?',
  ];
  const body = all.map((r) => [
    r.database,
    r.op,
    String(r.clients),
    n0(r.api?.rps),
    n2(r.api?.latencyMs.p50),
    n2(r.api?.latencyMs.p99),
    n0(r.floors.sql?.rps),
    n2(r.ratio.sql),
    n0(r.floors.plain?.rps),
    n2(r.ratio.plain),
    n0(r.floors.repo?.rps),
    n2(r.ratio.repo),
    n0(r.noDb?.rps),
    verdict(r),
  ]);
  return formatTable(head, body, new Set([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]));
}

/** Every phase with its latencies and where the CPU went. */
export function phaseTable(results: PhaseResult[]): string {
  const head = [
    'database',
    'target',
    'op',
    'clients',
    'req/s',
    'p50 ms',
    'p99 ms',
    'cpu % loadgen/server/pg/other/idle',
    'cpu µs/req loadgen/server/pg',
  ];
  const body = results.map((r) => {
    const per = cpuPerOp(r);
    return [
      r.database,
      r.target,
      r.op,
      String(r.concurrency),
      n0(r.rps) + (r.errors ? ` (${r.errors} errors)` : '') + (r.exhausted ? ' (ran out)' : ''),
      n2(r.latencyMs.p50),
      n2(r.latencyMs.p99),
      r.cpu
        ? [r.cpu.loadgen, r.cpu.server ?? '–', r.cpu.postgres ?? '–', r.cpu.other, r.cpu.idle].join(
            '/',
          ) + (disturbed(r) ? ' *' : '')
        : '–',
      per ? [per.loadgen, per.server ?? '–', per.postgres ?? '–'].join('/') : '–',
    ];
  });
  return formatTable(head, body);
}

/** Writes `doc` as the repository's Prettier would format it, so `npm run check` stays green. */
export async function writeJson(path: string, doc: unknown): Promise<void> {
  mkdirSync(dirname(path), { recursive: true });
  const prettier = await import('prettier');
  const options = (await prettier.resolveConfig(path)) ?? {};
  writeFileSync(path, await prettier.format(JSON.stringify(doc), { ...options, parser: 'json' }));
}
