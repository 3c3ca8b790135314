// Steps of the recipient page's stories (web/recipient, the /s/<id> page), named for what a
// recipient does. They take a StoryPage (Playwright's Page in Chromium, the BiDi driver's in
// Firefox) and use only data-testid selectors and standard DOM, so they run in both engines;
// the test files read as the stories. watchPage is Playwright's (Firefox: firefox-watch.ts).
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { screenshot } from './chromium';
import type { KdfParams } from '../../../shared/kdf';
import { KDF } from '../../../shared/limits';
import type { StoryPage } from './story-page';

/** The KDF a real share uses (64 MiB), for stories where its cost matters. */
export const DEFAULT_KDF: KdfParams = { ...KDF.default };

/** A secret whose every character must come back: lines, indents, tabs, blanks, unicode. */
export const MULTILINE =
  'db password: hunter2\n  indented line\twith a tab\n\nunicode: ✓ 密码 🔑 — ĉu ne?\ntrailing spaces   \n';

/** Every state the page can be in, as the data-testid of its main element. */
export const PAGE_STATES = [
  'state-loading',
  'state-ready',
  'state-revealed',
  'state-unavailable',
  'state-incomplete',
  'state-load-error',
  'state-destroyed',
  'state-failed',
];

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

const any = (ids: string[]) => ids.map((s) => `[data-testid="${s}"]`).join(', ');

/** The state the page shows now ("none" before it has rendered one). */
export async function currentState(page: StoryPage): Promise<string> {
  return page.evaluate(
    (sel) => document.querySelector(sel)?.getAttribute('data-testid') ?? 'none',
    any(PAGE_STATES),
  );
}

/** Opens the link and waits until the page has said what it found; returns that state. */
export async function openLink(page: StoryPage, link: string): Promise<string> {
  await page.goto(link);
  return openLinkAndWait(page);
}

/** Waits until a page already opening a link (the extension's open window) has said what it found. */
export async function openLinkAndWait(page: StoryPage): Promise<string> {
  await page.waitForSelector(any(PAGE_STATES.filter((s) => s !== 'state-loading')));
  return currentState(page);
}

/**
 * Types the passphrase and waits, as a reader would, until the page has checked it: one chip a
 * word. The chips come from a worker a moment later and push the button down; a click before
 * they arrive can land where the button was.
 */
export async function typePassphrase(page: StoryPage, words: string): Promise<void> {
  await page.getByTestId('passphrase').fill(words);
  const count = words.split(/[^\p{L}]+/u).filter((w) => w.length > 0).length;
  await page.waitForFunction(
    (n) => document.querySelectorAll('[data-testid="word"]').length === n,
    count,
  );
}

/** Submits and waits for the outcome: 'problem' (the form says what went wrong) or a state. */
export async function revealSecret(page: StoryPage): Promise<string> {
  const hadProblem = (await page.getByTestId('problem').count()) > 0;
  await page.getByTestId('reveal').click();
  // A new try clears the last problem while it runs: wait for that, not for the old one.
  if (hadProblem) await page.getByTestId('problem').waitFor({ state: 'detached' });
  await page.waitForSelector(
    any(['state-revealed', 'problem', 'state-destroyed', 'state-unavailable', 'state-failed']),
  );
  return (await page.getByTestId('problem').count()) > 0 ? 'problem' : currentState(page);
}

/** The revealed secret, exactly as the page holds it. */
export async function readSecret(page: StoryPage): Promise<string> {
  return page.getByTestId('secret-value').inputValue();
}

/** What the page calls a generated secret ("Generated token"), or null for plain text. */
export async function secretKindLabel(page: StoryPage): Promise<string | null> {
  const kind = page.getByTestId('secret-kind');
  return (await kind.count()) ? kind.textContent() : null;
}

/** The whole recipient's path: open, type, reveal; the secret (throws unless revealed). */
export async function openAndReveal(page: StoryPage, link: string, passphrase: string) {
  const opened = await openLink(page, link);
  if (opened !== 'state-ready') throw new Error(`the page says ${opened}, not ready`);
  await typePassphrase(page, passphrase);
  const outcome = await revealSecret(page);
  if (outcome !== 'state-revealed') throw new Error(`the reveal ended in ${outcome}`);
  return { value: await readSecret(page), kindLabel: await secretKindLabel(page) };
}

/** The code of the problem the form shows (CHECK_MISMATCH, WRONG_PASSPHRASE, NETWORK…). */
export async function problemCode(page: StoryPage): Promise<string | null> {
  return page.getByTestId('problem').getAttribute('data-code');
}

/** The data-testid of the focused element. */
export async function focusedTestId(page: StoryPage): Promise<string | null> {
  return page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null);
}

/**
 * Presses Tab (Shift+Tab with `back`) until the element with `testid` has focus, as a keyboard
 * user moves through a page; fails if it is not reached within `max` presses.
 */
export async function tabTo(
  page: Page,
  testid: string,
  opts: { back?: boolean; max?: number } = {},
) {
  for (let i = 0; i < (opts.max ?? 25); i++) {
    if ((await focusedTestId(page)) === testid) return;
    await page.keyboard.press(opts.back ? 'Shift+Tab' : 'Tab');
  }
  expect(await focusedTestId(page), `Tab never reached ${testid}`).toBe(testid);
}

/**
 * Desktop and phone screenshots of what the page shows now (tests/artifacts/screenshots/
 * <name>[-dark]-desktop.png and -phone.png), in dark mode if asked; nothing may be wider than the
 * phone. Leaves the page at desktop size in light mode.
 */
export async function photograph(page: StoryPage, name: string, opts: { dark?: boolean } = {}) {
  const full = opts.dark ? `${name}-dark` : name;
  if (opts.dark) await page.emulateMedia({ colorScheme: 'dark' });
  await page.setViewportSize(DESKTOP);
  await screenshot(page, `${full}-desktop`);
  await page.setViewportSize(PHONE);
  await screenshot(page, `${full}-phone`);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `${full}: nothing wider than a phone`).toBeLessThanOrEqual(0);
  await page.setViewportSize(DESKTOP);
  if (opts.dark) await page.emulateMedia({ colorScheme: 'light' });
}

/**
 * Records what no story may cause on `page`: CSP violations (also as securitypolicyviolation
 * events, read with violations()), script errors, dialogs, requests leaving `origin`.
 */
export async function watchPage(page: Page, origin: string, problems: string[] = []) {
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const w = window as unknown as { __csp?: string[] };
      (w.__csp ??= []).push(`${e.effectiveDirective} ${e.blockedURI}`);
    });
  });
  page.on('console', (m) => {
    if (/Content.Security.Policy|Refused to/i.test(m.text())) problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('dialog', (d) => {
    problems.push(`dialog opened: ${d.message()}`);
    void d.dismiss();
  });
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.protocol !== 'data:' && u.origin !== origin) problems.push(`left origin: ${r.url()}`);
  });
  const violations = () =>
    page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
  return { problems, violations };
}
