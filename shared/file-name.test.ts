// Names a received file is saved under: hostile names from the envelope become harmless ones.
import { describe, expect, it } from 'vitest';
import { utf8Encode } from './encoding';
import { safeFileName, visibleFileName } from './file-name';

describe('safeFileName', () => {
  it.each([
    ['../../etc/passwd', '.._.._etc_passwd'],
    ['..\\..\\windows\\system32\\x.dll', '.._.._windows_system32_x.dll'],
    ['a\u202Etxt.exe', 'atxt.exe'],
    ['\u2066evil\u2069.sh', 'evil.sh'],
    ['CON', '_CON'],
    ['con.txt', '_con.txt'],
    ['LPT1.tar.gz', '_LPT1.tar.gz'],
    ['COM¹', '_COM¹'],
    ['console.log', 'console.log'],
    ['a\u0000b\nc\u007f', 'abc'],
    ['what?<>:"|*.txt', 'what_______.txt'],
    ['report.pdf. . ', 'report.pdf'],
    ['..', 'file'],
    ['', 'file'],
    ['   ', 'file'],
    ['.env', '.env'],
    ['résumé 🔑 final.pdf', 'résumé 🔑 final.pdf'],
    ['👩‍👩‍👧.png', '👩‍👩‍👧.png'],
  ])('%j → %j', (name, safe) => {
    expect(safeFileName(name)).toBe(safe);
  });

  it('cuts a 10,000-character name to 255 bytes and keeps its extension', () => {
    const safe = safeFileName(`${'é'.repeat(10_000)}.pem`);
    expect(utf8Encode(safe).length).toBeLessThanOrEqual(255);
    expect(safe.endsWith('é.pem')).toBe(true);
  });
});

describe('visibleFileName', () => {
  it('writes invisible characters out, keeps the rest (emoji joiners too)', () => {
    expect(visibleFileName('a\u202Etxt.exe')).toBe('a[U+202E]txt.exe');
    expect(visibleFileName('x\u200By\u0007')).toBe('x[U+200B]y[U+0007]');
    expect(visibleFileName('👩\u200D💻 notes ✓.txt')).toBe('👩\u200D💻 notes ✓.txt');
    expect(visibleFileName('../../etc/passwd')).toBe('../../etc/passwd');
  });
});
