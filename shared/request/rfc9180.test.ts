// RFC 9180 Appendix A.1.1 and A.3.1 (base mode) through suiteFor(), the function every request
// client gets its HPKE suite from: key derivation, enc, every listed sequence number's ciphertext
// (which pins shared_secret, key and base_nonce: a wrong one changes every byte), the exporter,
// and decryption. A.1.1 runs on WebCrypto's X25519 and on the pure-JavaScript fallback.
import { describe, expect, it } from 'vitest';
import vectors from '../fixtures/rfc9180-base.json' with { type: 'json' };
import { KEM_P256, KEM_X25519, suiteFor, type KemId } from './hpke';

const hex = (s: string) => Uint8Array.from(s.match(/../g) ?? [], (b) => parseInt(b, 16));
const toHex = (b: ArrayBuffer | Uint8Array) =>
  Array.from(new Uint8Array(b), (x) => x.toString(16).padStart(2, '0')).join('');
const ab = (s: string) => hex(s) as Uint8Array<ArrayBuffer>;
const count = (seq: number) => new TextEncoder().encode(`Count-${seq}`);

const cases: [string, (typeof vectors.vectors)[number], KemId, boolean][] = [
  ['A.1.1 on WebCrypto X25519', vectors.vectors[0]!, KEM_X25519, false],
  ['A.1.1 on the pure-JavaScript X25519', vectors.vectors[0]!, KEM_X25519, true],
  ['A.3.1 on WebCrypto P-256', vectors.vectors[1]!, KEM_P256, false],
];

describe.each(cases)('RFC 9180 %s', (_name, v, kem, pureJs) => {
  it('is the suite the vector names', async () => {
    const s = await suiteFor(kem, pureJs);
    expect([v.mode, s.kem.id, s.kdf.id, s.aead.id]).toEqual([0, v.kem_id, v.kdf_id, v.aead_id]);
    expect(v.encryptions.map((e) => toHex(count(e.seq)))).toEqual(v.encryptions.map((e) => e.aad));
  });

  it('DeriveKeyPair gives the listed keys', async () => {
    const s = await suiteFor(kem, pureJs);
    for (const [ikm, pk, sk] of [
      [v.ikmE, v.pkEm, v.skEm],
      [v.ikmR, v.pkRm, v.skRm],
    ] as const) {
      const pair = await s.kem.deriveKeyPair(ab(ikm));
      expect(toHex(await s.kem.serializePublicKey(pair.publicKey))).toBe(pk);
      expect(toHex(await s.kem.serializePrivateKey(pair.privateKey))).toBe(sk);
    }
  });

  it('seals to the listed enc, ciphertexts and exports, and opens them', async () => {
    const s = await suiteFor(kem, pureJs);
    const info = ab(v.info);
    const recipientPublicKey = await s.kem.deserializePublicKey(ab(v.pkRm));
    const sender = await s.createSenderContext({ recipientPublicKey, info, ekm: ab(v.ikmE) });
    expect(toHex(sender.enc)).toBe(v.enc);
    const recipientKey = await s.kem.deserializePrivateKey(ab(v.skRm));
    const recipient = await s.createRecipientContext({ recipientKey, enc: sender.enc, info });
    const listed = new Map(v.encryptions.map((e) => [e.seq, e.ct]));
    const last = Math.max(...listed.keys());
    const pt = ab(v.pt);
    // Contexts count sequence numbers themselves (RFC 9180 §5.2), so every one up to the last
    // listed is sealed and opened in order.
    for (let seq = 0; seq <= last; seq++) {
      const ct = await sender.seal(pt, count(seq));
      if (listed.has(seq)) expect(toHex(ct), `seq ${seq}`).toBe(listed.get(seq));
      expect(toHex(await recipient.open(ct, count(seq)))).toBe(v.pt);
    }
    for (const e of v.exports) {
      expect(toHex(await sender.export(ab(e.context), e.L))).toBe(e.value);
      expect(toHex(await recipient.export(ab(e.context), e.L))).toBe(e.value);
    }
  });

  it('refuses a changed ciphertext or aad', async () => {
    const s = await suiteFor(kem, pureJs);
    const info = ab(v.info);
    const recipientKey = await s.kem.deserializePrivateKey(ab(v.skRm));
    const first = v.encryptions[0]!;
    const bad = hex(first.ct);
    bad[0]! ^= 1;
    const open = async (ct: Uint8Array, aad: Uint8Array) => {
      const r = await s.createRecipientContext({ recipientKey, enc: ab(v.enc), info });
      return r.open(ct as Uint8Array<ArrayBuffer>, aad as Uint8Array<ArrayBuffer>);
    };
    expect(toHex(await open(hex(first.ct), hex(first.aad)))).toBe(v.pt);
    await expect(open(bad, hex(first.aad))).rejects.toThrow();
    await expect(open(hex(first.ct), count(1))).rejects.toThrow();
  });
});
