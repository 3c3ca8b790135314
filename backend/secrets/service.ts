// The secret lifecycle (docs/protocol.md#lifecycle) between the API and the repository: API encodings in,
// bytes and times to the repository, outcomes back out as results or AppErrors.
import { b64uDecode, b64uEncode } from '../../shared/encoding';
import { maxCiphertextBytes } from '../../shared/limits';
import type {
  AckInput,
  CreateInput,
  CreateOutput,
  EventType,
  PeekOutput,
  RevealInput,
  RevealOutput,
  SecretState,
  StatusEntry,
} from '../../shared/schemas';
import type { Clock } from '../clock';
import { AppError, overMax, unavailable } from '../errors';
import type { ShareEvent } from '../metrics';
import { rateGate, rateLimited, sha256, type Caller } from './rate-gate';
import { serviceFull } from './space-gate';
import type { SecretRepository } from './repository';

// rateGate is here too for the benchmarks, which drive the repository as the service does.
export { rateGate, type Caller };

export interface ServiceLimits {
  maxExpiry: number;
  maxViews: number;
  maxSecretBytes: number;
  rateLimitCreate: number;
  rateLimitReveal: number;
  /** Peeks, status and revoke: budgets of their own (docs/protocol.md#limits). */
  rateLimitPeek: number;
  rateLimitStatus: number;
  rateLimitRevoke: number;
  /** REVEAL_GRACE in seconds; 0: a spent answer is never kept (docs/protocol.md#grace). */
  revealGrace: number;
}

const NO_PROOF = new Uint8Array(0);

/** SHA-256 of the link proof sent, or of an empty one, which no record's verifier is: a call
 * without a proof runs the same hash and the same statement as one with a wrong proof. */
const linkVerifierOf = (linkProof: string | undefined) =>
  sha256(linkProof === undefined ? NO_PROOF : b64uDecode(linkProof));

const iso = (d: Date | string) => new Date(d).toISOString();

export function createSecretService(
  repo: SecretRepository,
  clock: Clock,
  limits: ServiceLimits,
  /** Told of each lifecycle event this service causes (metrics); never of ids or callers. */
  onEvent: (event: ShareEvent) => void = () => {},
) {
  /** One insert of a checked share, text or file alike. */
  async function store(
    input: Omit<CreateInput, 'ciphertext'>,
    ciphertext: Uint8Array,
    caller: Caller,
  ): Promise<CreateOutput> {
    if (input.expiresIn > limits.maxExpiry) throw overMax('expiresIn', limits.maxExpiry);
    if (input.maxViews > limits.maxViews) throw overMax('maxViews', limits.maxViews);
    const now = clock.now();
    const expiresAt = new Date(now.getTime() + input.expiresIn * 1000);
    const r = await repo.insert(
      {
        id: b64uDecode(input.id),
        ciphertext,
        iv: b64uDecode(input.iv),
        salt: b64uDecode(input.salt),
        verifier: b64uDecode(input.verifier),
        linkVerifier: input.linkVerifier === undefined ? null : b64uDecode(input.linkVerifier),
        manageHash: b64uDecode(input.manageHash),
        kdf: { m: input.kdf.m, t: input.kdf.t, p: input.kdf.p },
        maxViews: input.maxViews,
        maxAttempts: input.maxAttempts,
        createdAt: now,
        expiresAt,
      },
      rateGate('create', caller, limits.rateLimitCreate, now),
      caller.hint,
    );
    if (r.outcome === 'rate_limited') throw rateLimited(now);
    if (r.outcome === 'full') throw serviceFull();
    if (r.outcome === 'duplicate') throw new AppError('DUPLICATE_ID');
    onEvent('created');
    return { id: input.id, expiresAt: expiresAt.toISOString() };
  }

  return {
    async create(input: CreateInput, caller: Caller): Promise<CreateOutput> {
      if (input.expiresIn > limits.maxExpiry) throw overMax('expiresIn', limits.maxExpiry);
      if (input.maxViews > limits.maxViews) throw overMax('maxViews', limits.maxViews);
      const ciphertext = b64uDecode(input.ciphertext);
      const maxBytes = maxCiphertextBytes(limits.maxSecretBytes);
      if (ciphertext.length > maxBytes) {
        throw new AppError('TOO_LARGE', { limit: limits.maxSecretBytes });
      }
      return store(input, ciphertext, caller);
    },

    /** A file share from `secret.upload`: its size was checked as it streamed (upload.ts). */
    createFile(
      header: Omit<CreateInput, 'ciphertext'>,
      ciphertext: Uint8Array,
      caller: Caller,
    ): Promise<CreateOutput> {
      return store(header, ciphertext, caller);
    },

    async peek(id: string, linkProof: string | undefined, caller: Caller): Promise<PeekOutput> {
      const now = clock.now();
      const row = await repo.peek(
        b64uDecode(id),
        linkVerifierOf(linkProof),
        now,
        rateGate('peek', caller, limits.rateLimitPeek, now),
        caller.hint,
        caller.previewer,
      );
      if (row === 'rate_limited') throw rateLimited(now);
      if (!row) return { state: 'unavailable' };
      return {
        state: 'pending',
        expiresAt: iso(row.expires_at),
        viewsLeft: row.views_left,
        attemptsLeft: row.attempts_left,
        salt: b64uEncode(row.salt),
        kdf: { alg: 'argon2id', m: row.kdf_m, t: row.kdf_t, p: row.kdf_p },
      };
    },

    async reveal(input: RevealInput, caller: Caller): Promise<RevealOutput> {
      const now = clock.now();
      const g = rateGate('reveal', caller, limits.rateLimitReveal, now);
      const keep = input.receipt !== undefined && limits.revealGrace > 0;
      const r = await repo.reveal(
        {
          id: b64uDecode(input.id),
          verifier: sha256(b64uDecode(input.authKey)),
          linkVerifier: linkVerifierOf(input.linkProof),
          receipt: keep
            ? {
                hash: sha256(b64uDecode(input.receipt!)),
                until: new Date(now.getTime() + limits.revealGrace * 1000),
              }
            : null,
          now,
        },
        g,
        caller.hint,
      );
      switch (r.outcome) {
        case 'rate_limited':
          throw rateLimited(now);
        case 'receipts_full': {
          // The record's receipt memory is full (docs/protocol.md#grace): until the oldest ends.
          const retryAfter = Math.max(1, Math.ceil((r.retryAt.getTime() - now.getTime()) / 1000));
          throw new AppError('RATE_LIMITED', { retryAfter });
        }
        case 'unavailable':
          throw unavailable();
        case 'wrong':
          onEvent('attempt_failed');
          if (r.attemptsLeft === 0) onEvent('destroyed');
          throw new AppError('WRONG_PASSPHRASE', { attemptsLeft: r.attemptsLeft });
        case 'revealed':
        case 'replayed':
          // A replay is the answer of a view already counted: no second event.
          if (r.outcome === 'revealed') onEvent('viewed');
          return {
            ciphertext: b64uEncode(r.ciphertext),
            iv: b64uEncode(r.iv),
            viewsLeft: r.viewsLeft,
          };
      }
    },

    /** The same answer whatever was kept, so an ack tells a caller nothing. */
    async ack(input: AckInput): Promise<{ ok: true }> {
      const receipt = sha256(b64uDecode(input.receipt));
      await repo.ack(b64uDecode(input.id), linkVerifierOf(input.linkProof), receipt, clock.now());
      return { ok: true };
    },

    async status(manageTokens: string[], caller: Caller): Promise<StatusEntry[]> {
      const now = clock.now();
      const gate = rateGate('status', caller, limits.rateLimitStatus, now);
      const hashes = manageTokens.map((t) => b64uEncode(sha256(b64uDecode(t))));
      const unique = [...new Set(hashes)].map((h) => b64uDecode(h));
      const rows = await repo.findByManageHashes(unique, gate);
      if (rows === 'rate_limited') throw rateLimited(now);
      const byHash = new Map(rows.map((r) => [b64uEncode(r.manage_hash), r]));
      return hashes.map((h): StatusEntry => {
        const r = byHash.get(h);
        if (!r) return { state: 'unknown' };
        const events = r.events.map((e) => ({
          type: e.type as EventType,
          at: iso(e.at),
          ...(e.hint ? { hint: e.hint } : {}),
          ...(e.previewer ? { previewer: e.previewer } : {}),
        }));
        // Expiry is enforced at read time: a pending row past its time is expired already,
        // even before the purge job has turned it into a tombstone.
        const lapsed = r.state === 'pending' && new Date(r.expires_at) <= now;
        if (lapsed) events.push({ type: 'expired', at: iso(r.expires_at) });
        return {
          state: lapsed ? 'expired' : r.state,
          id: b64uEncode(r.id),
          createdAt: iso(r.created_at),
          expiresAt: iso(r.expires_at),
          endedAt: lapsed ? iso(r.expires_at) : r.ended_at ? iso(r.ended_at) : null,
          viewsLeft: r.views_left,
          attemptsLeft: r.attempts_left,
          maxViews: r.max_views,
          maxAttempts: r.max_attempts,
          events,
        };
      });
    },

    async revoke(manageToken: string, caller: Caller): Promise<{ state: SecretState }> {
      const now = clock.now();
      const gate = rateGate('revoke', caller, limits.rateLimitRevoke, now);
      const r = await repo.revoke(sha256(b64uDecode(manageToken)), now, gate);
      if (r === 'rate_limited') throw rateLimited(now);
      if (!r) throw unavailable();
      if (r.changed) onEvent('revoked');
      return { state: r.state };
    },
  };
}

export type SecretService = ReturnType<typeof createSecretService>;
