// Named (prepared) statements on `pg`: a statement sent unnamed is parsed and planned by
// PostgreSQL on every call, which cost it 2–4× the statement's own work in the repository's CTEs
// (docs/benchmarks.md). Named by a hash of its text, a statement is parsed once per connection and
// then only bound and executed; pg refuses a name reused for another text, which a hash rules out.
import { createHash } from 'node:crypto';
import type pg from 'pg';

/**
 * Distinct statement texts this process names, at most. The backend's statements are a fixed
 * set (about 30, counting the variants with and without a rate limit); `in (…)` lists of
 * varying length would add one text per length, so past this bound texts go unnamed rather
 * than grow every connection's plan cache without end.
 */
export const MAX_NAMED_STATEMENTS = 256;

/** PostgreSQL's `cached plan must not change result type` (a migration changed a table's row
 * type under a prepared `returning`/`select`): sent again unnamed, it is planned afresh. */
const PLAN_CHANGED = '0A000';

const names = new Map<string, string>();

/** The statement's name: `k` + 128 bits of SHA-256 of its text (within NAMEDATALEN's 63). */
export function statementName(text: string): string | undefined {
  let name = names.get(text);
  if (name === undefined && names.size < MAX_NAMED_STATEMENTS) {
    name = 'k' + createHash('sha256').update(text).digest('base64url').slice(0, 22);
    names.set(text, name);
  }
  return name;
}

type Query = (text: unknown, values?: unknown, ...rest: unknown[]) => unknown;

/**
 * Makes `client.query(text, values)` send statements with parameters as named ones: Kysely
 * calls exactly that for every statement. Statements without parameters (migrations' DDL,
 * `begin`/`commit`) stay on the simple protocol, which also allows several commands in one text.
 */
export function prepareStatements(client: pg.PoolClient): void {
  const plain = client.query.bind(client) as Query;
  const named: Query = (text, values, ...rest) => {
    // Callbacks (pg.Pool's own query()) and config objects go through untouched.
    if (rest.length || typeof text !== 'string' || !Array.isArray(values) || !values.length) {
      return plain(text, values, ...rest);
    }
    const name = statementName(text);
    if (!name) return plain(text, values);
    return (plain({ name, text, values }) as Promise<pg.QueryResult>).catch((err: unknown) => {
      const e = err as { code?: string; message?: string };
      if (e.code !== PLAN_CHANGED || !/cached plan/.test(e.message ?? '')) throw err;
      return plain(text, values);
    });
  };
  (client as unknown as { query: Query }).query = named;
}
