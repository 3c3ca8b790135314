// The recipient page end to end: Debian's Chromium (playwright-core) against the real backend on
// PGlite, serving the built page (npm run build:page). Secrets are made here with shared/, the
// way the extension makes them, and checked afterwards through `secret.status`, the sender's view.
// These are the reveal stories (right, mistyped and wrong passphrases, generated secrets, the
// keyboard); recipient-page-safety.test.ts has what must never happen. The steps are
// tests/e2e/support/page-stories.ts; the stories Firefox tells too are written once in
// support/recipient-stories.ts. Screenshots of every state, desktop and phone, light and
// dark: tests/artifacts/screenshots/page-*.png.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { senderSees, shareSecret } from '../support/shares';
import { expectNoAxeViolations } from './support/axe';
import { screenshot } from './support/chromium';
import { useRecipientPage } from './support/page-fixture';
import {
  focusedTestId,
  openLink,
  photograph,
  readSecret,
  revealSecret,
  typePassphrase,
  DEFAULT_KDF,
  MULTILINE,
} from './support/page-stories';
import { recipientStories } from './support/recipient-stories';

describe('recipient page in Chromium', () => {
  let page: Page;
  const fx = useRecipientPage({ onPage: (p) => (page = p) });
  const srv = fx.srv;
  const stories = recipientStories(fx, async (p, name, opts) => {
    await photograph(p, `page-${name}`);
    await expectNoAxeViolations(p as Page, `page-${name}`);
    if (opts?.dark) await photograph(p, `page-${name}`, { dark: true });
  });

  it('reveals a multi-line unicode secret at the default KDF, exactly, and drops the fragment', async () => {
    const share = await stories.revealsExactly(async () => {
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
    });
    // The link again in the tab that revealed it (a new fragment: the page starts over).
    expect(await openLink(page, share.link)).toBe('state-unavailable');
    await expect(page.getByTestId('message').textContent()).resolves.toContain('Ask the sender');
  });

  it('catches a typo before the server: no attempt is spent', () => stories.typoSpendsNothing());

  it('a wrong passphrase the server refuses counts, and at the limit destroys the secret', () =>
    stories.wrongPassphraseDestroys());

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
