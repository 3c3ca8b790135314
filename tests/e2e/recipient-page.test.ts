// The recipient page end to end: Debian's Chromium (playwright-core) against the real backend on
// PGlite, serving the built page (npm run build:page). Secrets are made here with shared/, the
// way the extension makes them, and checked afterwards through `secret.status`, the sender's view.
// Screenshots of every state, desktop and phone, light and dark: tests/artifacts/screenshots/page-*.png.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PAGE_CSP } from '../../backend/http/page-routes';
import { b64uEncode, randomBytes } from '../../shared/encoding';
import type { SecretKind } from '../../shared/envelope';
import type { KdfParams } from '../../shared/kdf';
import { KDF } from '../../shared/limits';
import { createShare, type CreatedShare } from '../../shared/protocol';
import { testDatabases } from '../support/databases';
import { startServer, type TestServer } from '../support/server';
import {
  assertChromium,
  assertPageBuilt,
  launchChromium,
  screenshot,
  type Browser,
} from './support/chromium';

/** The cheapest parameters a client accepts: most stories need a secret, not Argon2id's cost. */
const FAST_KDF: KdfParams = { alg: 'argon2id', ...KDF.min };
const DEFAULT_KDF: KdfParams = { ...KDF.default };

const MULTILINE =
  'db password: hunter2\n  indented line\twith a tab\n\nunicode: ✓ 密码 🔑 — ĉu ne?\ntrailing spaces   \n';

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

const STATES = [
  'state-loading',
  'state-ready',
  'state-revealed',
  'state-unavailable',
  'state-incomplete',
  'state-load-error',
  'state-destroyed',
  'state-failed',
];

describe('recipient page in Chromium', () => {
  let env: Awaited<ReturnType<(typeof testDatabases)[number]['create']>>;
  let srv: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  /** Problems any story may cause: CSP violations, script errors, requests leaving the origin. */
  const problems: string[] = [];

  beforeAll(async () => {
    assertChromium();
    assertPageBuilt();
    env = await testDatabases.find((d) => d.name === 'pglite')!.create();
    srv = await startServer(env.handle);
    browser = await launchChromium();
    context = browser.context;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: srv.url });
    context.on('request', (req) => {
      const url = new URL(req.url());
      if (url.protocol !== 'data:' && url.origin !== srv.url) {
        problems.push(`request left the origin: ${req.url()}`);
      }
    });
  });
  afterAll(async () => {
    await browser?.close();
    await srv?.close();
    await env?.drop();
  });

  beforeEach(async () => {
    page = await context.newPage();
    await page.setViewportSize(DESKTOP);
    await page.emulateMedia({ colorScheme: 'light' });
    page.on('console', (msg) => {
      if (/Content.Security.Policy|Refused to/i.test(msg.text())) problems.push(msg.text());
    });
    page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
    page.on('dialog', (d) => {
      problems.push(`dialog opened: ${d.message()}`);
      void d.dismiss();
    });
  });
  afterEach(async () => {
    await page.close();
    expect(problems).toEqual([]);
  });

  // ── helpers: what a sender and a recipient do ──────────────────────────────

  async function shareSecret(
    value: string,
    opts: {
      kind?: SecretKind;
      kdf?: KdfParams;
      maxViews?: number;
      maxAttempts?: number;
      /** Store a verifier no passphrase matches: the right words pass the link's check, and
       * the server still refuses them, as for the 1 in 65536 wrong passphrase that passes. */
      serverRefuses?: boolean;
    } = {},
  ): Promise<CreatedShare> {
    const share = await createShare({
      value,
      kind: opts.kind ?? 'text',
      kdf: opts.kdf ?? FAST_KDF,
      expiresIn: 3600,
      maxViews: opts.maxViews ?? 1,
      maxAttempts: opts.maxAttempts ?? 1,
      publicUrl: srv.url,
    });
    const request = opts.serverRefuses
      ? { ...share.request, verifier: b64uEncode(randomBytes(32)) }
      : share.request;
    await srv.client.secret.create.mutate(request);
    return share;
  }

  async function senderSees(share: CreatedShare) {
    const { secrets } = await srv.client.secret.status.mutate({
      manageTokens: [share.manageToken],
    });
    const s = secrets[0]!;
    if (s.state === 'unknown') throw new Error('the secret is unknown to the server');
    return { ...s, eventTypes: s.events.map((e) => e.type) };
  }

  async function currentState(p: Page = page): Promise<string> {
    const el = p.locator(STATES.map((s) => `[data-testid="${s}"]`).join(', '));
    return (await el.first().getAttribute('data-testid')) ?? 'none';
  }

  /** Opens the link and waits until the page has said what it found. */
  async function openLink(link: string, p: Page = page): Promise<string> {
    await p.goto(link);
    await p.waitForSelector(
      STATES.filter((s) => s !== 'state-loading')
        .map((s) => `[data-testid="${s}"]`)
        .join(', '),
    );
    return currentState(p);
  }

  async function typePassphrase(words: string, p: Page = page) {
    await p.getByTestId('passphrase').fill(words);
  }

  /** Submits and waits for the outcome: revealed, a problem, or a final state. */
  async function reveal(p: Page = page): Promise<string> {
    const hadProblem = (await p.getByTestId('problem').count()) > 0;
    await p.getByTestId('reveal').click();
    // A new try clears the last problem while it runs: wait for that, not for the old one.
    if (hadProblem) await p.getByTestId('problem').waitFor({ state: 'detached' });
    await p.waitForSelector(
      '[data-testid="state-revealed"], [data-testid="problem"], [data-testid="state-destroyed"], [data-testid="state-unavailable"], [data-testid="state-failed"]',
    );
    return (await p.getByTestId('problem').count()) > 0 ? 'problem' : currentState(p);
  }

  async function readSecret(p: Page = page): Promise<string> {
    return p.getByTestId('secret-value').inputValue();
  }

  async function problemCode(p: Page = page) {
    return p.getByTestId('problem').getAttribute('data-code');
  }

  async function focused(p: Page = page): Promise<string | null> {
    return p.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null);
  }

  /** Desktop and phone screenshots of what the page shows now (optionally in dark mode). */
  async function shoot(name: string, opts: { dark?: boolean } = {}) {
    const suffix = opts.dark ? '-dark' : '';
    if (opts.dark) await page.emulateMedia({ colorScheme: 'dark' });
    await screenshot(page, `page-${name}${suffix}-desktop`);
    await page.setViewportSize(PHONE);
    await screenshot(page, `page-${name}${suffix}-phone`);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `${name}: nothing wider than a phone`).toBeLessThanOrEqual(0);
    await page.setViewportSize(DESKTOP);
    if (opts.dark) await page.emulateMedia({ colorScheme: 'light' });
  }

  /** The passphrase as people type it: capitals, commas, line breaks, first four letters. */
  function sloppy(passphrase: string): string {
    return passphrase
      .split(' ')
      .map((w, i) => (i % 3 === 0 ? w.toUpperCase() : i % 3 === 1 ? w.slice(0, 4) : w))
      .join(',\n ');
  }

  /** Another list word in place of the last one: a typo the link's check catches. */
  function withTypo(passphrase: string): string {
    const words = passphrase.split(' ');
    words[words.length - 1] = words[words.length - 1] === 'zoo' ? 'zone' : 'zoo';
    return words.join(' ');
  }

  // ── stories ───────────────────────────────────────────────────────────────

  it('reveals a multi-line unicode secret at the default KDF, exactly, and drops the fragment', async () => {
    const share = await shareSecret(MULTILINE, { kdf: DEFAULT_KDF });
    expect(await openLink(share.link)).toBe('state-ready');
    await expect.poll(() => focused()).toBe('passphrase');
    await expect(page.getByTestId('views-left').textContent()).resolves.toContain('Once');
    await expect(page.getByTestId('attempts-left').textContent()).resolves.toContain(
      '1 wrong passphrase destroys it',
    );
    await shoot('ready');
    await shoot('ready', { dark: true });

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
    await shoot('typing');
    await shoot('typing', { dark: true });

    await typePassphrase(sloppy(share.passphrase));
    await expect
      .poll(() => page.getByTestId('passphrase-summary').textContent())
      .toContain('all recognised');
    expect(await reveal()).toBe('state-revealed');
    expect(await readSecret()).toBe(MULTILINE);
    expect(page.url()).toBe(share.link.split('#')[0]);
    expect(await page.evaluate(() => location.hash)).toBe('');
    await expect.poll(() => focused()).toBe('secret-value');
    await expect(page.getByTestId('gone-note').textContent()).resolves.toContain(
      'deleted from the server',
    );
    expect(await page.getByTestId('secret-kind').count()).toBe(0);
    await shoot('revealed');
    await shoot('revealed', { dark: true });

    await page.getByTestId('copy').click();
    await expect.poll(() => page.getByTestId('copy-status').textContent()).toContain('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(MULTILINE);
    await shoot('revealed-copied');

    await page.getByTestId('toggle-visibility').click();
    expect(await page.getByTestId('secret-value').count()).toBe(0);
    await expect(page.getByTestId('toggle-visibility').textContent()).resolves.toBe('Show');
    await shoot('revealed-hidden');
    await page.getByTestId('toggle-visibility').click();
    expect(await readSecret()).toBe(MULTILINE);

    expect(await senderSees(share)).toMatchObject({ state: 'viewed', viewsLeft: 0 });

    // The same tab reloaded (fragment gone) and the link opened again: both unavailable.
    await page.reload();
    await page.waitForSelector('[data-testid="state-unavailable"]');
    const again = await context.newPage();
    try {
      expect(await openLink(share.link, again)).toBe('state-unavailable');
    } finally {
      await again.close();
    }
    expect(await openLink(share.link)).toBe('state-unavailable');
    await expect(page.getByTestId('message').textContent()).resolves.toContain('Ask the sender');
    await shoot('unavailable');
    await shoot('unavailable', { dark: true });
  });

  it('catches a typo before the server: no attempt is spent', async () => {
    const share = await shareSecret('one shot', { maxAttempts: 1 });
    await openLink(share.link);
    await typePassphrase(withTypo(share.passphrase));
    expect(await reveal()).toBe('problem');
    expect(await problemCode()).toBe('CHECK_MISMATCH');
    await expect(page.getByTestId('problem').textContent()).resolves.toContain('nothing was spent');
    await expect.poll(() => focused()).toBe('passphrase');
    await shoot('typo');

    const seen = await senderSees(share);
    expect(seen).toMatchObject({ state: 'pending', attemptsLeft: 1, viewsLeft: 1 });
    expect(seen.eventTypes).not.toContain('attempt_failed');

    await typePassphrase(share.passphrase);
    expect(await reveal()).toBe('state-revealed');
    expect(await readSecret()).toBe('one shot');
  });

  it('a wrong passphrase the server refuses counts, and at the limit destroys the secret', async () => {
    const share = await shareSecret('never to be read', { maxAttempts: 2, serverRefuses: true });
    await openLink(share.link);
    await expect(page.getByTestId('attempts-left').textContent()).resolves.toContain(
      '2 wrong passphrases',
    );
    await typePassphrase(share.passphrase);
    expect(await reveal()).toBe('problem');
    expect(await problemCode()).toBe('WRONG_PASSPHRASE');
    await expect(page.getByTestId('problem').textContent()).resolves.toContain('1 attempt is left');
    await expect(page.getByTestId('attempts-left').textContent()).resolves.toContain(
      '1 wrong passphrase',
    );
    expect(await senderSees(share)).toMatchObject({ state: 'pending', attemptsLeft: 1 });
    await shoot('wrong-passphrase');
    await shoot('wrong-passphrase', { dark: true });

    expect(await reveal()).toBe('state-destroyed');
    await expect(page.getByTestId('message').textContent()).resolves.toContain('destroyed');
    expect(await page.evaluate(() => location.hash)).toBe('');
    await shoot('destroyed');
    const seen = await senderSees(share);
    expect(seen).toMatchObject({ state: 'destroyed', attemptsLeft: 0 });
    expect(seen.eventTypes).toContain('destroyed');
  });

  it('20 plain GETs of the page, and reloads in the browser, spend nothing', async () => {
    const share = await shareSecret('still here', { maxAttempts: 3 });
    const pageUrl = share.link.split('#')[0]!;
    for (let i = 0; i < 20; i++) {
      const res = await fetch(i % 2 ? share.link : pageUrl, { method: i % 5 ? 'GET' : 'HEAD' });
      expect(res.status).toBe(200);
      await res.arrayBuffer();
    }
    const afterGets = await senderSees(share);
    expect(afterGets).toMatchObject({ state: 'pending', viewsLeft: 1, attemptsLeft: 3 });
    expect(afterGets.eventTypes).toEqual(['created']);

    // A browser runs the page, which peeks: recorded as "opened", nothing spent.
    await openLink(share.link);
    await page.reload();
    await page.waitForSelector('[data-testid="state-ready"]');
    const afterPeeks = await senderSees(share);
    expect(afterPeeks).toMatchObject({ state: 'pending', viewsLeft: 1, attemptsLeft: 3 });
    expect(afterPeeks.eventTypes.filter((t) => t === 'opened')).toHaveLength(2);

    await typePassphrase(share.passphrase);
    expect(await reveal()).toBe('state-revealed');
    expect(await readSecret()).toBe('still here');
  });

  it('shows a secret full of markup as text and runs none of it', async () => {
    const evil =
      '<script>window.__pwned = 1</script>\n<img src=x onerror="window.__pwned = 2">\n<b>not bold</b> &amp; <a href="javascript:alert(1)">x</a>';
    const share = await shareSecret(evil);
    await openLink(share.link);
    await typePassphrase(share.passphrase);
    expect(await reveal()).toBe('state-revealed');
    expect(await readSecret()).toBe(evil);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('img, b, a[href^="javascript"], main script').count()).toBe(0);
    await shoot('revealed-markup');
  });

  it('answers with the security headers, no inline script and no third-party resource', async () => {
    const share = await shareSecret('headers');
    const res = await fetch(share.link.split('#')[0]!);
    expect(res.status).toBe(200);
    const h = Object.fromEntries(res.headers);
    expect(h).toMatchObject({
      'content-security-policy': PAGE_CSP,
      'cache-control': 'no-store',
      'referrer-policy': 'no-referrer',
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'x-robots-tag': 'noindex, nofollow',
      'cross-origin-opener-policy': 'same-origin',
    });
    expect(h['content-security-policy']).toMatch(/script-src 'self' 'wasm-unsafe-eval';/);
    expect(h['content-security-policy']).toContain("frame-ancestors 'none'");
    const html = await res.text();
    expect(html).toContain('<meta name="robots" content="noindex');
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attrs, body] of scripts) {
      expect(attrs).toMatch(/\bsrc="\/assets\//);
      expect(body!.trim()).toBe('');
    }
    expect(html).not.toMatch(/\sstyle=|<style|\son[a-z]+=/i);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);

    // The hashed assets: cached for good, typed, same policy (the worker takes its own CSP).
    const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]!);
    expect(assets.length).toBeGreaterThanOrEqual(2);
    for (const path of assets) {
      const a = await fetch(`${srv.url}${path}`);
      expect(a.status, path).toBe(200);
      expect(a.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(a.headers.get('content-security-policy')).toBe(PAGE_CSP);
      expect(a.headers.get('content-type')).toMatch(/^text\/(javascript|css)/);
    }

    // In the browser: a whole reveal under the policy, with no violation (checked after each
    // story) and every request to this origin only.
    await openLink(share.link);
    await typePassphrase(share.passphrase);
    expect(await reveal()).toBe('state-revealed');
  });

  it('says a link is incomplete before anything is asked of the server', async () => {
    const share = await shareSecret('waiting for the whole link');
    const [base, fragment] = share.link.split('#') as [string, string];
    for (const broken of [
      base,
      `${base}#`,
      `${base}#${fragment.slice(0, 20)}`,
      `${base}#${fragment}xx`,
    ]) {
      expect(await openLink(broken), broken).toBe('state-incomplete');
    }
    await expect(page.getByTestId('message').textContent()).resolves.toContain('part after #');
    await shoot('incomplete');
    const damagedId = `${srv.url}/s/not-an-id#${fragment}`;
    expect(await openLink(damagedId)).toBe('state-incomplete');

    const seen = await senderSees(share);
    expect(seen).toMatchObject({ state: 'pending', viewsLeft: 1, attemptsLeft: 1 });
    expect(seen.eventTypes).toEqual(['created']);
    expect(await openLink(share.link)).toBe('state-ready');
  });

  it('offers a retry after a network failure, and nothing is spent', async () => {
    const share = await shareSecret('after the storm', { maxAttempts: 1 });

    // Peek fails: the page says so and offers to try again.
    await page.route('**/trpc/secret.peek**', (route) => route.abort('internetdisconnected'));
    expect(await openLink(share.link)).toBe('state-load-error');
    await expect(page.getByTestId('message').textContent()).resolves.toContain('nothing was spent');
    await shoot('load-error');
    await page.unroute('**/trpc/secret.peek**');
    await page.getByTestId('retry').click();
    await page.waitForSelector('[data-testid="state-ready"]');

    // Reveal fails on the way: the passphrase stays, the form offers to try again.
    await page.route('**/trpc/secret.reveal**', (route) => route.abort('internetdisconnected'));
    await typePassphrase(share.passphrase);
    expect(await reveal()).toBe('problem');
    expect(await problemCode()).toBe('NETWORK');
    expect(await page.getByTestId('retry').count()).toBe(1);
    await shoot('network-error');
    expect(await senderSees(share)).toMatchObject({
      state: 'pending',
      attemptsLeft: 1,
      viewsLeft: 1,
    });

    await page.unroute('**/trpc/secret.reveal**');
    await page.getByTestId('retry').click();
    await page.waitForSelector('[data-testid="state-revealed"]');
    expect(await readSecret()).toBe('after the storm');
  });

  it('shows progress while the key is derived and the secret fetched', async () => {
    const share = await shareSecret('worth the wait', { kdf: DEFAULT_KDF });
    await openLink(share.link);
    await typePassphrase(share.passphrase);
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
    await shoot('progress');
    release();
    await page.waitForSelector('[data-testid="state-revealed"]');
    await page.unroute('**/trpc/secret.reveal**');
    expect(await readSecret()).toBe('worth the wait');
  });

  it('says what a generated secret is, and keeps long tokens inside a phone screen', async () => {
    const token = 'tok_' + 'A1b2C3d4'.repeat(24);
    const share = await shareSecret(token, { kind: 'token', maxViews: 3 });
    await openLink(share.link);
    await expect(page.getByTestId('views-left').textContent()).resolves.toContain('3 more times');
    await typePassphrase(share.passphrase);
    expect(await reveal()).toBe('state-revealed');
    await expect(page.getByTestId('secret-kind').textContent()).resolves.toBe('Generated token');
    expect(await readSecret()).toBe(token);
    await expect(page.getByTestId('gone-note').textContent()).resolves.toContain('2 more times');
    await shoot('revealed-generated');
    expect(await senderSees(share)).toMatchObject({ state: 'pending', viewsLeft: 2 });
    // Views are left: a reload (fragment gone) asks for the whole link again, which still works.
    await page.reload();
    await page.waitForSelector('[data-testid="state-incomplete"]');
    expect(await openLink(share.link)).toBe('state-ready');
    await expect(page.getByTestId('views-left').textContent()).resolves.toContain('2 more times');

    const pin = await shareSecret('482915', { kind: 'pin' });
    await openLink(pin.link);
    await typePassphrase(pin.passphrase);
    expect(await reveal()).toBe('state-revealed');
    await expect(page.getByTestId('secret-kind').textContent()).resolves.toBe('Generated PIN');
  });

  it('works with the keyboard alone, in a focus order a screen reader follows', async () => {
    const share = await shareSecret('typed, never clicked');
    await openLink(share.link);
    await expect.poll(() => focused()).toBe('passphrase');
    await page.keyboard.type(share.passphrase);
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="state-revealed"]');
    await expect.poll(() => focused()).toBe('secret-value');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('copy');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('copy-status').textContent()).toContain('Copied');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('toggle-visibility');
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
