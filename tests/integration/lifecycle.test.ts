// The secret lifecycle through the real HTTP server and tRPC client, on PGlite and PostgreSQL.
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { manualClock } from '../../backend/clock';
import { purgeOnce } from '../../backend/purge';
import { b64uDecode } from '../../shared/encoding';
import { testDatabases } from '../support/databases';
import { useTestServer } from '../support/fixtures';
import { fakeShare, rejects, wrongKey } from '../support/shares';

describe.each(testDatabases)('lifecycle on $name', (database) => {
  const clock = manualClock(new Date('2026-03-01T10:00:00Z'));
  const srv = useTestServer(database, {
    clock,
    env: { MAX_EXPIRY: '2d', MAX_VIEWS: '50', RETENTION: '7d' },
  });

  const api = () => srv.client.secret;

  /** The secret columns of a row, straight from the database. */
  async function material(id: string) {
    const row = await srv.database.handle.db
      .selectFrom('secret')
      .select(['state', 'ciphertext', 'iv', 'salt', 'verifier', 'ended_at'])
      .where('id', '=', b64uDecode(id))
      .executeTakeFirstOrThrow();
    return row;
  }

  async function expectNoMaterial(id: string, state: string) {
    const row = await material(id);
    expect(row.state).toBe(state);
    expect([row.ciphertext, row.iv, row.salt, row.verifier]).toEqual([null, null, null, null]);
    expect(row.ended_at).not.toBeNull();
  }

  it('create → peek → reveal → second reveal refused', async () => {
    const s = await fakeShare();
    const created = await api().create.mutate(s.input);
    expect(created).toEqual({ id: s.input.id, expiresAt: '2026-03-01T11:00:00.000Z' });

    const peek = await api().peek.query({ id: s.input.id });
    expect(peek).toEqual({
      state: 'pending',
      expiresAt: '2026-03-01T11:00:00.000Z',
      viewsLeft: 1,
      attemptsLeft: 1,
      salt: s.input.salt,
      kdf: s.input.kdf,
    });
    // Peeking spends nothing.
    expect(await api().peek.query({ id: s.input.id })).toMatchObject({
      state: 'pending',
      viewsLeft: 1,
    });

    const revealed = await api().reveal.mutate({ id: s.input.id, authKey: s.authKey });
    expect(revealed).toEqual({ ciphertext: s.input.ciphertext, iv: s.input.iv, viewsLeft: 0 });

    const again = await rejects(() => api().reveal.mutate({ id: s.input.id, authKey: s.authKey }));
    expect(again).toMatchObject({ reason: 'UNAVAILABLE', httpStatus: 404 });
    expect(await api().peek.query({ id: s.input.id })).toEqual({ state: 'unavailable' });
    await expectNoMaterial(s.input.id, 'viewed');
  });

  it('an unknown id looks exactly like a burned one to the recipient', async () => {
    const unknown = (await fakeShare()).input.id;
    expect(await api().peek.query({ id: unknown })).toEqual({ state: 'unavailable' });
    const burned = await rejects(() => api().reveal.mutate({ id: unknown, authKey: wrongKey() }));
    expect(burned).toMatchObject({ reason: 'UNAVAILABLE', httpStatus: 404 });
  });

  it('N views: each reveal spends one, the last one burns', async () => {
    const s = await fakeShare({ maxViews: 3 });
    await api().create.mutate(s.input);
    const left = [];
    for (let i = 0; i < 3; i++)
      left.push((await api().reveal.mutate({ id: s.input.id, authKey: s.authKey })).viewsLeft);
    expect(left).toEqual([2, 1, 0]);
    await expectNoMaterial(s.input.id, 'viewed');
    expect(
      (await rejects(() => api().reveal.mutate({ id: s.input.id, authKey: s.authKey }))).reason,
    ).toBe('UNAVAILABLE');
  });

  it('wrong authKey spends attempts and destroys at the limit', async () => {
    const s = await fakeShare({ maxAttempts: 3 });
    await api().create.mutate(s.input);
    const first = await rejects(() => api().reveal.mutate({ id: s.input.id, authKey: wrongKey() }));
    expect(first).toMatchObject({ reason: 'WRONG_PASSPHRASE', httpStatus: 401, attemptsLeft: 2 });
    expect(await api().peek.query({ id: s.input.id })).toMatchObject({ attemptsLeft: 2 });
    expect(
      (await rejects(() => api().reveal.mutate({ id: s.input.id, authKey: wrongKey() })))
        .attemptsLeft,
    ).toBe(1);
    const last = await rejects(() => api().reveal.mutate({ id: s.input.id, authKey: wrongKey() }));
    expect(last).toMatchObject({ reason: 'WRONG_PASSPHRASE', attemptsLeft: 0 });
    await expectNoMaterial(s.input.id, 'destroyed');
    // Even the right key is too late now.
    expect(
      (await rejects(() => api().reveal.mutate({ id: s.input.id, authKey: s.authKey }))).reason,
    ).toBe('UNAVAILABLE');
  });

  it('one-shot default: a single wrong guess destroys', async () => {
    const s = await fakeShare();
    await api().create.mutate(s.input);
    expect(
      (await rejects(() => api().reveal.mutate({ id: s.input.id, authKey: wrongKey() })))
        .attemptsLeft,
    ).toBe(0);
    await expectNoMaterial(s.input.id, 'destroyed');
  });

  it('expiry is enforced at read time and by the purge job (injected clock)', async () => {
    const s = await fakeShare({ expiresIn: 120 });
    await api().create.mutate(s.input);
    clock.advance(119);
    expect(await api().peek.query({ id: s.input.id })).toMatchObject({ state: 'pending' });
    clock.advance(1);
    expect(await api().peek.query({ id: s.input.id })).toEqual({ state: 'unavailable' });
    expect(
      (await rejects(() => api().reveal.mutate({ id: s.input.id, authKey: s.authKey }))).reason,
    ).toBe('UNAVAILABLE');
    // The sender already sees it as expired, before the purge job ran.
    const [before] = (await api().status.mutate({ manageTokens: [s.manageToken] })).secrets;
    expect(before).toMatchObject({ state: 'expired', endedAt: '2026-03-01T10:02:00.000Z' });

    const result = await purgeOnce(srv.app.repo, clock, 7 * 86400);
    expect(result.expired).toBeGreaterThanOrEqual(1);
    await expectNoMaterial(s.input.id, 'expired');
    const [after] = (await api().status.mutate({ manageTokens: [s.manageToken] })).secrets;
    expect(after).toMatchObject({ state: 'expired', endedAt: '2026-03-01T10:02:00.000Z' });
    expect(
      after!.state !== 'unknown' && after!.events.filter((e) => e.type === 'expired'),
    ).toHaveLength(1);
    // A second run finds nothing more to do for it.
    await purgeOnce(srv.app.repo, clock, 7 * 86400);
    const [again] = (await api().status.mutate({ manageTokens: [s.manageToken] })).secrets;
    expect(
      again!.state !== 'unknown' && again!.events.filter((e) => e.type === 'expired'),
    ).toHaveLength(1);
  });

  it('revoke burns a pending secret; the sender sees revoked, the recipient unavailable', async () => {
    const s = await fakeShare();
    await api().create.mutate(s.input);
    expect(await api().revoke.mutate({ manageToken: s.manageToken })).toEqual({ state: 'revoked' });
    await expectNoMaterial(s.input.id, 'revoked');
    expect(await api().peek.query({ id: s.input.id })).toEqual({ state: 'unavailable' });
    // Revoking again says what it is; revoking a viewed one says viewed.
    expect(await api().revoke.mutate({ manageToken: s.manageToken })).toEqual({ state: 'revoked' });
    const v = await fakeShare();
    await api().create.mutate(v.input);
    await api().reveal.mutate({ id: v.input.id, authKey: v.authKey });
    expect(await api().revoke.mutate({ manageToken: v.manageToken })).toEqual({ state: 'viewed' });
    expect((await rejects(() => api().revoke.mutate({ manageToken: wrongKey() }))).reason).toBe(
      'UNAVAILABLE',
    );
  });

  it('status reports state, times and events for a batch, in order, unknown tokens included', async () => {
    const a = await fakeShare({ maxViews: 2, maxAttempts: 2 });
    const b = await fakeShare();
    await api().create.mutate(a.input);
    await api().create.mutate(b.input);
    await api().peek.query({ id: a.input.id });
    await rejects(() => api().reveal.mutate({ id: a.input.id, authKey: wrongKey() }));
    await api().reveal.mutate({ id: a.input.id, authKey: a.authKey });
    await api().revoke.mutate({ manageToken: b.manageToken });

    const { secrets } = await api().status.mutate({
      manageTokens: [b.manageToken, wrongKey(), a.manageToken],
    });
    expect(secrets.map((s) => s.state)).toEqual(['revoked', 'unknown', 'pending']);
    const sa = secrets[2]!;
    if (sa.state === 'unknown') throw new Error('unreachable');
    expect(sa).toMatchObject({
      id: a.input.id,
      viewsLeft: 1,
      attemptsLeft: 1,
      maxViews: 2,
      maxAttempts: 2,
      endedAt: null,
    });
    expect(sa.events.map((e) => e.type)).toEqual(['created', 'opened', 'attempt_failed', 'viewed']);
    expect(sa.events[1]!.hint).toBe('script');
    const sb = secrets[0]!;
    expect(sb.state !== 'unknown' && sb.events.map((e) => e.type)).toEqual(['created', 'revoked']);
  });

  it('refuses a duplicate id, limits past the configuration, and an oversize secret', async () => {
    const s = await fakeShare();
    await api().create.mutate(s.input);
    const dup = await fakeShare({ id: s.input.id });
    expect(await rejects(() => api().create.mutate(dup.input))).toMatchObject({
      reason: 'DUPLICATE_ID',
      httpStatus: 409,
    });
    // The first secret is untouched by the refused duplicate.
    expect(await api().reveal.mutate({ id: s.input.id, authKey: s.authKey })).toMatchObject({
      viewsLeft: 0,
    });

    const long = await fakeShare({ expiresIn: 3 * 86400 });
    expect(await rejects(() => api().create.mutate(long.input))).toMatchObject({
      reason: 'INVALID_INPUT',
      issues: [{ path: 'expiresIn' }],
    });
    const many = await fakeShare({ maxViews: 51 });
    expect(await rejects(() => api().create.mutate(many.input))).toMatchObject({
      reason: 'INVALID_INPUT',
    });
    const big = await fakeShare({}, 64 * 1024 + 256 + 16);
    expect(await rejects(() => api().create.mutate(big.input))).toMatchObject({
      reason: 'TOO_LARGE',
      limit: 65536,
    });
    const atLimit = await fakeShare({}, 64 * 1024 + 16);
    expect(await api().create.mutate(atLimit.input)).toMatchObject({ id: atLimit.input.id });
  });

  it('tombstones go after the retention period, with their events', async () => {
    const s = await fakeShare();
    await api().create.mutate(s.input);
    await api().reveal.mutate({ id: s.input.id, authKey: s.authKey });
    clock.advance(7 * 86400 - 1);
    await purgeOnce(srv.app.repo, clock, 7 * 86400);
    expect((await api().status.mutate({ manageTokens: [s.manageToken] })).secrets[0]!.state).toBe(
      'viewed',
    );
    clock.advance(1);
    const r = await purgeOnce(srv.app.repo, clock, 7 * 86400);
    expect(r.deleted).toBeGreaterThanOrEqual(1);
    expect((await api().status.mutate({ manageTokens: [s.manageToken] })).secrets[0]).toEqual({
      state: 'unknown',
    });
    const events = await srv.database.handle.db
      .selectFrom('secret_event')
      .select(sql<number>`count(*)::int`.as('n'))
      .where('secret_id', '=', b64uDecode(s.input.id))
      .executeTakeFirstOrThrow();
    expect(events.n).toBe(0);
  });
});
