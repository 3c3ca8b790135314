// The recipient page in Debian's Firefox ESR (over WebDriver BiDi) against the real backend on
// PGlite: the same steps as the Chromium stories (page-stories.ts), so both engines see every
// state: reveal (Argon2id's WASM in a module worker under the page's CSP), a typo that spends
// nothing, unavailable after the view, a wrong passphrase until destroyed, and the security
// headers with a whole reveal under them. Screenshots: tests/artifacts/screenshots/ff-page-*.png.
import { describe, expect, it } from 'vitest';
import { EXPECTED_PAGE_HEADERS } from '../support/page-headers';
import { sloppy, withTypo } from '../support/passphrases';
import { senderSees, shareSecret } from '../support/shares';
import { useFirefoxRecipientPage } from './support/firefox-page-fixture';
import {
  focusedTestId,
  openLink,
  photograph,
  problemCode,
  readSecret,
  revealSecret,
  typePassphrase,
  DEFAULT_KDF,
  MULTILINE,
} from './support/page-stories';

describe('recipient page in Firefox', () => {
  const fx = useFirefoxRecipientPage();
  const srv = fx.srv;

  it('reveals a multi-line unicode secret at the default KDF, exactly, and drops the fragment', async () => {
    const { page } = fx;
    const share = await shareSecret(srv.url, MULTILINE, { kdf: DEFAULT_KDF });
    expect(await openLink(page, share.link)).toBe('state-ready');
    await expect.poll(() => focusedTestId(page)).toBe('passphrase');
    await photograph(page, 'ff-page-ready');
    await photograph(page, 'ff-page-ready', { dark: true });

    // Real keystrokes: the per-word feedback as the words are typed.
    await page.keyboard.type('ABANDON abil, qqqq zo');
    await expect
      .poll(() =>
        page.evaluate(() =>
          [...document.querySelectorAll('[data-testid="word"]')].map((e) =>
            e.getAttribute('data-status'),
          ),
        ),
      )
      .toEqual(['ok', 'completed', 'unknown', 'short']);
    await photograph(page, 'ff-page-typing');

    await typePassphrase(page, sloppy(share.passphrase));
    expect(await revealSecret(page)).toBe('state-revealed');
    expect(await readSecret(page)).toBe(MULTILINE);
    expect(await page.url()).toBe(share.link.split('#')[0]);
    await expect.poll(() => focusedTestId(page)).toBe('secret-value');
    await photograph(page, 'ff-page-revealed');
    await photograph(page, 'ff-page-revealed', { dark: true });
    expect(await senderSees(srv.url, share)).toMatchObject({ state: 'viewed', viewsLeft: 0 });

    // Reloaded (fragment gone) and opened again in another tab: both say it is gone.
    await page.reload();
    await page.waitForSelector('[data-testid="state-unavailable"]');
    const again = await fx.newPage();
    expect(await openLink(again, share.link)).toBe('state-unavailable');
    await expect(again.getByTestId('message').textContent()).resolves.toContain('Ask the sender');
    await photograph(again, 'ff-page-unavailable');
  });

  it('catches a typo before the server: no attempt is spent', async () => {
    const { page } = fx;
    const share = await shareSecret(srv.url, 'one shot', { maxAttempts: 1 });
    await openLink(page, share.link);
    await typePassphrase(page, withTypo(share.passphrase));
    expect(await revealSecret(page)).toBe('problem');
    expect(await problemCode(page)).toBe('CHECK_MISMATCH');
    await expect(page.getByTestId('problem').textContent()).resolves.toContain('nothing was spent');
    await photograph(page, 'ff-page-typo');
    const seen = await senderSees(srv.url, share);
    expect(seen).toMatchObject({ state: 'pending', attemptsLeft: 1, viewsLeft: 1 });
    expect(seen.eventTypes).not.toContain('attempt_failed');

    await typePassphrase(page, share.passphrase);
    expect(await revealSecret(page)).toBe('state-revealed');
    expect(await readSecret(page)).toBe('one shot');
  });

  it('a wrong passphrase the server refuses counts, and at the limit destroys the secret', async () => {
    const { page } = fx;
    const share = await shareSecret(srv.url, 'never to be read', {
      maxAttempts: 2,
      serverRefuses: true,
    });
    await openLink(page, share.link);
    await typePassphrase(page, share.passphrase);
    expect(await revealSecret(page)).toBe('problem');
    expect(await problemCode(page)).toBe('WRONG_PASSPHRASE');
    await photograph(page, 'ff-page-wrong-passphrase');
    expect(await revealSecret(page)).toBe('state-destroyed');
    await photograph(page, 'ff-page-destroyed');
    expect(await senderSees(srv.url, share)).toMatchObject({ state: 'destroyed', attemptsLeft: 0 });
  });

  it('answers with the security headers, and a whole reveal runs under them without a violation', async () => {
    const { page } = fx;
    const share = await shareSecret(srv.url, 'headers', { kdf: DEFAULT_KDF });
    const res = await fetch(share.link.split('#')[0]!);
    expect(Object.fromEntries(res.headers)).toMatchObject(EXPECTED_PAGE_HEADERS);
    await res.arrayBuffer();
    // The fixture fails the test on any CSP report, script error, dialog or request to
    // another origin seen in Firefox during it.
    await openLink(page, share.link);
    await typePassphrase(page, share.passphrase);
    expect(await revealSecret(page)).toBe('state-revealed');
    expect(await readSecret(page)).toBe('headers');
    const incomplete = await fx.newPage();
    expect(await openLink(incomplete, share.link.split('#')[0]!)).toBe('state-incomplete');
    await photograph(incomplete, 'ff-page-incomplete');
  });
});
