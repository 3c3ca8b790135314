// Filling a scale benchmark database: pending secrets and tombstones made by SQL in chunks, and
// the shares to be revealed inserted through the repository between the chunks, so that they lie
// spread over the table as secrets created over time do.
import { KDF } from '../../../shared/limits';
import { HINT, newSecret, type Share } from '../inputs';
import { TOMBSTONES_PER_PENDING } from './settings';
import type { Store } from './stores';

/** Pending rows $2..$3 with a `created` event each, valid under secret_material_matches_state:
 * 16-byte random id, 272-byte ciphertext, 12-byte iv, 16-byte salt, 32-byte verifier, unique
 * 32-byte manage_hash. Created in the day before $1, expiring between 2 h and 7 days after it. */
export const PENDING_SQL = `
with ins as (
  insert into secret (id, state, ciphertext, iv, salt, verifier, manage_hash, kdf_m, kdf_t, kdf_p,
    max_views, views_left, max_attempts, attempts_left, created_at, expires_at)
  select uuid_send(gen_random_uuid()), 'pending', decode(repeat(md5(i::text), 17), 'hex'),
    decode(left(md5('iv' || i), 24), 'hex'), decode(md5('salt' || i), 'hex'),
    sha256(('verifier' || i)::bytea), sha256(('manage-p' || i)::bytea),
    ${KDF.default.m}, ${KDF.default.t}, ${KDF.default.p}, 1, 1, 1, 1,
    $1::timestamptz - random() * interval '1 day',
    $1::timestamptz + interval '2 hours' + random() * interval '6 days 22 hours'
  from generate_series($2::int, $3::int) as i
  returning id, created_at
)
insert into secret_event (secret_id, type, at) select id, 'created', created_at from ins`;

/** Tombstones $2..$3 (60 % viewed, 30 % expired, 5 % revoked, 5 % destroyed), material nulled,
 * ended 1 to 6 days before $1 (inside the 7-day retention), with their `created` and terminal
 * events. */
const TOMBSTONE_SQL = `
with src as (
  select i, case when i % 20 < 12 then 'viewed' when i % 20 < 18 then 'expired'
                 when i % 20 = 18 then 'revoked' else 'destroyed' end as st,
    $1::timestamptz - interval '6 days' + random() * interval '4 days' as c
  from generate_series($2::int, $3::int) as i
),
ins as (
  insert into secret (id, state, manage_hash, kdf_m, kdf_t, kdf_p, max_views, views_left,
    max_attempts, attempts_left, created_at, expires_at, ended_at)
  select uuid_send(gen_random_uuid()), st, sha256(('manage-t' || i)::bytea),
    ${KDF.default.m}, ${KDF.default.t}, ${KDF.default.p},
    1, case when st = 'viewed' then 0 else 1 end, 1, case when st = 'destroyed' then 0 else 1 end,
    c, c + interval '1 day',
    case when st = 'expired' then c + interval '1 day' else c + random() * interval '1 day' end
  from src
  returning id, state, created_at, ended_at
)
insert into secret_event (secret_id, type, at)
select id, 'created', created_at from ins
union all
select id, state, ended_at from ins`;

/** Inserts `shares` through the repository (row + created event), expiring `expiresIn` s on. */
export async function insertShares(store: Store, shares: Share[], expiresIn = 86400) {
  let next = 0;
  const workers = store.kind === 'postgres' ? 8 : 1;
  await Promise.all(
    Array.from({ length: workers }, async () => {
      for (let i = next++; i < shares.length; i = next++) {
        const r = await store.repo.insert(newSecret(shares[i]!, new Date(), expiresIn), null, HINT);
        if (r.outcome !== 'created') throw new Error(`insert: ${r.outcome}`);
      }
    }),
  );
}

export interface FillResult {
  askedPending: number;
  pending: number;
  tombstones: number;
  seconds: number;
  /** Set when the fill stopped short of `askedPending` to stay within its time budget. */
  scaledDown: string | null;
}

/**
 * Fills `store` to `pending` pending secrets (the shares among them) plus tombstones, in
 * `chunks` steps; the shares go in between the chunks, so they lie spread over the table as
 * secrets created over time do. With a budget, stops early (at ≥ `minPending`) when finishing
 * would take longer than it.
 */
export async function fill(
  store: Store,
  pending: number,
  shares: Share[],
  t0: Date,
  chunks: number,
  budget?: { seconds: number; minPending: number },
): Promise<FillResult> {
  const started = performance.now();
  const filler = pending - shares.length;
  const tombstones = Math.round(pending * TOMBSTONES_PER_PENDING);
  let donePending = 0;
  let doneTomb = 0;
  let doneShares = 0;
  let scaledDown: string | null = null;
  for (let k = 0; k < chunks; k++) {
    const p1 = Math.floor((filler * (k + 1)) / chunks);
    const t1 = Math.floor((tombstones * (k + 1)) / chunks);
    const s1 = Math.floor((shares.length * (k + 1)) / chunks);
    await store.exec(PENDING_SQL, [t0, donePending + 1, p1]);
    await store.exec(TOMBSTONE_SQL, [t0, doneTomb + 1, t1]);
    await insertShares(store, shares.slice(doneShares, s1));
    donePending = p1;
    doneTomb = t1;
    doneShares = s1;
    const elapsed = (performance.now() - started) / 1000;
    const have = donePending + doneShares;
    process.stdout.write(
      `\r  ${store.kind} ${store.label}: ${have.toLocaleString('en')} pending, ${doneTomb.toLocaleString('en')} tombstones, ${elapsed.toFixed(0)} s`,
    );
    if (budget && k < chunks - 1 && have >= 0.99 * budget.minPending) {
      const projected = (elapsed * chunks) / (k + 1);
      if (projected > budget.seconds) {
        scaledDown = `filling ${pending.toLocaleString('en')} would take about ${projected.toFixed(0)} s, over the ${budget.seconds} s budget: stopped at ${have.toLocaleString('en')}`;
        break;
      }
    }
  }
  await insertShares(store, shares.slice(doneShares));
  process.stdout.write('\n');
  if (scaledDown) console.log(`  ${scaledDown}`);
  return {
    askedPending: pending,
    pending: donePending + shares.length,
    tombstones: doneTomb,
    seconds: +((performance.now() - started) / 1000).toFixed(1),
    scaledDown,
  };
}
