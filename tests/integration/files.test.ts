// Files in shares through the real server (docs/protocol.md#files): the server's limits from
// config.get, byte-exact round trips through secret.upload (one binary body, no base64), the
// limit exactly and one byte over, and no file bytes left once a share ends.
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { ProtocolError } from '../../shared/errors';
import { randomBytes } from '../../shared/encoding';
import { KDF, SECRET_BYTES } from '../../shared/limits';
import { createShare } from '../../shared/protocol';
import { testDatabases } from '../support/databases';
import { useTestServer } from '../support/fixtures';
import { fileShare, pngFile, revealShare, sha256hex, upload } from '../support/files';

const MIN = { alg: 'argon2id', ...KDF.min } as const;
const base = { kdf: MIN, expiresIn: 3600, maxViews: 1, maxAttempts: 1 };
const LIMIT = 300_000;

describe.each(testDatabases)('files on $name', (database) => {
  const srv = useTestServer(database, {
    env: { MAX_SECRET_BYTES: '131072', MAX_FILE_BYTES: String(LIMIT) },
  });

  it('config.get gives the server’s limits, as configured', async () => {
    expect(await srv.client.config.get.query()).toEqual({
      maxSecretBytes: 131072,
      maxFileBytes: LIMIT,
      maxExpiry: 7 * 86400,
      maxViews: 1000,
    });
    // A raised MAX_SECRET_BYTES is taken at its word: text past the old 64 KiB default.
    const value = 'y'.repeat(SECRET_BYTES.default + 1000);
    const share = await createShare({ ...base, value, publicUrl: srv.url, maxSecretBytes: 131072 });
    await srv.client.secret.create.mutate(share.request);
    expect(await revealShare(srv.client, share)).toEqual({ kind: 'text', value });
  });

  it('round-trips byte for byte: empty, random binary, a PNG, a UTF-8 name with emoji', async () => {
    for (const file of [
      { name: 'empty', type: '', bytes: new Uint8Array(0) },
      { name: 'random.bin', type: 'application/octet-stream', bytes: randomBytes(200_001) },
      pngFile('screen shot 🔑 (final).png'),
      { name: 'ключ — clé 🗝️.pem', type: 'application/x-pem-file', bytes: randomBytes(5) },
    ]) {
      const share = await fileShare(srv.url, file);
      expect(await upload(srv.client, share.request)).toMatchObject({ id: share.request.id });
      const opened = await revealShare(srv.client, share);
      if (opened.kind !== 'file') throw new Error('expected a file');
      expect(opened.file.name).toBe(file.name);
      expect(opened.file.type).toBe(file.type || 'application/octet-stream');
      expect(sha256hex(opened.file.bytes)).toBe(sha256hex(file.bytes));
    }
  });

  it('the limit exactly uploads; one byte over is TOO_LARGE before derivation or upload', async () => {
    const { maxFileBytes } = await srv.client.config.get.query();
    const bytes = randomBytes(maxFileBytes);
    const share = await fileShare(srv.url, { name: 'at.bin', type: '', bytes }, { maxFileBytes });
    await upload(srv.client, share.request);
    const opened = await revealShare(srv.client, share);
    expect(opened.kind === 'file' && sha256hex(opened.file.bytes)).toBe(sha256hex(bytes));

    const started = performance.now();
    const err = await createShare({
      ...base,
      kdf: { alg: 'argon2id', ...KDF.max },
      file: { name: 'over.bin', type: '', bytes: new Uint8Array(maxFileBytes + 1) },
      publicUrl: srv.url,
      maxFileBytes,
    }).catch((e: unknown) => e);
    expect((err as ProtocolError).code).toBe('TOO_LARGE');
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('the database holds the ciphertext once, as bytea, and nulls it when the share ends', async () => {
    const file = { name: 'k.bin', type: '', bytes: randomBytes(50_000) };
    const [viewed, revoked] = [await fileShare(srv.url, file), await fileShare(srv.url, file)];
    for (const s of [viewed, revoked]) await upload(srv.client, s.request);
    const stored = async (id: string) => {
      const { rows } = await sql<{ n: number | null; state: string }>`
        select octet_length(ciphertext) as n, state from secret
        where id = decode(${Buffer.from(id, 'base64url').toString('hex')}, 'hex')`.execute(
        srv.app.db.db,
      );
      return rows[0];
    };
    // 50,000 bytes and the header pad to the 53,248-byte bucket, plus the tag: nothing else.
    expect(await stored(viewed.request.id)).toEqual({ n: 53_248 + 16, state: 'pending' });
    await revealShare(srv.client, viewed);
    expect(await stored(viewed.request.id)).toEqual({ n: null, state: 'viewed' });
    await srv.client.secret.revoke.mutate({ manageToken: revoked.manageToken });
    expect(await stored(revoked.request.id)).toEqual({ n: null, state: 'revoked' });
  });
});
