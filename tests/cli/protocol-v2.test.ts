// The command speaks protocol v2 (docs/protocol.md#versions): its shares carry a link proof
// (the server keeps only its SHA-256), its reveals send the proof, and a link made by a v1
// client is still revealed. The real command in a child process against the real backend.
import { describe, expect, it } from 'vitest';
import { parseLink } from '../../shared/link';
import { pglite } from '../support/databases';
import { secretRow, useTestServer } from '../support/fixtures';
import { shareSecretV1 } from '../support/shares';
import { halves, useCliHome } from './support';

describe('oncelink command, protocol v2', () => {
  const srv = useTestServer(pglite);
  const { cli } = useCliHome();

  const row = (id: string) => secretRow(srv, id);

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
    const share = await shareSecretV1(srv.url, 'made by v1');
    expect(parseLink(share.link).version).toBe(1);
    const revealed = await cli(['reveal', share.link, '--passphrase-stdin'], share.passphrase);
    expect(revealed.code, revealed.err).toBe(0);
    expect(revealed.out).toBe('made by v1');
  });
});
