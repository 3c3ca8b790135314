// The rounds folded into one row per configuration, op and client count (medians), and the
// issue's targets checked against them: throughput, p99 and CPU per request on PostgreSQL, and
// PGlite's throughput, p99 and its drift after 1 M stored secrets.
import { median } from '../stats';
import type { WrkPhase } from './phases';

export interface Row {
  config: string;
  op: 'create' | 'reveal';
  clients: number;
  rounds: number;
  rps: number;
  rpsAll: number[];
  p50: number;
  p99: number;
  cpuUs: { backend: number; postgres: number | null; wrk: number; total: number };
  otherPct: number;
  errors: number;
}

export interface Check {
  target: string;
  value: string;
  met: boolean;
}

const m = (xs: number[]) => +median(xs).toFixed(2);

export function summarise(phases: WrkPhase[], stored: number) {
  const groups = new Map<string, WrkPhase[]>();
  for (const p of phases) {
    const k = `${p.config}|${p.op}|${p.clients}`;
    groups.set(k, [...(groups.get(k) ?? []), p]);
  }
  const rows: Row[] = [...groups.values()].map((ps) => ({
    config: ps[0]!.config,
    op: ps[0]!.op,
    clients: ps[0]!.clients,
    rounds: ps.length,
    rps: Math.round(m(ps.map((p) => p.rps))),
    rpsAll: ps.map((p) => Math.round(p.rps)),
    p50: m(ps.map((p) => p.latencyMs.p50)),
    p99: m(ps.map((p) => p.latencyMs.p99)),
    cpuUs: {
      backend: Math.round(m(ps.map((p) => p.cpuUs.backend))),
      postgres:
        ps[0]!.cpuUs.postgres === null ? null : Math.round(m(ps.map((p) => p.cpuUs.postgres ?? 0))),
      wrk: Math.round(m(ps.map((p) => p.cpuUs.wrk))),
      total: Math.round(m(ps.map((p) => p.cpuUs.total))),
    },
    otherPct: Math.round(m(ps.map((p) => p.otherPct))),
    errors: ps.reduce((n, p) => n + p.errors, 0),
  }));
  const get = (config: string, op: string, clients: number) =>
    rows.find((r) => r.config === config && r.op === op && r.clients === clients);
  const ratio = (a?: Row, b?: Row) => (a && b ? +(a.rps / b.rps).toFixed(2) : null);

  const ratios = rows
    .filter((r) => r.config === 'postgres W=2')
    .map((r) => ({
      op: r.op,
      clients: r.clients,
      workers2to1: ratio(r, get('postgres W=1', r.op, r.clients)),
      bestToFloor: ratio(
        [r, get('postgres W=1', r.op, r.clients)].sort((a, b) => (b?.rps ?? 0) - (a?.rps ?? 0))[0],
        get('floor prepared', r.op, r.clients),
      ),
      preparedToUnnamedFloor: ratio(
        get('floor prepared', r.op, r.clients),
        get('floor unnamed', r.op, r.clients),
      ),
    }));
  const label = stored >= 1e6 ? `${stored / 1e6} M` : `${stored / 1e3} k`;
  const filled = `pglite ${label} rows`;
  const drift = rows
    .filter((r) => r.config === filled)
    .map((r) => ({
      op: r.op,
      clients: r.clients,
      rps: ratio(r, get('pglite', r.op, r.clients)),
      p99: (() => {
        const f = get('pglite', r.op, r.clients);
        return f ? +(r.p99 / f.p99).toFixed(2) : null;
      })(),
    }));

  const checks: Check[] = [];
  const best = (op: string, c: number) =>
    [get('postgres W=1', op, c), get('postgres W=2', op, c)]
      .filter((r): r is Row => !!r)
      .sort((a, b) => b.rps - a.rps)[0];
  const check = (
    target: string,
    r: Row | undefined,
    value: (r: Row) => number,
    ok: (v: number) => boolean,
    unit = '',
  ) => {
    if (!r) return;
    const v = value(r);
    checks.push({ target, value: `${v}${unit} (${r.config})`, met: ok(v) });
  };
  check(
    'PostgreSQL create ≥ 4000/s at 16',
    best('create', 16),
    (r) => r.rps,
    (v) => v >= 4000,
  );
  check(
    'PostgreSQL reveal ≥ 3000/s at 16',
    best('reveal', 16),
    (r) => r.rps,
    (v) => v >= 3000,
  );
  for (const op of ['create', 'reveal']) {
    check(
      `PostgreSQL ${op} p99 < 15 ms at 16`,
      best(op, 16),
      (r) => r.p99,
      (v) => v < 15,
      ' ms',
    );
    check(
      `PostgreSQL ${op} p99 < 50 ms at 64`,
      best(op, 64),
      (r) => r.p99,
      (v) => v < 50,
      ' ms',
    );
  }
  check(
    'PostgreSQL create CPU ≤ 350 µs',
    best('create', 16),
    (r) => r.cpuUs.total,
    (v) => v <= 350,
    ' µs',
  );
  check(
    'PostgreSQL reveal CPU ≤ 450 µs',
    best('reveal', 16),
    (r) => r.cpuUs.total,
    (v) => v <= 450,
    ' µs',
  );
  check(
    'PGlite create ≥ 1500/s at 16',
    get('pglite', 'create', 16),
    (r) => r.rps,
    (v) => v >= 1500,
  );
  check(
    'PGlite reveal ≥ 1000/s at 16',
    get('pglite', 'reveal', 16),
    (r) => r.rps,
    (v) => v >= 1000,
  );
  for (const op of ['create', 'reveal']) {
    check(
      `PGlite ${op} p99 < 100 ms at 64`,
      get('pglite', op, 64),
      (r) => r.p99,
      (v) => v < 100,
      ' ms',
    );
  }
  for (const d of drift) {
    if (d.rps !== null) {
      checks.push({
        target: `PGlite ${d.op} at ${d.clients} after ${label} rows within 20 %`,
        value: `×${d.rps} req/s, ×${d.p99} p99`,
        met: d.rps >= 0.8 && (d.p99 ?? 0) <= 1.2,
      });
    }
  }
  return { rows, ratios, drift, checks };
}

export function summaryTable(s: ReturnType<typeof summarise>): string {
  const lines = [
    'config            op      c    req/s (rounds)            p50 ms   p99 ms   µs/req backend  pg    wrk   others %',
  ];
  for (const r of s.rows) {
    lines.push(
      `${r.config.padEnd(17)} ${r.op.padEnd(6)} ${String(r.clients).padStart(3)}  ${String(r.rps).padStart(6)} (${r.rpsAll.join(', ')})`.padEnd(
        52,
      ) +
        `${r.p50.toFixed(2).padStart(7)}  ${r.p99.toFixed(2).padStart(7)}   ${String(r.cpuUs.backend).padStart(6)}  ${String(r.cpuUs.postgres ?? '–').padStart(5)}  ${String(r.cpuUs.wrk).padStart(4)}   ${r.otherPct}${r.errors ? `  ERRORS ${r.errors}` : ''}`,
    );
  }
  for (const r of s.ratios) {
    lines.push(
      `${r.op} c=${r.clients}: WORKERS=2 / WORKERS=1 ${r.workers2to1}; best API / prepared floor ${r.bestToFloor}; prepared / unnamed floor ${r.preparedToUnnamedFloor}`,
    );
  }
  lines.push('', 'targets:');
  for (const c of s.checks)
    lines.push(`  ${c.met ? 'met    ' : 'MISSED '} ${c.target}: ${c.value}`);
  return lines.join('\n');
}
