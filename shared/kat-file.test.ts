// Known-answer vector of the file envelope (docs/protocol.md#file-vector): the envelope's bytes
// step by step, the size buckets, then the whole path through the functions clients call
// (createShareWith → parseLink → unlockShare → openShare), with kat-v2.json's keys.
import { describe, expect, it } from 'vitest';
import kat from './fixtures/kat-file.json' with { type: 'json' };
import { b64uDecode, b64uEncode, sha256, utf8Encode } from './encoding';
import { decodeFileEnvelope, encodeFileEnvelope, paddedFileSize } from './file';
import { assertKdfParams } from './kdf';
import { parseLink } from './link';
import { createShareWith, openShare, unlockShare } from './protocol';

const { inputs, expected } = kat;
const bytes = (s: string) => b64uDecode(s);
const file = { ...inputs.file, bytes: bytes(inputs.file.bytes) };

describe('file KAT step by step', () => {
  it('0x00 ‖ u32be(H) ‖ header ‖ bytes ‖ zeros to the 4 KiB bucket', async () => {
    const env = encodeFileEnvelope(file);
    expect(env.length).toBe(inputs.paddedBytes);
    expect(env[0]).toBe(0);
    expect(new DataView(env.buffer).getUint32(1)).toBe(inputs.headerBytes);
    expect(env.subarray(5, 5 + inputs.headerBytes)).toEqual(utf8Encode(inputs.headerJson));
    expect(env.subarray(5 + inputs.headerBytes, inputs.envelopeBytes)).toEqual(file.bytes);
    expect(env.subarray(inputs.envelopeBytes).every((b) => b === 0)).toBe(true);
    expect(b64uEncode(await sha256(env))).toBe(expected.envelopeSha256);
    expect(decodeFileEnvelope(env)).toEqual(file);
  });

  it('buckets: 4 KiB at least, then eight between each power of two', () => {
    for (const [n, padded] of expected.buckets)
      expect([n, paddedFileSize(n!)]).toEqual([n, padded]);
  });
});

describe('file KAT through the protocol functions', () => {
  it('createShareWith → parseLink → unlockShare → openShare', async () => {
    const created = await createShareWith(
      {
        id: bytes(inputs.id),
        linkKey: bytes(inputs.linkKey),
        salt: bytes(inputs.salt),
        iv: bytes(inputs.iv),
        manageToken: new Uint8Array(32).fill(0x40),
        passphrase: inputs.passphrase,
      },
      {
        file,
        kdf: assertKdfParams(inputs.kdf),
        expiresIn: 3600,
        maxViews: 1,
        maxAttempts: 1,
        publicUrl: 'https://once.example',
      },
    );
    const ct = b64uDecode(created.request.ciphertext);
    expect(ct.length).toBe(expected.ciphertextBytes);
    expect(b64uEncode(ct.subarray(0, 16))).toBe(expected.ciphertextFirst16);
    expect(b64uEncode(await sha256(ct))).toBe(expected.ciphertextSha256);
    // Name and type are inside the ciphertext only.
    expect(JSON.stringify(created.request)).not.toMatch(/notes|text\/plain/);

    const link = parseLink(created.link);
    const { encKey } = await unlockShare({
      ...link,
      passphrase: inputs.passphrase,
      salt: created.request.salt,
      kdf: created.request.kdf,
    });
    expect(b64uEncode(encKey)).toBe(expected.encKey);
    const opened = await openShare({ ...link, encKey, ...created.request });
    expect(opened).toEqual({ kind: 'file', file });
  });
});
