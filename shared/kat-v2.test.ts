// Known-answer vector of protocol v2 (docs/protocol.md#known-answer-vector): the v1 inputs, so
// every v1 value stays as it was, plus what v2 adds: the link proof, its verifier and the 0x02
// fragment. Checked step by step, then through the functions clients call.
import { describe, expect, it } from 'vitest';
import kat1 from './fixtures/kat-v1.json' with { type: 'json' };
import kat from './fixtures/kat-v2.json' with { type: 'json' };
import { b64uDecode, b64uEncode, sha256 } from './encoding';
import { deriveLinkProof } from './keys';
import { throughClientFunctions } from './kat-testkit';
import { decodeFragment, encodeFragment } from './link';
import { linkAccess } from './recipient';
import { linkVerifierOf } from './verifier';

const { inputs, expected } = kat;
const bytes = (s: string) => b64uDecode(s);
const [id, linkKey] = [inputs.id, inputs.linkKey].map(bytes);
const V2_ONLY = ['fragment', 'linkProof', 'linkVerifier'];

describe('KAT v2 fixture', () => {
  it('has the v1 inputs and, but for the fragment, the v1 values', () => {
    expect(inputs).toEqual(kat1.inputs);
    const same = Object.entries(expected).filter(([k]) => !V2_ONLY.includes(k));
    expect(Object.fromEntries(same)).toEqual(
      Object.fromEntries(Object.entries(kat1.expected).filter(([k]) => k !== 'fragment')),
    );
    expect(expected.fragment).not.toBe(kat1.expected.fragment);
  });
});

describe('KAT v2 step by step', () => {
  it('linkProof = HKDF-SHA256(linkKey, salt = id, info "oncelink/v2/link"), 32 bytes', async () => {
    const proof = await deriveLinkProof(linkKey!, id!);
    expect(proof.length).toBe(32);
    expect(b64uEncode(proof)).toBe(expected.linkProof);
    expect(b64uEncode(await sha256(proof))).toBe(expected.linkVerifier);
    expect(await linkVerifierOf(proof)).toBe(expected.linkVerifier);
  });

  it('fragment = b64u(0x02 ‖ linkKey ‖ check), 26 characters', () => {
    const check = bytes(expected.check);
    expect(encodeFragment(linkKey!, check)).toBe(expected.fragment);
    expect(expected.fragment).toHaveLength(26);
    expect(bytes(expected.fragment)[0]).toBe(0x02);
    expect(decodeFragment(expected.fragment)).toEqual({ version: 2, linkKey, check });
  });

  it('the proof depends on the link key and the id, and on nothing else', async () => {
    const otherKey = linkKey!.slice();
    otherKey[0]! ^= 1;
    const otherId = id!.slice();
    otherId[15]! ^= 1;
    expect(b64uEncode(await deriveLinkProof(otherKey, id!))).not.toBe(expected.linkProof);
    expect(b64uEncode(await deriveLinkProof(linkKey!, otherId))).not.toBe(expected.linkProof);
    await expect(deriveLinkProof(linkKey!.subarray(1), id!)).rejects.toThrow(/linkKey/);
  });
});

describe('KAT v2 through the protocol functions', () => {
  it('createShare → parseLink → linkAccess → unlockShare → openShare', async () => {
    const { request, link } = await throughClientFunctions(kat, 2);
    expect(request.linkVerifier).toBe(expected.linkVerifier);
    // The proof itself is never in what the server stores; the recipient's client derives it.
    expect(JSON.stringify(request)).not.toContain(expected.linkProof);
    expect(await linkAccess(link)).toEqual({ id: expected.id, linkProof: expected.linkProof });
  });
});
