import { describe, expect, it } from 'vitest';
import { b64uDecode } from './encoding';
import { buildLink, parseLink } from './link';
import { linkAccess, newReceipt, RECEIPT_BYTES } from './recipient';

const linkKey = Uint8Array.from({ length: 16 }, (_, i) => 0x10 + i);
const check = Uint8Array.of(0xf6, 0x7f);
const id = 'ICEiIyQlJicoKSorLC0uLw';

describe('linkAccess', () => {
  it('a v2 link carries its proof; a v1 link only its id', async () => {
    const v2 = parseLink(buildLink('https://once.example', id, linkKey, check));
    const v1 = parseLink(buildLink('https://once.example', id, linkKey, check, 1));
    // The value itself is pinned by kat-v2.test.ts.
    expect(b64uDecode((await linkAccess(v2)).linkProof!)).toHaveLength(32);
    expect(await linkAccess(v1)).toEqual({ id });
  });
});

describe('newReceipt', () => {
  it('is 16 fresh random bytes each time', () => {
    const receipts = new Set(Array.from({ length: 100 }, newReceipt));
    expect(receipts.size).toBe(100);
    for (const r of receipts) expect(b64uDecode(r, RECEIPT_BYTES)).toHaveLength(16);
  });
});
