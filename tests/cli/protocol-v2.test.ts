// The command speaks protocol v2 (docs/protocol.md#versions): its shares carry a link proof
// (the server keeps only its SHA-256), its reveals send the proof, and a link made by a v1
// client is still revealed. The real command in a child process against the real backend.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { b64uDecode } from '../../shared/encoding';
import { parseLink } from '../../shared/link';
import { createShareWith } from '../../shared/protocol';
import { randomBytes } from '../../shared/encoding';
import { pglite } from '../support/databases';
import { useTestServer } from '../support/fixtures';
import { FAST_KDF } from '../support/shares';
import { cliHome, halves, runCli, type CliHome } from './support';

describe('oncelink command, protocol v2', () => {
  const srv = useTestServer(pglite);
  let home: CliHome;
  beforeEach(() => {
    home = cliHome();
  });
  afterEach(() => home.remove());
  const cli = (args: string[], input?: string) => runCli(args, { home, input });

  const row = (id: string) =>
    srv.database.handle.db
      .selectFrom('secret')
      .selectAll()
      .where('id', '=', b64uDecode(id))
      .executeTakeFirstOrThrow();

  it('shares v2 links (the record has a link verifier) and reveals them with the proof', async () => {
    const shared = await cli(['share', '--server', srv.url], 'v2 from the command');
    expect(shared.code, shared.err).toBe(0);
    const { link, passphrase } = halves(shared.out);
    const parts = parseLink(link);
    expect(parts.version).toBe(2);
    expect((await row(parts.id)).link_verifier).toHaveLength(32);

    const revealed = await cli(['reveal', link, '--passphrase-stdin'], `${passphrase}\n`);
    expect(revealed.code, revealed.err).toBe(0);
    expect(revealed.out).toBe('v2 from the command');
    expect(await row(parts.id)).toMatchObject({ state: 'viewed', ciphertext: null });
  });

  it('reveals a link made by a v1 client', async () => {
    const randoms = {
      id: randomBytes(16),
      linkKey: randomBytes(16),
      salt: randomBytes(16),
      iv: randomBytes(12),
      manageToken: randomBytes(32),
      passphrase: 'abandon ability able zero zone zoo',
    };
    const opts = {
      value: 'made by v1',
      kdf: FAST_KDF,
      expiresIn: 3600,
      maxViews: 1,
      maxAttempts: 1,
      publicUrl: srv.url,
    };
    const share = await createShareWith(randoms, opts, 1);
    await srv.client.secret.create.mutate(share.request);
    expect(parseLink(share.link).version).toBe(1);
    const revealed = await cli(['reveal', share.link, '--passphrase-stdin'], share.passphrase);
    expect(revealed.code, revealed.err).toBe(0);
    expect(revealed.out).toBe('made by v1');
  });
});
