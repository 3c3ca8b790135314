// A reveal whose answer is lost is not lost (docs/protocol.md#grace), through the real HTTP
// server on PGlite and PostgreSQL: an answer cut by a relay after the server spent the view is
// recovered by retrying with the same receipt; nobody else (another receipt, another authKey, no
// receipt) ever gets it; a retry never spends a second view; the ack, or the end of the grace
// (read time and the purge job), leaves the row without secret material.
import { describe, expect, it } from 'vitest';
import { manualClock } from '../../backend/clock';
import { purgeOnce } from '../../backend/purge';
import { b64uDecode } from '../../shared/encoding';
import { callApi } from '../support/api';
import { testDatabases } from '../support/databases';
import { secretRow, useTestServer } from '../support/fixtures';
import { relay } from '../support/relay';
import { fakeShareV2, newReceipt, senderSees, wrongKey } from '../support/shares';

describe.each(testDatabases)('reveal grace on $name', (database) => {
  const clock = manualClock(new Date('2026-12-01T15:00:00Z'));
  const srv = useTestServer(database, { clock, env: { REVEAL_GRACE: '60s' } });

  async function created(maxViews = 1) {
    const s = await fakeShareV2({ maxViews });
    await srv.client.secret.create.mutate(s.input);
    const reveal = (over: Record<string, unknown> = {}, url = srv.url) =>
      callApi(url, 'secret.reveal', {
        id: s.input.id,
        linkProof: s.linkProof,
        authKey: s.authKey,
        ...over,
      });
    return { s, reveal };
  }

  const row = (id: string) => secretRow(srv, id);

  const NO_MATERIAL = {
    ciphertext: null,
    iv: null,
    salt: null,
    verifier: null,
    grace_until: null,
    receipt_hashes: null,
  };

  it('an answer cut by a relay is recovered by the retry, and nobody else gets it', async () => {
    const { s, reveal } = await created();
    const cutter = relay({ host: '127.0.0.1', port: Number(new URL(srv.url).port) });
    await cutter.up();
    try {
      cutter.cutAnswers('/trpc/secret.reveal');
      const receipt = newReceipt();
      const lost = await reveal({ receipt }, `http://127.0.0.1:${cutter.port}`);
      expect(lost.kind).toBe('lost');
      expect(cutter.cut).toBe(1);
      // The view was spent: the sender sees "viewed" from the first answer on.
      expect(await senderSees(srv.url, s)).toMatchObject({ state: 'viewed', viewsLeft: 0 });

      for (const other of [{ receipt: newReceipt() }, { receipt, authKey: wrongKey() }, {}]) {
        expect(await reveal(other)).toMatchObject({ kind: 'error', reason: 'UNAVAILABLE' });
      }
      expect(await reveal({ receipt, linkProof: undefined })).toMatchObject({
        reason: 'UNAVAILABLE',
      });
      const again = await reveal({ receipt }, `http://127.0.0.1:${cutter.port}`);
      expect(again).toMatchObject({
        kind: 'ok',
        data: { ciphertext: s.input.ciphertext, iv: s.input.iv, viewsLeft: 0 },
      });
      // Nothing more was spent or recorded: no attempt, no second "viewed".
      expect(await senderSees(srv.url, s)).toMatchObject({
        attemptsLeft: 1,
        eventTypes: ['created', 'viewed'],
      });
      expect(await row(s.input.id)).toMatchObject({ state: 'viewed', salt: null });

      const ack = { id: s.input.id, linkProof: s.linkProof, receipt };
      expect(await callApi(srv.url, 'secret.ack', ack)).toMatchObject({ data: { ok: true } });
      expect(await row(s.input.id)).toMatchObject({ state: 'viewed', ...NO_MATERIAL });
      expect(await reveal({ receipt })).toMatchObject({ reason: 'UNAVAILABLE' });
    } finally {
      await cutter.down();
    }
  });

  it('a wrong proof or receipt acks nothing; the end of the grace serves nothing, the purge nulls it', async () => {
    const { s, reveal } = await created();
    const receipt = newReceipt();
    expect(await reveal({ receipt })).toMatchObject({ kind: 'ok' });
    for (const ack of [
      { id: s.input.id, linkProof: wrongKey(), receipt },
      { id: s.input.id, receipt },
      { id: s.input.id, linkProof: s.linkProof, receipt: newReceipt() },
    ]) {
      expect(await callApi(srv.url, 'secret.ack', ack)).toMatchObject({ data: { ok: true } });
    }
    expect((await row(s.input.id)).ciphertext).not.toBeNull();
    expect(await reveal({ receipt })).toMatchObject({ kind: 'ok' });

    clock.advance(60);
    expect(await reveal({ receipt })).toMatchObject({ reason: 'UNAVAILABLE' });
    expect((await row(s.input.id)).ciphertext).not.toBeNull();
    const purged = await purgeOnce(srv.app.repo, clock, 7 * 86400);
    expect(purged.gracesEnded).toBeGreaterThanOrEqual(1);
    expect(await row(s.input.id)).toMatchObject({ state: 'viewed', ...NO_MATERIAL });
  });

  it('several views: a retried receipt never spends a second one', async () => {
    const { s, reveal } = await created(3);
    const receipt = newReceipt();
    for (let i = 0; i < 4; i++) {
      expect(await reveal({ receipt })).toMatchObject({ kind: 'ok', data: { viewsLeft: 2 } });
    }
    expect(await reveal({ receipt: newReceipt() })).toMatchObject({ data: { viewsLeft: 1 } });
    expect(await reveal()).toMatchObject({ data: { viewsLeft: 0 } });
    // The last view was spent without a receipt (a v1 client): nothing is kept for anyone.
    expect(await row(s.input.id)).toMatchObject({ state: 'viewed', ...NO_MATERIAL });
    expect(await reveal({ receipt })).toMatchObject({ reason: 'UNAVAILABLE' });
    expect((await senderSees(srv.url, s)).eventTypes).toEqual([
      'created',
      'viewed',
      'viewed',
      'viewed',
    ]);
  });

  it('a wrong authKey on a viewed record spends no attempt and destroys nothing', async () => {
    const { s, reveal } = await created();
    const receipt = newReceipt();
    expect(await reveal({ receipt })).toMatchObject({ kind: 'ok' });
    expect(await reveal({ receipt, authKey: wrongKey() })).toMatchObject({
      reason: 'UNAVAILABLE',
    });
    expect(await senderSees(srv.url, s)).toMatchObject({ state: 'viewed', attemptsLeft: 1 });
  });
});

describe.each(testDatabases)('REVEAL_GRACE=0 on $name', (database) => {
  const srv = useTestServer(database, { env: { REVEAL_GRACE: '0' } });

  it('keeps nothing: the last view nulls everything at once, receipt or not', async () => {
    const s = await fakeShareV2();
    await srv.client.secret.create.mutate(s.input);
    const input = { id: s.input.id, linkProof: s.linkProof, authKey: s.authKey };
    const receipt = newReceipt();
    expect(await callApi(srv.url, 'secret.reveal', { ...input, receipt })).toMatchObject({
      kind: 'ok',
    });
    expect(await callApi(srv.url, 'secret.reveal', { ...input, receipt })).toMatchObject({
      reason: 'UNAVAILABLE',
    });
    const r = await srv.database.handle.db
      .selectFrom('secret')
      .select(['ciphertext', 'verifier', 'grace_until'])
      .where('id', '=', b64uDecode(s.input.id))
      .executeTakeFirstOrThrow();
    expect(r).toEqual({ ciphertext: null, verifier: null, grace_until: null });
  });
});
