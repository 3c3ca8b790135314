// The recipient page end to end: Debian's Chromium (playwright-core) against the real backend on
// PGlite, serving the built page (npm run build:page). Secrets are made here with shared/, the
// way the extension makes them, and checked afterwards through `secret.status`, the sender's view.
// These are the reveal stories (right, mistyped and wrong passphrases, generated secrets, the
// keyboard); recipient-page-safety.test.ts has what must never happen. The steps are
// tests/e2e/support/page-stories.ts. Screenshots of every state, desktop and phone, light and
// dark: tests/artifacts/screenshots/page-*.png.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sloppy, withTypo } from '../support/passphrases';
import { senderSees, shareSecret } from '../support/shares';
import { expectNoAxeViolations } from './support/axe';
import { screenshot } from './support/chromium';
import { useRecipientPage } from './support/page-fixture';
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

describe('recipient page in Chromium', () => {
  let page: Page;
  const fx = useRecipientPage({ onPage: (p) => (page = p) });
  const srv = fx.srv;

  it('reveals a multi-line unicode secret at the default KDF, exactly, and drops the fragment', async () => {
    const share = await shareSecret(srv.url, MULTILINE, { kdf: DEFAULT_KDF });
    expect(await openLink(page, share.link)).toBe('state-ready');
    await expect.poll(() => focusedTestId(page)).toBe('passphrase');
    await expect(page.getByTestId('views-left').textContent()).resolves.toContain('Once');
    await expect(page.getByTestId('attempts-left').textContent()).resolves.toContain(
      '1 wrong passphrase destroys it',
    );
    await photograph(page, 'page-ready');
    await expectNoAxeViolations(page, 'page-ready');
    await photograph(page, 'page-ready', { dark: true });

    // Per-word feedback while typing: a completed prefix, an unknown word, one still being typed.
    await page.keyboard.type('ABANDON abil, qqqq zo');
    await expect
      .poll(() =>
        page
          .getByTestId('word')
          .evaluateAll((els) => els.map((e) => e.getAttribute('data-status'))),
      )
      .toEqual(['ok', 'completed', 'unknown', 'short']);
    await expect(page.getByTestId('passphrase-summary').textContent()).resolves.toContain(
      'not in the word list',
    );
    await photograph(page, 'page-typing');
    await expectNoAxeViolations(page, 'page-typing');
    await photograph(page, 'page-typing', { dark: true });

    await typePassphrase(page, sloppy(share.passphrase));
    await expect
      .poll(() => page.getByTestId('passphrase-summary').textContent())
      .toContain('all recognised');
    expect(await revealSecret(page)).toBe('state-revealed');
    expect(await readSecret(page)).toBe(MULTILINE);
    expect(page.url()).toBe(share.link.split('#')[0]);
    expect(await page.evaluate(() => location.hash)).toBe('');
    await expect.poll(() => focusedTestId(page)).toBe('secret-value');
    await expect(page.getByTestId('gone-note').textContent()).resolves.toContain(
      'deleted from the server',
    );
    expect(await page.getByTestId('secret-kind').count()).toBe(0);
    await photograph(page, 'page-revealed');
    await expectNoAxeViolations(page, 'page-revealed');
    await photograph(page, 'page-revealed', { dark: true });

    await page.getByTestId('copy').click();
    await expect.poll(() => page.getByTestId('copy-status').textContent()).toContain('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(MULTILINE);
    await photograph(page, 'page-revealed-copied');
    await expectNoAxeViolations(page, 'page-revealed-copied');

    await page.getByTestId('toggle-visibility').click();
    expect(await page.getByTestId('secret-value').count()).toBe(0);
    await expect(page.getByTestId('toggle-visibility').textContent()).resolves.toBe('Show');
    await photograph(page, 'page-revealed-hidden');
    await expectNoAxeViolations(page, 'page-revealed-hidden');
    await page.getByTestId('toggle-visibility').click();
    expect(await readSecret(page)).toBe(MULTILINE);

    expect(await senderSees(srv.url, share)).toMatchObject({ state: 'viewed', viewsLeft: 0 });

    // The same tab reloaded (fragment gone) and the link opened again: both unavailable.
    await page.reload();
    await page.waitForSelector('[data-testid="state-unavailable"]');
    const again = await fx.newPage();
    try {
      expect(await openLink(again, share.link)).toBe('state-unavailable');
    } finally {
      await again.close();
    }
    expect(await openLink(page, share.link)).toBe('state-unavailable');
    await expect(page.getByTestId('message').textContent()).resolves.toContain('Ask the sender');
    await photograph(page, 'page-unavailable');
    await expectNoAxeViolations(page, 'page-unavailable');
    await photograph(page, 'page-unavailable', { dark: true });
  });

  it('catches a typo before the server: no attempt is spent', async () => {
    const share = await shareSecret(srv.url, 'one shot', { maxAttempts: 1 });
    await openLink(page, share.link);
    await typePassphrase(page, withTypo(share.passphrase));
    expect(await revealSecret(page)).toBe('problem');
    expect(await problemCode(page)).toBe('CHECK_MISMATCH');
    await expect(page.getByTestId('problem').textContent()).resolves.toContain('nothing was spent');
    await expect.poll(() => focusedTestId(page)).toBe('passphrase');
    await photograph(page, 'page-typo');
    await expectNoAxeViolations(page, 'page-typo');

    const seen = await senderSees(srv.url, share);
    expect(seen).toMatchObject({ state: 'pending', attemptsLeft: 1, viewsLeft: 1 });
    expect(seen.eventTypes).not.toContain('attempt_failed');

    await typePassphrase(page, share.passphrase);
    expect(await revealSecret(page)).toBe('state-revealed');
    expect(await readSecret(page)).toBe('one shot');
  });

  it('a wrong passphrase the server refuses counts, and at the limit destroys the secret', async () => {
    const share = await shareSecret(srv.url, 'never to be read', {
      maxAttempts: 2,
      serverRefuses: true,
    });
    await openLink(page, share.link);
    await expect(page.getByTestId('attempts-left').textContent()).resolves.toContain(
      '2 wrong passphrases',
    );
    await typePassphrase(page, share.passphrase);
    expect(await revealSecret(page)).toBe('problem');
    expect(await problemCode(page)).toBe('WRONG_PASSPHRASE');
    await expect(page.getByTestId('problem').textContent()).resolves.toContain('1 attempt is left');
    await expect(page.getByTestId('attempts-left').textContent()).resolves.toContain(
      '1 wrong passphrase',
    );
    expect(await senderSees(srv.url, share)).toMatchObject({ state: 'pending', attemptsLeft: 1 });
    await photograph(page, 'page-wrong-passphrase');
    await expectNoAxeViolations(page, 'page-wrong-passphrase');
    await photograph(page, 'page-wrong-passphrase', { dark: true });

    expect(await revealSecret(page)).toBe('state-destroyed');
    await expect(page.getByTestId('message').textContent()).resolves.toContain('destroyed');
    expect(await page.evaluate(() => location.hash)).toBe('');
    await photograph(page, 'page-destroyed');
    await expectNoAxeViolations(page, 'page-destroyed');
    const seen = await senderSees(srv.url, share);
    expect(seen).toMatchObject({ state: 'destroyed', attemptsLeft: 0 });
    expect(seen.eventTypes).toContain('destroyed');
  });

  it('shows progress while the secret is looked up, the key derived and the secret fetched', async () => {
    const share = await shareSecret(srv.url, 'worth the wait', { kdf: DEFAULT_KDF });
    let answer!: () => void;
    const peeked = new Promise<void>((r) => (answer = r));
    await page.route('**/trpc/secret.peek**', async (route) => {
      await peeked;
      await route.continue();
    });
    await page.goto(share.link);
    await page.getByTestId('state-loading').waitFor();
    await expectNoAxeViolations(page, 'page-loading');
    answer();
    await page.getByTestId('state-ready').waitFor();
    await typePassphrase(page, share.passphrase);
    // Hold the reveal request until the progress has been photographed.
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    await page.route('**/trpc/secret.reveal**', async (route) => {
      await held;
      await route.continue();
    });
    await page.getByTestId('reveal').click();
    await page.waitForSelector('[data-testid="progress"]');
    await screenshot(page, 'page-deriving-desktop'); // best effort: Argon2id lasts ~0.5 s
    await page.waitForSelector('[data-testid="progress"][data-step="reveal"]');
    expect(await page.getByTestId('passphrase').isDisabled()).toBe(true);
    await photograph(page, 'page-progress');
    await expectNoAxeViolations(page, 'page-progress');
    release();
    await page.waitForSelector('[data-testid="state-revealed"]');
    await page.unroute('**/trpc/secret.reveal**');
    expect(await readSecret(page)).toBe('worth the wait');
  });

  it('says what a generated secret is, and keeps long tokens inside a phone screen', async () => {
    const token = 'tok_' + 'A1b2C3d4'.repeat(24);
    const share = await shareSecret(srv.url, token, { kind: 'token', maxViews: 3 });
    await openLink(page, share.link);
    await expect(page.getByTestId('views-left').textContent()).resolves.toContain('3 more times');
    await typePassphrase(page, share.passphrase);
    expect(await revealSecret(page)).toBe('state-revealed');
    await expect(page.getByTestId('secret-kind').textContent()).resolves.toBe('Generated token');
    expect(await readSecret(page)).toBe(token);
    await expect(page.getByTestId('gone-note').textContent()).resolves.toContain('2 more times');
    await photograph(page, 'page-revealed-generated');
    await expectNoAxeViolations(page, 'page-revealed-generated');
    expect(await senderSees(srv.url, share)).toMatchObject({ state: 'pending', viewsLeft: 2 });
    // Views are left: a reload (fragment gone) asks for the whole link again, which still works.
    await page.reload();
    await page.waitForSelector('[data-testid="state-incomplete"]');
    expect(await openLink(page, share.link)).toBe('state-ready');
    await expect(page.getByTestId('views-left').textContent()).resolves.toContain('2 more times');

    const pin = await shareSecret(srv.url, '482915', { kind: 'pin' });
    await openLink(page, pin.link);
    await typePassphrase(page, pin.passphrase);
    expect(await revealSecret(page)).toBe('state-revealed');
    await expect(page.getByTestId('secret-kind').textContent()).resolves.toBe('Generated PIN');
  });

  it('works with the keyboard alone, in a focus order a screen reader follows', async () => {
    const share = await shareSecret(srv.url, 'typed, never clicked');
    await openLink(page, share.link);
    await expect.poll(() => focusedTestId(page)).toBe('passphrase');
    await page.keyboard.type(share.passphrase);
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="state-revealed"]');
    await expect.poll(() => focusedTestId(page)).toBe('secret-value');
    await page.keyboard.press('Tab');
    expect(await focusedTestId(page)).toBe('copy');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('copy-status').textContent()).toContain('Copied');
    await page.keyboard.press('Tab');
    expect(await focusedTestId(page)).toBe('toggle-visibility');
    await page.keyboard.press('Space');
    expect(await page.getByTestId('secret-value').count()).toBe(0);

    // Labels: the field and the secret are named for assistive technology.
    const unlabelled = await page.evaluate(() =>
      [...document.querySelectorAll('textarea, input, button')]
        .filter(
          (el) =>
            !(el as HTMLElement).innerText?.trim() &&
            !(el as HTMLInputElement).labels?.length &&
            !el.getAttribute('aria-label'),
        )
        .map((el) => el.outerHTML),
    );
    expect(unlabelled).toEqual([]);
  });
});
