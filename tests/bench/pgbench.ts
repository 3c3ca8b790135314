// The prepared-SQL floor: the repository's exact statements (statements.ts captures them) run by
// pgbench, a C client that costs almost nothing, with `-M prepared` (parsed once per connection,
// as the backend now sends them) or `-M simple`. Each $n becomes a pgbench expression: a
// per-client counter makes every id distinct, and reveals find the rows seedReveals inserted.
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { repositoryStatements } from './statements';
import { Latencies, type LatencySummary } from './stats';

const run = promisify(execFile);

/** One share's fixed material: every row differs only in its id and manage hash. */
const hex = (n: number, byte: string) => `'\\x${byte.repeat(n)}'::bytea`;
/** SHA-256 of 32 bytes 0x11 (the authKey reveals send), as the protocol makes a verifier. */
export const AUTH_KEY = Buffer.alloc(32, 0x11);
const VERIFIER = `sha256('\\x${AUTH_KEY.toString('hex')}'::bytea)`;
/** Rows of one phase: the client's number plus the phase's tag, and the client's counter. */
const ID = `(int8send(:client_id::int8 + :tag::int8) || int8send(:k::int8))`;

const EXPRESSIONS: Record<string, string> = {
  id: ID,
  ciphertext: hex(272, 'ab'),
  iv: hex(12, 'cd'),
  salt: hex(16, 'ef'),
  verifier: VERIFIER,
  manageHash: `sha256(${ID})`,
  kdfM: '65536',
  kdfT: '3',
  kdfP: '1',
  maxViews: '1',
  maxAttempts: '1',
  createdAt: 'now()',
  expiresAt: `(now() + interval '1 hour')`,
  now: 'now()',
  hint: `'unknown client'`,
};

function script(sql: string, keys: (string | { fixed: unknown })[]): string {
  const body = sql.replace(/\$(\d+)/g, (_, n: string) => {
    const k = keys[Number(n) - 1]!;
    if (typeof k !== 'string') return String(k.fixed);
    const e = EXPRESSIONS[k];
    if (!e) throw new Error(`no pgbench expression for ${k}`);
    return e;
  });
  // pgbench ends a statement at a semicolon; one statement spread over lines is fine.
  return `\\set k :k + 1\n${body.trim()};\n`;
}

export async function pgbenchScripts() {
  const s = await repositoryStatements();
  return { create: script(s.insertSql, s.insertKeys), reveal: script(s.revealSql, s.revealKeys) };
}

/** Pending shares for a reveal phase: `perClient` rows for each of `clients`, as `create` makes
 * them (with their `created` event), so that client c's k-th reveal finds its own row. */
export function seedRevealsSql(tag: number, clients: number, perClient: number): string {
  const id = `(int8send(c + ${tag}::int8) || int8send(k::int8))`;
  return `with ins as (
    insert into secret (id, state, ciphertext, iv, salt, verifier, manage_hash, kdf_m, kdf_t,
      kdf_p, max_views, views_left, max_attempts, attempts_left, created_at, expires_at)
    select ${id}, 'pending', ${EXPRESSIONS.ciphertext}, ${EXPRESSIONS.iv}, ${EXPRESSIONS.salt},
      ${VERIFIER}, sha256(${id}), 65536, 3, 1, 1, 1, 1, 1, now(), now() + interval '1 hour'
    from generate_series(0, ${clients - 1}) as c, generate_series(1, ${perClient}) as k
    returning id, created_at)
  insert into secret_event (secret_id, type, at, hint)
  select id, 'created', created_at, 'unknown client' from ins`;
}

export interface PgbenchResult {
  tps: number;
  transactions: number;
  failed: number;
  latencyMs: LatencySummary;
}

/** Runs `script` on `url` with `clients` connections for `seconds`; latency from its per-
 * transaction log (every transaction of the run). */
export async function pgbench(o: {
  url: string;
  script: string;
  clients: number;
  seconds: number;
  mode: 'prepared' | 'simple';
  tag: number;
}): Promise<PgbenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'oncelink-pgbench-'));
  try {
    const file = join(dir, 'script.sql');
    writeFileSync(file, o.script);
    const { stdout } = await run(
      'pgbench',
      [
        '-n', // no vacuum of pgbench's own tables (there are none)
        `-M${o.mode}`,
        `-c${o.clients}`,
        '-j2',
        `-T${o.seconds}`,
        '-Dk=0',
        `-Dtag=${o.tag}`,
        '-l',
        `--log-prefix=${join(dir, 'tx')}`,
        `-f${file}`,
        o.url,
      ],
      { cwd: dir, maxBuffer: 1 << 24 },
    );
    const tps = Number(/tps = ([\d.]+)/.exec(stdout)?.[1] ?? NaN);
    const transactions = Number(/processed: (\d+)/.exec(stdout)?.[1] ?? NaN);
    const failed = Number(/failed: (\d+)/.exec(stdout)?.[1] ?? 0);
    // Log lines: client_id transaction_no time_µs script_no time_epoch time_µs_part
    const lat = new Latencies(Math.max(16, transactions));
    for (const f of readdirSync(dir).filter((n) => n.startsWith('tx'))) {
      for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) {
        const us = Number(line.split(' ')[2]);
        if (line && Number.isFinite(us)) lat.add(us / 1000);
      }
    }
    return { tps: +tps.toFixed(1), transactions, failed, latencyMs: lat.summary() };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
