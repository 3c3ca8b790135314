import { describe, expect, it } from 'vitest';
import { translator } from '../../shared/i18n/format';
import { common } from '../../shared/i18n/surfaces/common';
import { recipient } from '../../shared/i18n/surfaces/recipient';
import { checkPassphrase } from '../../shared/passphrase';
import { formatExpiry as expiry, relativeExpiry as relative } from '../ui/expiry';
import {
  attemptsText as attempts,
  kindLabel as kind,
  passphraseSummary,
  viewsLeftAfterReveal as after,
  viewsText as views,
} from './format';

const t = translator('en', recipient.en, recipient.en);
const tc = translator('en', common.en, common.en);
const kindLabel = (k: Parameters<typeof kind>[1]) => kind(t, k);
const viewsText = (n: number) => views(t, n);
const attemptsText = (n: number) => attempts(t, n);
const viewsLeftAfterReveal = (n: number) => after(t, n);
const relativeExpiry = (at: Date, now: Date, locale: string) => relative(tc, locale, at, now);
const formatExpiry = (iso: string, now: Date, locale = 'en') => expiry(tc, locale, iso, now);
const summary = (input: string) => {
  const { words, canonical } = checkPassphrase(input);
  return passphraseSummary(t, words, canonical);
};

describe('page wording', () => {
  it('names generated secrets and leaves typed text unlabelled', () => {
    expect(kindLabel('text')).toBeNull();
    expect(kindLabel('password')).toBe('Generated password');
    expect(kindLabel('passphrase')).toBe('Generated passphrase');
    expect(kindLabel('pin')).toBe('Generated PIN');
    expect(kindLabel('token')).toBe('Generated token');
    expect(kindLabel('uuid')).toBe('Generated UUID');
  });

  it('says when a secret expires, coarsely', () => {
    const now = new Date('2026-11-22T12:00:00Z');
    const at = (s: number) => new Date(now.getTime() + s * 1000);
    expect(relativeExpiry(at(30), now, 'en')).toBe('in less than a minute');
    expect(relativeExpiry(at(5 * 60 + 10), now, 'en')).toBe('in 5 minutes');
    expect(relativeExpiry(at(90 * 60), now, 'en')).toBe('in 90 minutes');
    expect(relativeExpiry(at(23 * 3600 + 59 * 60), now, 'en')).toBe('in 23 hours');
    expect(relativeExpiry(at(36 * 3600), now, 'en')).toBe('in 36 hours');
    expect(relativeExpiry(at(7 * 86400), now, 'en')).toBe('in 7 days');
    const text = formatExpiry('2026-11-23T12:00:00Z', now, 'en-GB');
    expect(text).toMatch(/23 Nov 2026/);
    expect(text).toMatch(/\(in 24 hours\)$/);
    expect(formatExpiry('not a date', now)).toBe('soon');
    // The reader's locale words it.
    expect(formatExpiry('2026-11-23T12:00:00Z', now, 'de')).toMatch(/23\.11\.2026|in 24 Stunden/);
  });

  it('says how often it can be read and what a wrong passphrase costs', () => {
    expect(viewsText(1)).toBe('Once, then it is deleted');
    expect(viewsText(3)).toBe('3 more times');
    expect(attemptsText(1)).toMatch(/^1 wrong passphrase destroys it;/);
    expect(attemptsText(3)).toMatch(/^3 wrong passphrases destroy it;/);
    expect(viewsLeftAfterReveal(0)).toContain('deleted from the server');
    expect(viewsLeftAfterReveal(1)).toContain('once more');
    expect(viewsLeftAfterReveal(4)).toContain('4 more times');
  });

  it('sums up a typed passphrase in one sentence', () => {
    expect(summary('')).toBe('');
    expect(summary('abandon')).toBe('1 word recognised; a passphrase has at least 4.');
    expect(summary('abandon ab')).toBe('2 words so far; keep typing.');
    expect(summary('abandon ab zoo')).toBe(
      'Word 2, “ab”, is too short: type at least four letters.',
    );
    expect(summary('abandon qqqq zoo')).toBe('Word 2, “qqqq”, is not in the word list.');
    expect(summary('ABANDON, abil\nable zero zone zoo')).toBe('6 words, all recognised.');
    expect(summary(Array(13).fill('zoo').join(' '))).toBe('13 words: a passphrase has at most 12.');
  });
});
