// Hostile uploads and hostile files (docs/protocol.md#upload): each a typed error, and nothing
// half-stored. Lying headers, truncated and oversized bodies, a client that hangs up mid-body,
// bodies over the cap with and without a length; names that climb directories or hide their
// extension are kept for display and saved under a safe name.
import { describe, expect, it } from 'vitest';
import { randomBytes } from '../../shared/encoding';
import type { ProtocolError } from '../../shared/errors';
import { encodeFileEnvelope } from '../../shared/file';
import { safeFileName } from '../../shared/file-name';
import { maxUploadBytes } from '../../shared/upload';
import { testDatabases } from '../support/databases';
import { useTestServer } from '../support/fixtures';
import {
  fileShare,
  HOSTILE_NAMES,
  rawUpload,
  revealShare,
  upload,
  uploadBody,
} from '../support/files';

const LIMIT = 100_000;

describe.each(testDatabases)('hostile files on $name', (database) => {
  const srv = useTestServer(database, { env: { MAX_FILE_BYTES: String(LIMIT) } });

  /** A real share's upload header and ciphertext, to tamper with. */
  async function parts(size = 20_000) {
    const share = await fileShare(srv.url, { name: 'x.bin', type: '', bytes: randomBytes(size) });
    const { ciphertext, ...fields } = share.request;
    const ct = Buffer.from(ciphertext, 'base64url');
    return { share, fields: { ...fields, ciphertextBytes: ct.length }, ct };
  }

  /** Nothing of the share was stored: its manage token is unknown. */
  async function nothingStored(manageToken: string) {
    const { secrets } = await srv.client.secret.status.mutate({ manageTokens: [manageToken] });
    expect(secrets).toEqual([{ state: 'unknown' }]);
  }

  const reasonOf = (r: { text: string } | 'closed') =>
    r === 'closed' ? 'closed' : (JSON.parse(r.text).error?.data?.reason as string);

  it('a truncated body (the client ends early) is INVALID_INPUT, nothing stored', async () => {
    const { share, fields, ct } = await parts();
    const body = uploadBody(fields, ct.subarray(0, ct.length - 100));
    const r = await rawUpload(srv.url, body);
    expect(r !== 'closed' && r.status).toBe(400);
    expect(reasonOf(r)).toBe('INVALID_INPUT');
    await nothingStored(share.manageToken);
  });

  it('a client that hangs up mid-body stores nothing, and the server goes on', async () => {
    const { share, fields, ct } = await parts();
    const body = uploadBody(fields, ct);
    expect(await rawUpload(srv.url, body, { stopAfter: body.length / 2 })).toBe('closed');
    await nothingStored(share.manageToken);
    await upload(srv.client, share.request); // the same share, sent whole, then works
    expect((await revealShare(srv.client, share)).kind).toBe('file');
  });

  it('more bytes than declared, or a declared size over the limit: TOO_LARGE', async () => {
    const { share, fields, ct } = await parts();
    const longer = await rawUpload(srv.url, uploadBody(fields, Buffer.concat([ct, ct])));
    expect(reasonOf(longer)).toBe('TOO_LARGE');
    const big = await rawUpload(
      srv.url,
      uploadBody({ ...fields, ciphertextBytes: 1024 * 1024 + 16 }, ct),
    );
    expect(reasonOf(big)).toBe('TOO_LARGE');
    expect(JSON.parse((big as { text: string }).text).error.data.limit).toBe(LIMIT);
    await nothingStored(share.manageToken);
  });

  it('bodies over the cap: refused from the length, or counted as they stream', async () => {
    const cap = maxUploadBytes(LIMIT);
    const { share, fields, ct } = await parts();
    const body = uploadBody(fields, ct);
    const declared = await rawUpload(srv.url, body, { declared: cap + 1 });
    expect(declared !== 'closed' && declared.status).toBe(413);
    const streamed = await rawUpload(srv.url, Buffer.concat([body, Buffer.alloc(cap)]), {
      chunked: true,
    });
    expect(reasonOf(streamed)).toBe('TOO_LARGE');
    await nothingStored(share.manageToken);
  });

  it('malformed headers: a typed INVALID_INPUT each', async () => {
    const { share, fields, ct } = await parts();
    const cases: Buffer[] = [
      Buffer.from([0, 0, 0]), // shorter than the length prefix
      Buffer.from([0xff, 0xff, 0xff, 0xff, 1, 2, 3]), // header length past the cap
      Buffer.concat([Buffer.from([0, 0, 0, 3]), Buffer.from('{x}')]), // not JSON
      uploadBody({ ...fields, extra: 1 }, ct), // a field too many
      uploadBody({ ...fields, ciphertextBytes: ct.length - 16 }, ct.subarray(16)), // not a bucket
      uploadBody({ ...fields, expiresIn: 10 * 365 * 86400 }, ct), // past MAX_EXPIRY
    ];
    for (const body of cases) {
      const r = await rawUpload(srv.url, body);
      expect(r !== 'closed' && r.status, body.subarray(0, 16).toString('hex')).toBe(400);
      expect(reasonOf(r)).toBe('INVALID_INPUT');
    }
    await nothingStored(share.manageToken);
    // JSON to the upload procedure is not an upload.
    const json = await fetch(`${srv.url}/trpc/secret.upload`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(json.status).toBeGreaterThanOrEqual(400);
    expect(json.status).toBeLessThan(500);
  });

  it('a duplicate id uploads once', async () => {
    const { share } = await parts();
    await upload(srv.client, share.request);
    await expect(upload(srv.client, share.request)).rejects.toMatchObject({
      data: { reason: 'DUPLICATE_ID' },
    });
  });

  it('hostile names travel inside the ciphertext, intact, and are saved under safe ones', async () => {
    for (const name of HOSTILE_NAMES.slice(0, 3)) {
      const share = await fileShare(srv.url, { name, type: '', bytes: randomBytes(10) });
      await upload(srv.client, share.request);
      const opened = await revealShare(srv.client, share);
      if (opened.kind !== 'file') throw new Error('expected a file');
      expect(opened.file.name).toBe(name);
      expect(safeFileName(opened.file.name)).not.toMatch(/[/\\\u202E]|^CON$/);
    }
    // A 10,000-character name is refused by the sender's client before anything is derived...
    const err = await fileShare(srv.url, {
      name: HOSTILE_NAMES[3]!,
      type: '',
      bytes: new Uint8Array(1),
    }).catch((e: unknown) => e);
    expect((err as ProtocolError).code).toBe('BAD_FILE_NAME');
    // ...and a hostile client's envelope that carries one anyway is refused by the recipient's.
    expect(() =>
      encodeFileEnvelope({ name: 'y'.repeat(256), type: '', bytes: new Uint8Array(1) }),
    ).toThrow(/too long/);
  });
});
