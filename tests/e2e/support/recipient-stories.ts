// The recipient page's stories that both engines tell, written once: recipient-page.test.ts
// (Chromium) and recipient-page.firefox.test.ts (Firefox) run them, each with its own tab and
// its own way of looking at a state (Chromium photographs and checks it with axe; Firefox
// photographs it). What only one engine can do stays in its file.
import { expect } from 'vitest';
import { sloppy, withTypo } from '../../support/passphrases';
import { senderSees, shareSecret } from '../../support/shares';
import {
  focusedTestId,
  openLink,
  problemCode,
  readSecret,
  revealSecret,
  typePassphrase,
  DEFAULT_KDF,
  MULTILINE,
} from './page-stories';
import type { StoryPage } from './story-page';

export interface RecipientStoryContext {
  /** This test's tab. */
  readonly page: StoryPage;
  /** Another tab, watched like the first. */
  newPage(): Promise<StoryPage>;
  /** The backend's origin. */
  readonly server: string;
  /** Screenshots of the state the page shows now, `name` without the engine's prefix. */
  look(page: StoryPage, name: string, opts?: { dark?: boolean }): Promise<void>;
}

const wordStatuses = (page: StoryPage) =>
  page.evaluate(() =>
    [...document.querySelectorAll('[data-testid="word"]')].map((e) =>
      e.getAttribute('data-status'),
    ),
  );

/**
 * A multi-line unicode secret at the default KDF: per-word feedback while typing, revealed
 * exactly, the fragment dropped; then gone for a reload and for another tab. `revealed` runs
 * on the revealed secret, for what one engine checks alone. Returns the share.
 */
export async function revealsExactly(
  ctx: RecipientStoryContext,
  revealed: (page: StoryPage) => Promise<void> = async () => {},
): Promise<{ link: string }> {
  const { page } = ctx;
  const share = await shareSecret(ctx.server, MULTILINE, { kdf: DEFAULT_KDF });
  expect(await openLink(page, share.link)).toBe('state-ready');
  await expect.poll(() => focusedTestId(page)).toBe('passphrase');
  await expect(page.getByTestId('views-left').textContent()).resolves.toContain('Once');
  await expect(page.getByTestId('attempts-left').textContent()).resolves.toContain(
    '1 wrong passphrase destroys it',
  );
  await ctx.look(page, 'ready', { dark: true });

  // Real keystrokes: a completed prefix, an unknown word, one still being typed.
  await page.keyboard.type('ABANDON abil, qqqq zo');
  await expect.poll(() => wordStatuses(page)).toEqual(['ok', 'completed', 'unknown', 'short']);
  await expect(page.getByTestId('passphrase-summary').textContent()).resolves.toContain(
    'not in the word list',
  );
  await ctx.look(page, 'typing', { dark: true });

  await typePassphrase(page, sloppy(share.passphrase));
  await expect
    .poll(() => page.getByTestId('passphrase-summary').textContent())
    .toContain('all recognised');
  expect(await revealSecret(page)).toBe('state-revealed');
  expect(await readSecret(page)).toBe(MULTILINE);
  expect(await page.url()).toBe(share.link.split('#')[0]);
  expect(await page.evaluate(() => location.hash)).toBe('');
  await expect.poll(() => focusedTestId(page)).toBe('secret-value');
  await expect(page.getByTestId('gone-note').textContent()).resolves.toContain(
    'deleted from the server',
  );
  expect(await page.getByTestId('secret-kind').count()).toBe(0);
  await ctx.look(page, 'revealed', { dark: true });
  await revealed(page);
  expect(await senderSees(ctx.server, share)).toMatchObject({ state: 'viewed', viewsLeft: 0 });

  // The same tab reloaded (fragment gone) and the link opened in another tab: both gone.
  await page.reload();
  await page.waitForSelector('[data-testid="state-unavailable"]');
  const again = await ctx.newPage();
  expect(await openLink(again, share.link)).toBe('state-unavailable');
  await expect(again.getByTestId('message').textContent()).resolves.toContain('Ask the sender');
  await ctx.look(again, 'unavailable', { dark: true });
  return share;
}

/** A typo is caught before the server: no attempt is spent, and the right words then reveal. */
export async function typoSpendsNothing(ctx: RecipientStoryContext): Promise<void> {
  const { page } = ctx;
  const share = await shareSecret(ctx.server, 'one shot', { maxAttempts: 1 });
  await openLink(page, share.link);
  await typePassphrase(page, withTypo(share.passphrase));
  expect(await revealSecret(page)).toBe('problem');
  expect(await problemCode(page)).toBe('CHECK_MISMATCH');
  await expect(page.getByTestId('problem').textContent()).resolves.toContain('nothing was spent');
  await expect.poll(() => focusedTestId(page)).toBe('passphrase');
  await ctx.look(page, 'typo');

  const seen = await senderSees(ctx.server, share);
  expect(seen).toMatchObject({ state: 'pending', attemptsLeft: 1, viewsLeft: 1 });
  expect(seen.eventTypes).not.toContain('attempt_failed');

  await typePassphrase(page, share.passphrase);
  expect(await revealSecret(page)).toBe('state-revealed');
  expect(await readSecret(page)).toBe('one shot');
}

/** A wrong passphrase the server refuses counts, and at the limit destroys the secret. */
export async function wrongPassphraseDestroys(ctx: RecipientStoryContext): Promise<void> {
  const { page } = ctx;
  const share = await shareSecret(ctx.server, 'never to be read', {
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
  expect(await senderSees(ctx.server, share)).toMatchObject({ state: 'pending', attemptsLeft: 1 });
  await ctx.look(page, 'wrong-passphrase', { dark: true });

  expect(await revealSecret(page)).toBe('state-destroyed');
  await expect(page.getByTestId('message').textContent()).resolves.toContain('destroyed');
  expect(await page.evaluate(() => location.hash)).toBe('');
  await ctx.look(page, 'destroyed');
  const seen = await senderSees(ctx.server, share);
  expect(seen).toMatchObject({ state: 'destroyed', attemptsLeft: 0 });
  expect(seen.eventTypes).toContain('destroyed');
}

/**
 * The stories for one engine's fixture (page-fixture.ts, firefox-page-fixture.ts): its tab, made
 * afresh for each test, and its way of looking at a state.
 */
export function recipientStories(
  fx: { readonly page: StoryPage; newPage(): Promise<StoryPage>; srv: { url: string } },
  look: RecipientStoryContext['look'],
) {
  const ctx: RecipientStoryContext = {
    get page() {
      return fx.page;
    },
    newPage: () => fx.newPage(),
    get server() {
      return fx.srv.url;
    },
    look,
  };
  return {
    revealsExactly: (revealed?: (page: StoryPage) => Promise<void>) =>
      revealsExactly(ctx, revealed),
    typoSpendsNothing: () => typoSpendsNothing(ctx),
    wrongPassphraseDestroys: () => wrongPassphraseDestroys(ctx),
  };
}
