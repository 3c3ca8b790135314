// Protocol v2's link proof through the real HTTP server (docs/protocol.md#link-proof): someone
// who has the link's path but not its fragment (a proxy log, a mail gateway) cannot peek, spend a
// view or an attempt, or write an event, and is told exactly what an unknown id is told. Records
// made by v1 clients still answer without a proof (docs/protocol.md#versions).
import { describe, expect, it } from 'vitest';
import { b64uDecode, b64uEncode, randomBytes, sha256 } from '../../shared/encoding';
import { parseLink } from '../../shared/link';
import { unlockShare } from '../../shared/protocol';
import { linkAccess } from '../../shared/recipient';
import { callApi } from '../support/api';
import { testDatabases } from '../support/databases';
import { useTestServer } from '../support/fixtures';
import { senderSees, shareSecret, shareSecretV1 } from '../support/shares';

/** The raw answer to a POST, as bytes a client could compare. */
async function rawPost(url: string, proc: string, input: unknown) {
  const res = await fetch(`${url}/trpc/${proc}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(input),
  });
  return { status: res.status, body: await res.text() };
}

/** The keys and proof the recipient's client has once the passphrase is typed. */
async function recipientOf(share: {
  link: string;
  passphrase: string;
  request: { salt: string; kdf: unknown };
}) {
  const parts = parseLink(share.link);
  const keys = await unlockShare({ ...parts, passphrase: share.passphrase, ...share.request });
  return { parts, access: await linkAccess(parts), authKey: keys.authKey };
}

describe.each(testDatabases)('link proof on $name', (database) => {
  const srv = useTestServer(database);

  it('create stores SHA-256 of the proof, never the proof or linkKey', async () => {
    const share = await shareSecret(srv.url, 'stored verifier');
    const { parts, access } = await recipientOf(share);
    const row = await srv.database.handle.db
      .selectFrom('secret')
      .selectAll()
      .where('id', '=', b64uDecode(parts.id))
      .executeTakeFirstOrThrow();
    expect(b64uEncode(row.link_verifier!)).toBe(
      b64uEncode(await sha256(b64uDecode(access.linkProof!))),
    );
    const dump = JSON.stringify(
      Object.values(row).map((v) => (v instanceof Uint8Array ? b64uEncode(v) : v)),
    );
    expect(dump).not.toContain(access.linkProof);
    expect(dump).not.toContain(b64uEncode(parts.linkKey));
  });

  it('an id without its proof, or with a wrong one, is an unknown id, and spends nothing', async () => {
    const share = await shareSecret(srv.url, 'not for path readers', { maxAttempts: 3 });
    const { parts, access, authKey } = await recipientOf(share);
    const unknownId = b64uEncode(randomBytes(16));
    const wrongProof = b64uEncode(randomBytes(32));
    const refused = await rawPost(srv.url, 'secret.reveal', { id: unknownId, authKey });
    expect(refused.status).toBe(404);
    expect(JSON.parse(refused.body).error.data.reason).toBe('UNAVAILABLE');

    for (const linkProof of [undefined, wrongProof]) {
      const input = { id: parts.id, ...(linkProof ? { linkProof } : {}) };
      // The right authKey, and a wrong one: neither spends a view nor an attempt.
      for (const key of [authKey, b64uEncode(randomBytes(32))]) {
        const r = await rawPost(srv.url, 'secret.reveal', { ...input, authKey: key });
        expect(r).toEqual(refused);
      }
      expect(await rawPost(srv.url, 'secret.peek', input)).toEqual(
        await rawPost(srv.url, 'secret.peek', { id: unknownId }),
      );
      const overGet = await callApi(srv.url, 'secret.peek', input);
      expect(overGet).toMatchObject({ kind: 'ok', data: { state: 'unavailable' } });
    }
    // Nothing was spent and nothing recorded: the sender sees only the create.
    expect(await senderSees(srv.url, share)).toMatchObject({
      state: 'pending',
      viewsLeft: 1,
      attemptsLeft: 3,
      eventTypes: ['created'],
    });

    // The whole link still works.
    expect(await srv.client.secret.peek.query(access)).toMatchObject({ state: 'pending' });
    const revealed = await srv.client.secret.reveal.mutate({ ...access, authKey });
    expect(revealed.viewsLeft).toBe(0);
    expect(await senderSees(srv.url, share)).toMatchObject({
      state: 'viewed',
      eventTypes: ['created', 'opened', 'viewed'],
    });
  });

  it('a v1 record (no link verifier) is still peeked and revealed by id alone', async () => {
    const share = await shareSecretV1(srv.url, 'old client');
    expect(share.request.linkVerifier).toBeUndefined();
    const { parts, access, authKey } = await recipientOf(share);
    expect(parts.version).toBe(1);
    expect(access).toEqual({ id: parts.id });
    expect(await srv.client.secret.peek.query({ id: parts.id })).toMatchObject({
      state: 'pending',
    });
    // A v2 client reading an old link sends no proof: its record has none to check.
    const r = await srv.client.secret.reveal.mutate({ id: parts.id, authKey });
    expect(r.viewsLeft).toBe(0);
  });
});
