import { describe, expect, it } from 'vitest';
import { ProtocolError } from './errors';
import { WORDS } from './limits';
import {
  canonicalPassphrase,
  checkPassphrase,
  generatePassphrase,
  passphraseEntropyBits,
} from './passphrase';
import { WORDLIST } from './wordlist';

const KAT = 'abandon ability able zero zone zoo';

function protocolError(fn: () => unknown): ProtocolError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ProtocolError) return e;
    throw e;
  }
  throw new Error('expected a ProtocolError');
}

describe('wordlist', () => {
  it('is the 2048-word BIP39 English list', () => {
    expect(WORDLIST.length).toBe(2048);
    expect(WORDLIST[0]).toBe('abandon');
    expect(WORDLIST[2047]).toBe('zoo');
    expect(new Set(WORDLIST).size).toBe(2048);
    expect([...WORDLIST].sort()).toEqual(WORDLIST);
    for (const w of WORDLIST) expect(w).toMatch(/^[a-z]{3,8}$/);
    expect(Object.isFrozen(WORDLIST)).toBe(true);
  });

  it('has unique first four letters, so a 4-letter prefix names at most one word', () => {
    const prefixes = new Set(WORDLIST.map((w) => w.slice(0, 4)));
    expect(prefixes.size).toBe(2048);
  });
});

describe('generatePassphrase', () => {
  it('makes the requested number of list words, canonical', () => {
    for (let n = WORDS.min; n <= WORDS.max; n++) {
      const p = generatePassphrase(n);
      const words = p.split(' ');
      expect(words.length).toBe(n);
      for (const w of words) expect(WORDLIST).toContain(w);
      expect(canonicalPassphrase(p)).toBe(p);
    }
    expect(generatePassphrase().split(' ').length).toBe(WORDS.default);
  });

  it('differs between calls', () => {
    const seen = new Set(Array.from({ length: 20 }, () => generatePassphrase()));
    expect(seen.size).toBe(20);
  });

  it('refuses word counts outside 4..12', () => {
    for (const n of [0, 3, 13, 100, -1]) expect(() => generatePassphrase(n)).toThrow(RangeError);
    for (const n of [4.5, NaN, '6']) {
      expect(() => generatePassphrase(n as number)).toThrow(TypeError);
    }
  });

  it('reports entropy at 11 bits a word', () => {
    expect(passphraseEntropyBits(6)).toBe(66);
    expect(passphraseEntropyBits(12)).toBe(132);
    expect(() => passphraseEntropyBits(-1)).toThrow(RangeError);
  });
});

describe('checkPassphrase / canonicalPassphrase', () => {
  it('normalises case, separators and whitespace', () => {
    expect(canonicalPassphrase('  ABANDON-ability,able\tzero zone ZOO ')).toBe(KAT);
    expect(canonicalPassphrase('abandon\nability\r\nable 1 zero_zone.zoo')).toBe(KAT);
  });

  it('ignores accents, full-width forms (NFKD) and invisible format characters', () => {
    expect(canonicalPassphrase('Abándon abílity ablé zerö zone zoo')).toBe(KAT);
    expect(canonicalPassphrase('ａｂａｎｄｏｎ ability able zero zone zoo')).toBe(KAT);
    expect(canonicalPassphrase('aban\u00addon abil\u200bity able zero zone zoo')).toBe(KAT);
  });

  it('completes unambiguous prefixes of four letters or more', () => {
    expect(canonicalPassphrase('aban abil able zero zone zoo')).toBe(KAT);
    const r = checkPassphrase('aban abando ability');
    expect(r.words).toEqual([
      { input: 'aban', word: 'abandon', status: 'completed' },
      { input: 'abando', word: 'abandon', status: 'completed' },
      { input: 'ability', word: 'ability', status: 'ok' },
    ]);
  });

  it('completes every word from its first four letters', () => {
    for (const w of WORDLIST) {
      const { words } = checkPassphrase(w.slice(0, 4));
      expect(words[0]!.word).toBe(w);
    }
  });

  it('rejects three-letter prefixes as short, and says which word', () => {
    const r = checkPassphrase('aba ability able zero zone zoo');
    expect(r.canonical).toBeNull();
    expect(r.words[0]).toEqual({ input: 'aba', word: null, status: 'short' });
    const e = protocolError(() => canonicalPassphrase('aba ability able zero zone zoo'));
    expect(e.code).toBe('BAD_PASSPHRASE');
    expect(e.message).toMatch(/word 1 "aba".*too short/);
  });

  it('accepts three-letter words that are exact (zoo, act)', () => {
    expect(checkPassphrase('zoo act').words.map((w) => w.status)).toEqual(['ok', 'ok']);
  });

  it('reports unknown words and prefixes of none', () => {
    const r = checkPassphrase('abandon abilityx qqq zeroo zone zoo xy');
    expect(r.words.map((w) => w.status)).toEqual([
      'ok',
      'unknown',
      'unknown',
      'unknown',
      'ok',
      'ok',
      'unknown',
    ]);
    expect(r.canonical).toBeNull();
    const e = protocolError(() => canonicalPassphrase('abandon ability able zeroo zone zoo'));
    expect(e.message).toMatch(/word 4 "zeroo" is not a word/);
  });

  it('gives per-word feedback while typing', () => {
    const r = checkPassphrase('abandon abil ab');
    expect(r.words.map((w) => [w.status, w.word])).toEqual([
      ['ok', 'abandon'],
      ['completed', 'ability'],
      ['short', null],
    ]);
    expect(r.canonical).toBeNull(); // three words, and one unresolved
  });

  it('needs 4..12 words', () => {
    expect(checkPassphrase('zoo zoo zoo').canonical).toBeNull();
    expect(checkPassphrase('zoo zoo zoo zoo').canonical).toBe('zoo zoo zoo zoo');
    expect(checkPassphrase(Array(12).fill('zoo').join(' ')).canonical).not.toBeNull();
    expect(checkPassphrase(Array(13).fill('zoo').join(' ')).canonical).toBeNull();
    expect(protocolError(() => canonicalPassphrase('zoo zoo zoo')).message).toMatch(/3 words/);
    expect(protocolError(() => canonicalPassphrase(' - ')).message).toMatch(/empty/);
    expect(checkPassphrase('')).toEqual({ words: [], canonical: null });
  });

  it('names misuse', () => {
    expect(() => checkPassphrase(undefined as unknown as string)).toThrow(TypeError);
  });
});
