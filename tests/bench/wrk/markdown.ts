// docs/benchmarks.md's before-and-after table, printed by the wrk bench from its medians: the
// issue's figures (before) beside this run's (after), one line per system, as Markdown.
import type { summarise } from './summary';

type Summary = ReturnType<typeof summarise>;

/** Issue 13's table, as it was measured (median of 3 interleaved wrk rounds). */
const BEFORE_ROWS = [
  ['oncelink on PostgreSQL', '1,025', '712', '38 / 49', '168 / 275'],
  ['oncelink, two processes on PostgreSQL', '842', '794', '51 / 45', '134 / 202'],
  ['oncelink on PGlite', '447', '338', '77 / 103', '2,990 / 5,531'],
  ['pgbench, the same SQL, prepared', '7,540', '5,928', '5 / 6', '20 / 26'],
  ['pgbench, the same SQL, unnamed (one round)', '3,280', '1,987', '', ''],
];

const AFTER: [string, string][] = [
  ['postgres W=1', 'oncelink on PostgreSQL, WORKERS=1'],
  ['postgres W=2', 'oncelink on PostgreSQL, WORKERS=2'],
  ['pglite', 'oncelink on PGlite'],
  ['floor prepared', 'pgbench, the same SQL, prepared'],
  ['floor unnamed', 'pgbench, the same SQL, unnamed (round 1)'],
];

const n = (x: number) => Math.round(x).toLocaleString('en');
const ms = (x: number) => (x < 10 ? x.toFixed(1) : n(x));

export function beforeAfterTable(s: Summary, storedLabel: string | null): string {
  const get = (config: string, op: string, c: number) =>
    s.rows.find((r) => r.config === config && r.op === op && r.clients === c);
  const lines = [
    '| system (median of the rounds) | | create/s c16 | reveal/s c16 | p99 c16 create / reveal (ms) | p99 c64 create / reveal (ms) | CPU µs a request c16, create / reveal (backend + PostgreSQL) |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const b of BEFORE_ROWS) lines.push(`| ${b[0]} | before | ${b.slice(1).join(' | ')} | |`);
  const after: [string, string][] = [...AFTER];
  if (storedLabel)
    after.splice(3, 0, [
      `pglite ${storedLabel} rows`,
      `oncelink on PGlite after ${storedLabel} stored secrets`,
    ]);
  for (const [config, label] of after) {
    const c16 = get(config, 'create', 16);
    const r16 = get(config, 'reveal', 16);
    if (!c16 || !r16) continue;
    const c64 = get(config, 'create', 64);
    const r64 = get(config, 'reveal', 64);
    const cpu = (r: NonNullable<typeof c16>) =>
      r.cpuUs.backend ? `${r.cpuUs.backend} + ${r.cpuUs.postgres ?? '–'}` : `${r.cpuUs.postgres}`;
    lines.push(
      `| ${label} | **after** | ${n(c16.rps)} | ${n(r16.rps)} | ${ms(c16.p99)} / ${ms(r16.p99)} | ${c64 && r64 ? `${ms(c64.p99)} / ${ms(r64.p99)}` : ''} | ${cpu(c16)} / ${cpu(r16)} |`,
    );
  }
  return lines.join('\n');
}
