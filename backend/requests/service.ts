// Secret requests between the API and the repository (docs/protocol.md#request-api): API
// encodings in, bytes and times to the repository, outcomes out as results or AppErrors. The
// server sees only ciphertexts, hashes and times: it can neither read a note nor an answer.
import { b64uDecode, b64uEncode } from '../../shared/encoding';
import { maxCiphertextBytes } from '../../shared/limits';
import type {
  RequestAnswerInput,
  RequestAnswerOutput,
  RequestCreateInput,
  RequestCreateOutput,
  RequestPeekOutput,
  RequestReadOutput,
  RequestState,
  RequestStatusEntry,
} from '../../shared/request/schemas';
import type { Clock } from '../clock';
import { AppError, overMax, unavailable } from '../errors';
import type { RequestEvent } from '../metrics';
import { rateGate, rateLimited, sha256, type Caller } from '../secrets/rate-gate';
import { serviceFull } from '../secrets/space-gate';
import type { RequestRepository } from './repository';

export interface RequestLimits {
  maxExpiry: number;
  maxSecretBytes: number;
  rateLimitCreate: number;
  /** Answers and reads: the "spend" calls, like a reveal. */
  rateLimitReveal: number;
  /** Peeks (by link proof), status and revoke (by manage token): budgets of their own. */
  rateLimitPeek: number;
  rateLimitStatus: number;
  rateLimitRevoke: number;
}

const iso = (d: Date | string) => new Date(d).toISOString();

/** A live row past its time is expired already, before the purge job has made it a tombstone. */
function effectiveState(state: RequestState, expiresAt: Date | string, now: Date): RequestState {
  const live = state === 'waiting' || state === 'answered';
  return live && new Date(expiresAt) <= now ? 'expired' : state;
}

export function createRequestService(
  repo: RequestRepository,
  clock: Clock,
  limits: RequestLimits,
  /** Told of each lifecycle event (metrics); never of ids or callers. */
  onEvent: (event: RequestEvent) => void = () => {},
) {
  const answerLimit = maxCiphertextBytes(limits.maxSecretBytes);
  return {
    async create(input: RequestCreateInput, caller: Caller): Promise<RequestCreateOutput> {
      if (input.expiresIn > limits.maxExpiry) {
        throw overMax('expiresIn', limits.maxExpiry);
      }
      const now = clock.now();
      const expiresAt = new Date(now.getTime() + input.expiresIn * 1000);
      const outcome = await repo.insert(
        {
          id: b64uDecode(input.id),
          noteIv: b64uDecode(input.noteIv),
          note: b64uDecode(input.note),
          linkVerifier: b64uDecode(input.linkVerifier),
          manageHash: b64uDecode(input.manageHash),
          createdAt: now,
          expiresAt,
        },
        rateGate('create', caller, limits.rateLimitCreate, now),
      );
      if (outcome === 'rate_limited') throw rateLimited(now);
      if (outcome === 'full') throw serviceFull();
      if (outcome === 'duplicate') {
        throw new AppError('DUPLICATE_ID');
      }
      onEvent('created');
      return { id: input.id, expiresAt: expiresAt.toISOString() };
    },

    async peek(id: string, linkProof: string, caller: Caller): Promise<RequestPeekOutput> {
      const now = clock.now();
      const gate = rateGate('peek', caller, limits.rateLimitPeek, now);
      const row = await repo.peek(b64uDecode(id), sha256(b64uDecode(linkProof)), gate);
      if (row === 'rate_limited') throw rateLimited(now);
      if (!row) return { state: 'unavailable' };
      const state = effectiveState(row.state, row.expires_at, now);
      if (state === 'waiting') {
        return {
          state: 'open',
          expiresAt: iso(row.expires_at),
          noteIv: b64uEncode(row.note_iv!),
          note: b64uEncode(row.note!),
        };
      }
      return { state: state === 'read' ? 'answered' : state };
    },

    async answer(input: RequestAnswerInput, caller: Caller): Promise<RequestAnswerOutput> {
      const answer = b64uDecode(input.ciphertext);
      if (answer.length > answerLimit) {
        throw new AppError('TOO_LARGE', { limit: limits.maxSecretBytes });
      }
      const now = clock.now();
      const gate = rateGate('reveal', caller, limits.rateLimitReveal, now);
      const verifier = sha256(b64uDecode(input.linkProof));
      const r = await repo.answer(
        b64uDecode(input.id),
        verifier,
        b64uDecode(input.enc),
        answer,
        now,
        gate,
      );
      switch (r.outcome) {
        case 'rate_limited':
          throw rateLimited(now);
        case 'full':
          throw serviceFull();
        case 'unavailable':
          throw unavailable();
        case 'refused': {
          const state = effectiveState(r.state, r.expiresAt, now);
          if (state === 'answered' || state === 'read') {
            throw new AppError('ALREADY_ANSWERED');
          }
          throw unavailable();
        }
        case 'answered':
          onEvent('answered');
          return { answeredAt: now.toISOString(), expiresAt: iso(r.expiresAt) };
      }
    },

    async status(manageTokens: string[], caller: Caller): Promise<RequestStatusEntry[]> {
      const now = clock.now();
      const gate = rateGate('status', caller, limits.rateLimitStatus, now);
      const hashes = manageTokens.map((t) => b64uEncode(sha256(b64uDecode(t))));
      const rows = await repo.findByManageHashes(
        [...new Set(hashes)].map((h) => b64uDecode(h)),
        gate,
      );
      if (rows === 'rate_limited') throw rateLimited(now);
      const byHash = new Map(rows.map((r) => [b64uEncode(r.manage_hash), r]));
      return hashes.map((h): RequestStatusEntry => {
        const r = byHash.get(h);
        if (!r) return { state: 'unknown' };
        const state = effectiveState(r.state, r.expires_at, now);
        const lapsed = state !== r.state;
        return {
          state,
          id: b64uEncode(r.id),
          createdAt: iso(r.created_at),
          expiresAt: iso(r.expires_at),
          answeredAt: r.answered_at ? iso(r.answered_at) : null,
          endedAt: lapsed ? iso(r.expires_at) : r.ended_at ? iso(r.ended_at) : null,
        };
      });
    },

    async read(manageToken: string, caller: Caller): Promise<RequestReadOutput> {
      const now = clock.now();
      const gate = rateGate('reveal', caller, limits.rateLimitReveal, now);
      const r = await repo.read(sha256(b64uDecode(manageToken)), now, gate);
      if (r.outcome === 'rate_limited') throw rateLimited(now);
      if (r.outcome === 'read') {
        onEvent('read');
        const { id, enc, answer } = r;
        return {
          state: 'answered',
          id: b64uEncode(id),
          enc: b64uEncode(enc),
          ciphertext: b64uEncode(answer),
        };
      }
      if (r.outcome === 'not_read' && effectiveState(r.state, r.expiresAt, now) === 'waiting') {
        return { state: 'waiting' };
      }
      throw unavailable();
    },

    async revoke(manageToken: string, caller: Caller): Promise<{ state: RequestState }> {
      const now = clock.now();
      const gate = rateGate('revoke', caller, limits.rateLimitRevoke, now);
      const r = await repo.revoke(sha256(b64uDecode(manageToken)), now, gate);
      if (r === 'rate_limited') throw rateLimited(now);
      if (!r) throw unavailable();
      if (r.changed) onEvent('revoked');
      return { state: effectiveState(r.state, r.expires_at, now) };
    },
  };
}

export type RequestService = ReturnType<typeof createRequestService>;
