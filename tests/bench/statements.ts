// The SQL the floors send. "Repository SQL" is the exact statement text and parameter order of
// backend/secrets/repository.ts, captured once by running the repository against a Kysely whose
// driver records instead of executing; the floor then sends that text straight through pg (or
// PGlite) with each share's values, so Kysely's per-call work is not in the floor. "Plain SQL" is
// the hand-written minimum: one INSERT of the secret row, one UPDATE…RETURNING that burns it.
import type { CompiledQuery } from 'kysely';
import { createSecretRepository, type NewSecret } from '../../backend/secrets/repository';
import { answeringDb } from './answering-db';
import { HINT, newSecret, PROTOCOL, revealArgs, type Share } from './inputs';

export interface Statement {
  sql: string;
  params: unknown[];
}

class Slot {
  constructor(readonly key: string) {}
}

function captured<T>(
  row: Record<string, unknown>,
  run: (repo: ReturnType<typeof createSecretRepository>) => Promise<T>,
) {
  let last: CompiledQuery | null = null;
  const db = answeringDb((q) => {
    last = q;
    return [row];
  });
  return run(createSecretRepository(db)).then(() => last!);
}

function template(q: CompiledQuery) {
  const params = [...q.parameters];
  return {
    sql: q.sql,
    /** What each $n stands for: a slot's key, or the value the repository fixed. */
    keys: params.map((p) => (p instanceof Slot ? p.key : { fixed: p })),
    bind(values: Record<string, unknown>): Statement {
      return {
        sql: q.sql,
        params: params.map((p) => {
          if (!(p instanceof Slot)) return p;
          if (values[p.key] === undefined) throw new Error(`no value for parameter ${p.key}`);
          return values[p.key];
        }),
      };
    },
  };
}

const slot = <T>(key: string) => new Slot(key) as unknown as T;

/** The repository's insert and reveal statements, as templates to bind shares to. */
export async function repositoryStatements() {
  const secret: NewSecret = {
    id: slot('id'),
    ciphertext: slot('ciphertext'),
    iv: slot('iv'),
    salt: slot('salt'),
    verifier: slot('verifier'),
    linkVerifier: slot('linkVerifier'),
    manageHash: slot('manageHash'),
    kdf: { m: slot('kdfM'), t: slot('kdfT'), p: slot('kdfP') },
    maxViews: slot('maxViews'),
    maxAttempts: slot('maxAttempts'),
    createdAt: slot('createdAt'),
    expiresAt: slot('expiresAt'),
  };
  const insert = template(
    await captured({ hits: 0, inserted: true }, (r) => r.insert(secret, null, slot('hint'))),
  );
  const reveal = template(
    await captured(
      { hits: 0, act: 'view', ciphertext: new Uint8Array(), iv: new Uint8Array(), views_left: 0 },
      (r) =>
        r.reveal(
          {
            id: slot('id'),
            verifier: slot('verifier'),
            linkVerifier: slot('linkVerifier'),
            receipt: PROTOCOL === 'v2' ? { hash: slot('receiptHash'), until: slot('until') } : null,
            now: slot('now'),
          },
          null,
          slot('hint'),
        ),
    ),
  );
  return {
    insert: (s: Share, now = new Date()) => {
      const n = newSecret(s, now);
      return insert.bind({
        ...n,
        kdfM: n.kdf.m,
        kdfT: n.kdf.t,
        kdfP: n.kdf.p,
        hint: HINT,
      });
    },
    reveal: (s: Share, now = new Date()) => {
      const a = revealArgs(s, now);
      return reveal.bind({
        ...a,
        receiptHash: a.receipt?.hash,
        until: a.receipt?.until,
        hint: HINT,
      });
    },
    insertSql: insert.sql,
    revealSql: reveal.sql,
    insertKeys: insert.keys,
    revealKeys: reveal.keys,
  };
}

export const PLAIN_INSERT = `insert into secret (id, state, ciphertext, iv, salt, verifier, manage_hash,
  kdf_m, kdf_t, kdf_p, max_views, views_left, max_attempts, attempts_left, created_at, expires_at)
values ($1, 'pending', $2, $3, $4, $5, $6, $7, $8, $9, $10, $10, $11, $11, $12, $13)`;

export function plainInsert(s: Share, now = new Date()): Statement {
  const n = newSecret(s, now);
  return {
    sql: PLAIN_INSERT,
    params: [
      n.id,
      n.ciphertext,
      n.iv,
      n.salt,
      n.verifier,
      n.manageHash,
      n.kdf.m,
      n.kdf.t,
      n.kdf.p,
      1,
      1,
      n.createdAt,
      n.expiresAt,
    ],
  };
}

// PostgreSQL 15 has no OLD in RETURNING: the burned ciphertext comes back through a self-join.
export const PLAIN_REVEAL = `update secret s set views_left = s.views_left - 1, state = 'viewed',
  ciphertext = null, iv = null, salt = null, verifier = null, ended_at = $3
from (select id, ciphertext, iv from secret
      where id = $1 and verifier = $2 and state = 'pending' and expires_at > $3 for update) old
where s.id = old.id
returning old.ciphertext, old.iv, s.views_left`;

export function plainReveal(s: Share, now = new Date()): Statement {
  return { sql: PLAIN_REVEAL, params: [s.id, s.verifier, now] };
}

/** Many pending one-view shares at once (setup only, never timed): rows plus 'created' events. */
export const SEED_SQL = `with ins as (
  insert into secret (id, state, ciphertext, iv, salt, verifier, manage_hash, kdf_m, kdf_t, kdf_p,
    max_views, views_left, max_attempts, attempts_left, created_at, expires_at, link_verifier)
  select u.id, 'pending', u.ct, u.iv, u.salt, u.ver, u.mh, 65536, 3, 1, 1, 1, 1, 1, $7, $8, u.lv
  from unnest($1::bytea[], $2::bytea[], $3::bytea[], $4::bytea[], $5::bytea[], $6::bytea[],
    $9::bytea[]) as u(id, ct, iv, salt, ver, mh, lv)
  returning id
)
insert into secret_event (secret_id, type, at, hint) select id, 'created', $7, '${HINT}' from ins`;

export function seedStatement(shares: Share[], now = new Date()): Statement {
  return {
    sql: SEED_SQL,
    params: [
      shares.map((s) => s.id),
      shares.map((s) => s.ciphertext),
      shares.map((s) => s.iv),
      shares.map((s) => s.salt),
      shares.map((s) => s.verifier),
      shares.map((s) => s.manageHash),
      now,
      new Date(now.getTime() + 3600_000),
      shares.map((s) => s.linkVerifier),
    ],
  };
}
