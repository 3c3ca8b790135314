// Secret requests through the real HTTP server and tRPC client, on PGlite and PostgreSQL, with
// the real protocol (shared/request: HPKE costs microseconds, no stand-ins needed): lifecycle,
// one answer only, read exactly once, expiry by the injected clock, revoke, and the row holding
// no note or answer after every terminal state.
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { manualClock } from '../../backend/clock';
import { b64uDecode, b64uEncode, randomBytes } from '../../shared/encoding';
import {
  answerRequest,
  createRequest,
  openRequestNote,
  parseRequestLink,
  readRequestAnswer,
  requestProof,
  type CreatedRequest,
} from '../../shared/request/index';
import { testDatabases } from '../support/databases';
import { useTestServer } from '../support/fixtures';
import { errorData, rejects } from '../support/shares';

const ANSWER = 'line one\n  line two, indented ✓\nпароль 🔐\n';

describe.each(testDatabases)('secret requests on $name', (database) => {
  const clock = manualClock(new Date('2026-05-01T10:00:00Z'));
  const srv = useTestServer(database, { clock, env: { MAX_EXPIRY: '2d', RETENTION: '1d' } });

  const api = () => srv.client.request;

  async function made(expiresIn = 3600, note = 'the staging DB password'): Promise<CreatedRequest> {
    const r = await createRequest({ note, expiresIn, publicUrl: srv.url });
    await api().create.mutate(r.input);
    return r;
  }
  const parts = (r: CreatedRequest) => parseRequestLink(r.link);
  const answerOf = async (r: CreatedRequest, value = ANSWER) => answerRequest(parts(r), { value });

  async function row(id: string) {
    return srv.database.handle.db
      .selectFrom('request')
      .selectAll()
      .where('id', '=', b64uDecode(id))
      .executeTakeFirstOrThrow();
  }
  async function expectNoMaterial(id: string, state: string) {
    const r = await row(id);
    expect(r.state).toBe(state);
    expect([r.note_iv, r.note, r.answer_enc, r.answer]).toEqual([null, null, null, null]);
    expect(r.ended_at).not.toBeNull();
  }

  it('create → peek → answer → second answer refused → status → read once', async () => {
    const r = await made();
    const linkProof = await requestProof(parts(r));
    const peek = await api().peek.mutate({ id: r.input.id, linkProof });
    expect(peek).toEqual({
      state: 'open',
      expiresAt: '2026-05-01T11:00:00.000Z',
      noteIv: r.input.noteIv,
      note: r.input.note,
    });
    if (peek.state !== 'open') throw new Error('not open');
    expect(await openRequestNote(parts(r), peek)).toBe('the staging DB password');

    clock.advance(600);
    const answered = await api().answer.mutate(await answerOf(r));
    // The answer is kept for as long again as the request was open: an hour from now.
    expect(answered).toEqual({
      answeredAt: '2026-05-01T10:10:00.000Z',
      expiresAt: '2026-05-01T11:10:00.000Z',
    });
    expect((await row(r.input.id)).note).toBeNull();
    expect(await api().peek.mutate({ id: r.input.id, linkProof })).toEqual({ state: 'answered' });
    const second = await rejects(async () => api().answer.mutate(await answerOf(r, 'other')));
    expect(second).toMatchObject({ reason: 'ALREADY_ANSWERED', httpStatus: 409 });

    const [status] = (await api().status.mutate({ manageTokens: [r.manageToken] })).requests;
    expect(status).toEqual({
      state: 'answered',
      id: r.input.id,
      createdAt: '2026-05-01T10:00:00.000Z',
      expiresAt: '2026-05-01T11:10:00.000Z',
      answeredAt: '2026-05-01T10:10:00.000Z',
      endedAt: null,
    });

    const read = await api().read.mutate({ manageToken: r.manageToken });
    if (read.state !== 'answered') throw new Error('nothing read');
    expect(await readRequestAnswer(r.keyPair, read)).toEqual({ kind: 'text', value: ANSWER });
    const again = await rejects(() => api().read.mutate({ manageToken: r.manageToken }));
    expect(again).toMatchObject({ reason: 'UNAVAILABLE', httpStatus: 404 });
    await expectNoMaterial(r.input.id, 'read');
    expect(await api().peek.mutate({ id: r.input.id, linkProof })).toEqual({ state: 'answered' });
    const [after] = (await api().status.mutate({ manageTokens: [r.manageToken] })).requests;
    expect(after).toMatchObject({ state: 'read', endedAt: '2026-05-01T10:10:00.000Z' });
  });

  it('a wrong or missing link proof looks like an unknown id and spends nothing', async () => {
    const r = await made();
    const wrong = b64uEncode(randomBytes(32));
    expect(await api().peek.mutate({ id: r.input.id, linkProof: wrong })).toEqual({
      state: 'unavailable',
    });
    const unknown = b64uEncode(randomBytes(16));
    expect(await api().peek.mutate({ id: unknown, linkProof: wrong })).toEqual({
      state: 'unavailable',
    });
    const bad = await rejects(async () =>
      api().answer.mutate({ ...(await answerOf(r)), linkProof: wrong }),
    );
    expect(bad).toMatchObject({ reason: 'UNAVAILABLE', httpStatus: 404 });
    const missing = await rejects(async () => {
      const body: Partial<Awaited<ReturnType<typeof answerOf>>> = await answerOf(r);
      delete body.linkProof;
      return api().answer.mutate(body as never);
    });
    expect(missing).toMatchObject({ reason: 'INVALID_INPUT', httpStatus: 400 });
    expect((await row(r.input.id)).state).toBe('waiting');
    expect(await api().answer.mutate(await answerOf(r))).toMatchObject({});
  });

  it('reading before the answer spends nothing', async () => {
    const r = await made();
    expect(await api().read.mutate({ manageToken: r.manageToken })).toEqual({ state: 'waiting' });
    await api().answer.mutate(await answerOf(r));
    expect((await api().read.mutate({ manageToken: r.manageToken })).state).toBe('answered');
  });

  it('expires by the clock: unanswered, and answered but never read', async () => {
    const waiting = await made(120);
    const answered = await made(120);
    clock.advance(60);
    await api().answer.mutate(await answerOf(answered));
    clock.advance(61);
    const proof = await requestProof(parts(waiting));
    expect(await api().peek.mutate({ id: waiting.input.id, linkProof: proof })).toEqual({
      state: 'expired',
    });
    const late = await rejects(async () => api().answer.mutate(await answerOf(waiting)));
    expect(late).toMatchObject({ reason: 'UNAVAILABLE' });
    // The answered one keeps its answer for 120 s from the answer, so it is still there…
    const statuses = await api().status.mutate({
      manageTokens: [waiting.manageToken, answered.manageToken],
    });
    expect(statuses.requests.map((s) => s.state)).toEqual(['expired', 'answered']);
    clock.advance(60);
    const gone = await rejects(() => api().read.mutate({ manageToken: answered.manageToken }));
    expect(gone).toMatchObject({ reason: 'UNAVAILABLE' });

    const purged = await srv.app.purgeNow();
    expect(purged.requestsExpired).toBeGreaterThanOrEqual(2);
    await expectNoMaterial(waiting.input.id, 'expired');
    await expectNoMaterial(answered.input.id, 'expired');
    clock.advance(86_400 + 1);
    expect((await srv.app.purgeNow()).requestsDeleted).toBeGreaterThanOrEqual(2);
    const [unknown] = (await api().status.mutate({ manageTokens: [waiting.manageToken] })).requests;
    expect(unknown).toEqual({ state: 'unknown' });
    expect(await api().peek.mutate({ id: waiting.input.id, linkProof: proof })).toEqual({
      state: 'unavailable',
    });
  });

  it('revokes a waiting or an answered request; the answer is gone', async () => {
    const waiting = await made();
    const answered = await made();
    await api().answer.mutate(await answerOf(answered));
    for (const r of [waiting, answered]) {
      expect(await api().revoke.mutate({ manageToken: r.manageToken })).toEqual({
        state: 'revoked',
      });
      await expectNoMaterial(r.input.id, 'revoked');
      expect(await api().revoke.mutate({ manageToken: r.manageToken })).toEqual({
        state: 'revoked',
      });
    }
    const proof = await requestProof(parts(waiting));
    expect(await api().peek.mutate({ id: waiting.input.id, linkProof: proof })).toEqual({
      state: 'revoked',
    });
    const late = await rejects(async () => api().answer.mutate(await answerOf(waiting)));
    expect(late).toMatchObject({ reason: 'UNAVAILABLE' });
    const read = await rejects(() => api().read.mutate({ manageToken: answered.manageToken }));
    expect(read).toMatchObject({ reason: 'UNAVAILABLE' });
    const none = await rejects(() =>
      api().revoke.mutate({ manageToken: b64uEncode(randomBytes(32)) }),
    );
    expect(none).toMatchObject({ reason: 'UNAVAILABLE' });
  });

  it('refuses what the server must not take, typed', async () => {
    const r = await made();
    const dup = await rejects(() => api().create.mutate(r.input));
    expect(dup).toMatchObject({ reason: 'DUPLICATE_ID', httpStatus: 409 });
    const long = await createRequest({ note: 'n', expiresIn: 3 * 86400, publicUrl: srv.url });
    expect(await rejects(() => api().create.mutate(long.input))).toMatchObject({
      reason: 'INVALID_INPUT',
      issues: [{ path: 'expiresIn' }],
    });
    const a = await answerOf(r);
    const huge = b64uEncode(randomBytes(65536 + 256 + 16));
    const tooLarge = await rejects(() => api().answer.mutate({ ...a, ciphertext: huge }));
    expect(tooLarge).toMatchObject({ reason: 'TOO_LARGE', httpStatus: 413 });
    for (const enc of ['', 'AAAA', b64uEncode(randomBytes(33))]) {
      expect(await rejects(() => api().answer.mutate({ ...a, enc }))).toMatchObject({
        reason: 'INVALID_INPUT',
      });
    }
    expect((await row(r.input.id)).state).toBe('waiting');
  });

  it('the database itself refuses a row holding the note and the answer together', async () => {
    const r = await made();
    const both = sql`update request set state = 'answered', answer_enc = '\\x00', answer = '\\x00',
      answered_at = now() where id = ${b64uDecode(r.input.id)}`;
    await expect(both.execute(srv.database.handle.db)).rejects.toThrow(
      /request_material_matches_state/,
    );
    const ended = sql`update request set state = 'read', ended_at = now()
      where id = ${b64uDecode(r.input.id)}`;
    await expect(ended.execute(srv.database.handle.db)).rejects.toThrow(
      /request_material_matches_state/,
    );
  });
});

describe.each(testDatabases)('request rate limits on $name', (database) => {
  const srv = useTestServer(database, {
    env: { RATE_LIMIT_CREATE: '2', RATE_LIMIT_REVEAL: '1', RATE_LIMIT_PEEK: '2' },
  });

  it('counts creates with shares, answers and reads with reveals, peeks on their own', async () => {
    const make = () => createRequest({ note: 'n', expiresIn: 60, publicUrl: srv.url });
    const [a, b, c] = [await make(), await make(), await make()];
    await srv.client.request.create.mutate(a.input);
    await srv.client.request.create.mutate(b.input);
    const third = await rejects(() => srv.client.request.create.mutate(c.input));
    expect(third).toMatchObject({ reason: 'RATE_LIMITED', httpStatus: 429 });
    expect(third.retryAfter).toBeGreaterThan(0);
    const linkProof = await requestProof(parseRequestLink(a.link));
    await srv.client.request.peek.mutate({ id: a.input.id, linkProof });
    await srv.client.request.answer.mutate(
      await answerRequest(parseRequestLink(a.link), { value: 'x' }),
    );
    const limited = await rejects(() =>
      srv.client.request.read.mutate({ manageToken: a.manageToken }),
    );
    expect(limited).toMatchObject({ reason: 'RATE_LIMITED' });
    // A refused read spent nothing: the answer is still there.
    const r = await srv.database.handle.db
      .selectFrom('request')
      .select('state')
      .where('id', '=', b64uDecode(a.input.id))
      .executeTakeFirstOrThrow();
    expect(r.state).toBe('answered');
    // Peeks have their own budget (2 a minute): of three more in a row one is refused, even if
    // a new minute began since the first peek (the window is the wall clock's).
    const peeks: string[] = [];
    for (let i = 0; i < 3; i++) {
      peeks.push(
        await srv.client.request.peek.mutate({ id: a.input.id, linkProof }).then(
          (p) => p.state,
          (e: unknown) => errorData(e).reason,
        ),
      );
    }
    expect(peeks[0]).toBe('answered');
    expect(peeks).toContain('RATE_LIMITED');
  });
});
