import { describe, expect, it } from 'vitest';
import { b64uDecode } from './encoding';
import { buildLink, parseLink } from './link';
import { NetworkError } from './errors';
import { linkAccess, newReceipt, RECEIPT_BYTES, retryLostAnswer } from './recipient';

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

describe('retryLostAnswer', () => {
  const lost = () => new Error('fetch failed', { cause: new NetworkError({ server: 'x' }) });
  const noWait = () => Promise.resolve();

  it('retries a lost answer after each delay, and stops at the first answer', async () => {
    const waits: number[] = [];
    let calls = 0;
    const r = await retryLostAnswer(
      async () => {
        if (++calls < 3) throw lost();
        return 'answer';
      },
      [1000, 2000, 4000],
      async (ms) => void waits.push(ms),
    );
    expect([r, calls, waits]).toEqual(['answer', 3, [1000, 2000]]);
  });

  it('gives up after the last delay, and never retries an answer that is an error', async () => {
    let calls = 0;
    const always = () =>
      retryLostAnswer(
        async () => {
          calls++;
          throw lost();
        },
        [1],
        noWait,
      );
    await expect(always()).rejects.toThrow('fetch failed');
    expect(calls).toBe(2);
    calls = 0;
    const refused = Object.assign(new Error('UNAVAILABLE'), { data: { reason: 'UNAVAILABLE' } });
    const answered = () =>
      retryLostAnswer(
        async () => {
          calls++;
          throw refused;
        },
        [1, 1],
        noWait,
      );
    await expect(answered()).rejects.toBe(refused);
    expect(calls).toBe(1);
  });
});
