// The secret-request known-answer vector (shared/fixtures/kat-request.json), first step by step
// with WebCrypto and the HPKE suite directly, then through the functions clients call, for both
// KEMs; the X25519 answer also through the pure-JavaScript X25519 that browsers without
// WebCrypto X25519 load.
import { describe, expect, it } from 'vitest';
import kat from '../fixtures/kat-request.json' with { type: 'json' };
import { b64uDecode, b64uEncode, concatBytes, sha256, utf8Encode } from '../encoding';
import { decodeEnvelope, encodeEnvelope } from '../envelope';
import { REQUEST_NOTE_BYTES } from '../limits';
import { deriveRequestKeyPair, generateRequestKeyPair, suiteFor, type KemId } from './hpke';
import { parseRequestLink } from './link';
import {
  answerRequest,
  createRequestWith,
  openRequestNote,
  readRequestAnswer,
  requestProof,
} from './protocol';

const { inputs, expected } = kat;
const bytes = (s: string) => b64uDecode(s) as Uint8Array<ArrayBuffer>;
const seq = (start: number, n: number) => Uint8Array.from({ length: n }, (_, i) => start + i);
const sha = async (b: Uint8Array) => b64uEncode(await sha256(b));

async function hkdf(info: string): Promise<string> {
  const key = await crypto.subtle.importKey('raw', bytes(inputs.linkKey), 'HKDF', false, [
    'deriveBits',
  ]);
  const params = { name: 'HKDF', hash: 'SHA-256', salt: bytes(inputs.id), info: utf8Encode(info) };
  return b64uEncode(new Uint8Array(await crypto.subtle.deriveBits(params, key, 256)));
}

describe('request KAT fixture', () => {
  it('inputs are the documented sequences and envelopes', () => {
    expect(bytes(inputs.id)).toEqual(seq(0x50, 16));
    expect(bytes(inputs.linkKey)).toEqual(seq(0x60, 16));
    expect(bytes(inputs.noteIv)).toEqual(seq(0x70, 12));
    expect(bytes(inputs.manageToken)).toEqual(seq(0x80, 32));
    expect(bytes(inputs.ikmR)).toEqual(seq(0xa0, 32));
    expect(bytes(inputs.ikmE)).toEqual(seq(0xc0, 32));
    expect(JSON.stringify({ v: 1, kind: 'text', value: inputs.note })).toBe(
      inputs.noteEnvelopeJson,
    );
    const answer = { v: 1, kind: inputs.answerKind, value: inputs.answer };
    expect(JSON.stringify(answer)).toBe(inputs.answerEnvelopeJson);
  });
});

describe('request KAT step by step', () => {
  it('link proof, verifier, note key, note and manage hash', async () => {
    const linkProof = await hkdf('oncelink/v2/link');
    expect(linkProof).toBe(expected.linkProof);
    expect(await sha(bytes(linkProof))).toBe(expected.linkVerifier);
    const noteKey = await hkdf('oncelink/request/v1/note');
    expect(noteKey).toBe(expected.noteKey);
    expect(await sha(bytes(inputs.manageToken))).toBe(expected.manageHash);

    const padded = encodeEnvelope('text', inputs.note, REQUEST_NOTE_BYTES);
    const json = utf8Encode(inputs.noteEnvelopeJson);
    expect(padded.length).toBe(256);
    expect(padded.subarray(0, json.length)).toEqual(json);
    expect(padded.subarray(json.length).every((b) => b === 0x20)).toBe(true);
    const key = await crypto.subtle.importKey('raw', bytes(noteKey), 'AES-GCM', false, ['encrypt']);
    const aad = concatBytes(utf8Encode('oncelink/request/v1/note'), bytes(inputs.id));
    const params = { name: 'AES-GCM', iv: bytes(inputs.noteIv), additionalData: aad };
    const note = new Uint8Array(
      await crypto.subtle.encrypt(params as AesGcmParams, key, padded as Uint8Array<ArrayBuffer>),
    );
    expect(note.length).toBe(expected.noteBytes);
    expect(await sha(note)).toBe(expected.noteSha256);
  });

  it.each(expected.kems)('$kem: public key, fragment, enc and answer', async (k) => {
    const kem = k.kemId as KemId;
    const pair = await deriveRequestKeyPair(kem, bytes(inputs.ikmR));
    expect(b64uEncode(pair.publicKey)).toBe(k.publicKey);
    const head = Uint8Array.of(0x01, kem >> 8, kem & 0xff);
    expect(b64uEncode(concatBytes(head, bytes(inputs.linkKey), pair.publicKey))).toBe(k.fragment);

    const s = await suiteFor(kem);
    const info = concatBytes(utf8Encode('oncelink/request/v1/answer'), bytes(inputs.id));
    const sender = await s.createSenderContext({
      recipientPublicKey: await s.kem.deserializePublicKey(bytes(k.publicKey)),
      info: info as Uint8Array<ArrayBuffer>,
      ekm: bytes(inputs.ikmE),
    });
    expect(b64uEncode(new Uint8Array(sender.enc))).toBe(k.enc);
    const padded = encodeEnvelope('text', inputs.answer);
    const ct = new Uint8Array(await sender.seal(padded as Uint8Array<ArrayBuffer>));
    expect(ct.length).toBe(k.answerBytes);
    expect(await sha(ct)).toBe(k.answerSha256);
  });
});

describe.each(expected.kems)('request KAT through the protocol functions: $kem', (k) => {
  const kem = k.kemId as KemId;
  const randoms = async () => ({
    id: bytes(inputs.id),
    linkKey: bytes(inputs.linkKey),
    noteIv: bytes(inputs.noteIv),
    manageToken: bytes(inputs.manageToken),
    keyPair: await deriveRequestKeyPair(kem, bytes(inputs.ikmR)),
  });
  const opts = { note: inputs.note, expiresIn: inputs.expiresIn, publicUrl: inputs.publicUrl };

  it('createRequest → parseRequestLink → note → answerRequest → readRequestAnswer', async () => {
    const created = await createRequestWith(await randoms(), opts);
    expect(created.link).toBe(k.link);
    expect(created.manageToken).toBe(inputs.manageToken);
    expect(created.input).toEqual({
      id: inputs.id,
      noteIv: inputs.noteIv,
      note: created.input.note,
      linkVerifier: expected.linkVerifier,
      manageHash: expected.manageHash,
      expiresIn: inputs.expiresIn,
    });
    expect(await sha(bytes(created.input.note))).toBe(expected.noteSha256);

    // The responder's side, from the link alone and what the server returns.
    const parts = parseRequestLink(created.link);
    expect(await requestProof(parts)).toBe(expected.linkProof);
    expect(await openRequestNote(parts, created.input)).toBe(inputs.note);
    const answer = await answerRequest(parts, { value: inputs.answer, ikmE: bytes(inputs.ikmE) });
    expect(answer).toMatchObject({ id: inputs.id, linkProof: expected.linkProof, enc: k.enc });
    expect(await sha(bytes(answer.ciphertext))).toBe(k.answerSha256);

    const read = { id: inputs.id, enc: answer.enc, ciphertext: answer.ciphertext };
    expect(await readRequestAnswer(created.keyPair, read)).toEqual({
      kind: 'text',
      value: inputs.answer,
    });
  });

  it('a non-extractable key pair reads an answer sealed to it', async () => {
    const keyPair = await generateRequestKeyPair({ kem });
    expect(keyPair.keys.privateKey.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('jwk', keyPair.keys.privateKey)).rejects.toThrow();
    const created = await createRequestWith({ ...(await randoms()), keyPair }, opts);
    const parts = parseRequestLink(created.link);
    const answer = await answerRequest(parts, { kind: 'password', value: 'hunter2 ✓' });
    const opened = await readRequestAnswer(keyPair, { ...answer });
    expect(opened).toEqual({ kind: 'password', value: 'hunter2 ✓' });
    expect(decodeEnvelope(encodeEnvelope(opened.kind, opened.value))).toEqual(opened);
  });
});

it('the pure-JavaScript X25519 seals the same answer bytes as WebCrypto', async () => {
  const k = expected.kems[0]!;
  const parts = parseRequestLink(k.link);
  const answer = await answerRequest(parts, {
    value: inputs.answer,
    ikmE: bytes(inputs.ikmE),
    pureJs: true,
  });
  expect(answer.enc).toBe(k.enc);
  expect(await sha(bytes(answer.ciphertext))).toBe(k.answerSha256);
});
