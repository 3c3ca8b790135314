// `oncelink reveal` when the reveal's answer is lost (docs/protocol.md#grace): a relay in front
// of the real server lets the request through and cuts the answer; the command asks once more
// with the same receipt, prints the secret, and acks, so the row keeps no secret material.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { b64uDecode } from '../../shared/encoding';
import { parseLink } from '../../shared/link';
import { pglite } from '../support/databases';
import { useTestServer } from '../support/fixtures';
import { relay, type Relay } from '../support/relay';
import { senderSees, shareSecret } from '../support/shares';
import { cliHome, runCli } from './support';

describe('oncelink reveal, a lost answer', () => {
  const srv = useTestServer(pglite);
  let cutter: Relay;
  beforeAll(async () => {
    cutter = relay({ host: '127.0.0.1', port: Number(new URL(srv.url).port) });
    await cutter.up();
  });
  afterAll(() => cutter.down());

  it('retries once with the same receipt, spends one view, and acks', async () => {
    const via = `http://127.0.0.1:${cutter.port}`;
    const share = await shareSecret(via, 'the answer was cut');
    cutter.cutAnswers('/trpc/secret.reveal', 1);
    const home = cliHome();
    try {
      const r = await runCli(['reveal', share.link, '--passphrase-stdin'], {
        home,
        input: share.passphrase,
      });
      expect(r.code, r.err).toBe(0);
      expect(r.out).toBe('the answer was cut');
    } finally {
      home.remove();
    }
    expect(cutter.cut).toBe(1);
    expect(await senderSees(srv.url, share)).toMatchObject({
      state: 'viewed',
      eventTypes: ['created', 'opened', 'viewed'],
    });
    const row = await srv.database.handle.db
      .selectFrom('secret')
      .select(['ciphertext', 'iv', 'verifier', 'grace_until'])
      .where('id', '=', b64uDecode(parseLink(share.link).id))
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ ciphertext: null, iv: null, verifier: null, grace_until: null });
  });
});
