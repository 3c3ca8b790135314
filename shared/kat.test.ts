// Known-answer vector (docs/protocol.md#known-answer-vector), first step by step, then through the functions clients
// call (createShare / unlockShare / openShare), so the shipped code path is what is pinned.
import { describe, expect, it, vi } from 'vitest';
import kat from './fixtures/kat-v1.json' with { type: 'json' };
import { openEnvelope, sealEnvelope } from './aead';
import { b64uDecode, b64uEncode, sha256, utf8Encode } from './encoding';
import { decodeEnvelope, encodeEnvelope, envelopeSize } from './envelope';
import { assertKdfParams, DEFAULT_KDF, deriveMaster } from './kdf';
import { deriveKeys } from './keys';
import { encodeFragment } from './link';
import { throughClientFunctions } from './kat-testkit';
import { generatePassphrase } from './passphrase';
import { linkAccess } from './recipient';
import { verifierOf } from './verifier';
import { WORDLIST } from './wordlist';

const { inputs, expected } = kat;
const bytes = (s: string) => b64uDecode(s);
const salt = bytes(inputs.salt);
const linkKey = bytes(inputs.linkKey);
const id = bytes(inputs.id);
const iv = bytes(inputs.iv);
const kdf = assertKdfParams(inputs.kdf);

describe('KAT v1 fixture', () => {
  it('inputs are the ones docs/protocol.md describes', () => {
    const seq = (start: number, n: number) => Uint8Array.from({ length: n }, (_, i) => start + i);
    expect(salt).toEqual(seq(0x00, 16));
    expect(linkKey).toEqual(seq(0x10, 16));
    expect(id).toEqual(seq(0x20, 16));
    expect(iv).toEqual(seq(0x30, 12));
    expect(kdf).toEqual(DEFAULT_KDF);
    expect(inputs.wordIndices.map((i) => WORDLIST[i]).join(' ')).toBe(inputs.passphrase);
    expect(JSON.stringify({ v: 1, kind: inputs.kind, value: inputs.value })).toBe(
      inputs.envelopeJson,
    );
    expect(utf8Encode(inputs.envelopeJson).length).toBe(inputs.envelopeBytes);
  });

  it('the generator maps u16 values to words with u16 & 0x7ff', () => {
    // Each index plus a multiple of 2048: the high bits must be ignored.
    const u16 = inputs.wordIndices.map((i, k) => i + 2048 * (k * 5));
    expect(Math.max(...u16)).toBeLessThan(65536);
    const spy = vi
      .spyOn(crypto, 'getRandomValues')
      .mockImplementation(<T extends ArrayBufferView | null>(a: T): T => {
        (a as unknown as Uint16Array).set(u16);
        return a;
      });
    try {
      expect(generatePassphrase(6)).toBe(inputs.passphrase);
    } finally {
      spy.mockRestore();
    }
  });
});

describe('KAT v1 step by step', () => {
  it('reproduces every value of the table', async () => {
    expect(b64uEncode(id)).toBe(expected.id);
    const master = await deriveMaster(inputs.passphrase, salt, kdf);
    expect(b64uEncode(master)).toBe(expected.master);
    const keys = await deriveKeys(master, linkKey, id);
    expect(b64uEncode(keys.encKey)).toBe(expected.encKey);
    expect(b64uEncode(keys.authKey)).toBe(expected.authKey);
    expect(b64uEncode(keys.check)).toBe(expected.check);
    expect(encodeFragment(linkKey, keys.check, 1)).toBe(expected.fragment);
    expect(await verifierOf(keys.authKey)).toBe(expected.verifier);

    expect(envelopeSize('text', inputs.value)).toBe(inputs.envelopeBytes);
    const envelope = encodeEnvelope('text', inputs.value);
    expect(envelope.length).toBe(inputs.paddedBytes);
    const ct = await sealEnvelope(keys.encKey, iv, id, envelope);
    expect(ct.length).toBe(expected.ciphertextBytes);
    expect(b64uEncode(ct.subarray(0, 16))).toBe(expected.ciphertextFirst16);
    expect(b64uEncode(await sha256(ct))).toBe(expected.ciphertextSha256);

    const back = decodeEnvelope(await openEnvelope(keys.encKey, iv, id, ct));
    expect(back).toEqual({ kind: 'text', value: inputs.value });
  });
});

describe('KAT v1 through the protocol functions', () => {
  it('createShare → parseLink → unlockShare → openShare', async () => {
    const { request, link } = await throughClientFunctions(kat, 1);
    // A v1 record has no link verifier, so a v1 link proves nothing: it names the id only.
    expect(request).not.toHaveProperty('linkVerifier');
    expect(await linkAccess(link)).toEqual({ id: expected.id });
  });
});
