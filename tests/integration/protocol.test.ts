// A whole share the way clients make one: shared/ encrypts, the real server stores and burns,
// shared/ decrypts. The server sees only what the create request and authKey carry.
import { describe, expect, it } from 'vitest';
import {
  createShare,
  linkAccess,
  newReceipt,
  openShare,
  parseLink,
  ProtocolError,
  unlockShare,
} from '../../shared';
import { testDatabases } from '../support/databases';
import { useTestServer } from '../support/fixtures';

const TEXT = 'db password: hunter2\n  indented line\ttab\nunicode: ✓ 密码 🔑\n';

describe.each(testDatabases)('protocol v2 end to end on $name', (database) => {
  const srv = useTestServer(database);

  it('share, catch a typo without spending, reveal, decrypt exactly', async () => {
    const share = await createShare({
      value: TEXT,
      expiresIn: 3600,
      maxViews: 1,
      maxAttempts: 1,
      publicUrl: srv.url,
    });
    expect(share.link.startsWith(`${srv.url}/s/`)).toBe(true);
    expect(share.passphrase.split(' ')).toHaveLength(6);
    await srv.client.secret.create.mutate(share.request);

    const link = parseLink(share.link);
    expect(link.version).toBe(2);
    const access = await linkAccess(link);
    const peek = await srv.client.secret.peek.query(access);
    if (peek.state !== 'pending') throw new Error('expected pending');

    // A typo (one word swapped) is caught by the link's check: nothing reaches the server.
    const words = share.passphrase.split(' ');
    const typo = [...words.slice(0, 5), words[5] === 'zoo' ? 'zone' : 'zoo'].join(' ');
    const err = await unlockShare({
      ...link,
      passphrase: typo,
      salt: peek.salt,
      kdf: peek.kdf,
    }).catch((e) => e);
    expect(err).toBeInstanceOf(ProtocolError);
    expect((err as ProtocolError).code).toBe('CHECK_MISMATCH');
    const [status] = (await srv.client.secret.status.mutate({ manageTokens: [share.manageToken] }))
      .secrets;
    expect(status).toMatchObject({ state: 'pending', attemptsLeft: 1 });

    // Typed the way people type: capitals, commas, first four letters.
    const sloppy = words
      .map((w, i) => (i % 2 ? w.toUpperCase() : w.slice(0, Math.max(4, w.length - 1))))
      .join(', ');
    const keys = await unlockShare({ ...link, passphrase: sloppy, salt: peek.salt, kdf: peek.kdf });
    const receipt = newReceipt();
    const revealed = await srv.client.secret.reveal.mutate({
      ...access,
      authKey: keys.authKey,
      receipt,
    });
    const opened = await openShare({
      id: link.id,
      encKey: keys.encKey,
      iv: revealed.iv,
      ciphertext: revealed.ciphertext,
    });
    expect(opened).toEqual({ kind: 'text', value: TEXT });
    expect(await srv.client.secret.ack.mutate({ ...access, receipt })).toEqual({ ok: true });

    // Nothing in what the server received carries the plaintext or the passphrase.
    const sent = JSON.stringify(share.request) + keys.authKey + access.linkProof!;
    for (const needle of ['hunter2', share.passphrase, link.id + '#'])
      expect(sent).not.toContain(needle);
  });
});
