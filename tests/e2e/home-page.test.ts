// The home page (/) end to end in Debian's Chromium against the real backend on PGlite: share from
// the page and reveal on /s/, follow the share in the page's Sent list to "viewed" and revoke
// another, ask for a secret and read the answer (the key a non-extractable CryptoKey of this
// origin), the generator, WEB_SHARE=off, the headers of /. Screenshots of every state, desktop
// and phone, light and dark: tests/artifacts/screenshots/home-*.png.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseLink } from '../../shared/link';
import { answerRequest, parseRequestLink } from '../../shared/request/index';
import { startServer, type TestServer } from '../support/server';
import { fillToCeiling } from '../support/shares';
import { expectNoAxeViolations } from './support/axe';
import { useRecipientPage } from './support/page-fixture';
import { DESKTOP, openAndReveal, photograph, watchPage } from './support/page-stories';
import {
  createShareHere,
  fillShare,
  openHome,
  openTab,
  requestKeysHere,
  sentState,
  storedHere,
} from './support/home-stories';

const SECRET = 'staging db: hunter2\n  indented\twith a tab\nunicode ✓ 密码 🔑\n';

/** Headers that say something about policy (not the date, length or connection). */
async function policyHeaders(url: string) {
  const res = await fetch(url);
  const skip = new Set(['date', 'content-length', 'connection', 'keep-alive']);
  return { res, headers: Object.fromEntries([...res.headers].filter(([k]) => !skip.has(k))) };
}

// axe runs in light and dark at each state: the stories outgrow the default 30 s on a busy machine.
describe('home page in Chromium', { timeout: 90_000 }, () => {
  const fx = useRecipientPage();

  it('answers / with the same CSP and headers as /s/, no inline script or style', async () => {
    const home = await policyHeaders(`${fx.srv.url}/`);
    const recipient = await policyHeaders(`${fx.srv.url}/s/AAAAAAAAAAAAAAAAAAAAAA`);
    expect(home.res.status).toBe(200);
    expect(home.headers).toEqual(recipient.headers);
    expect(home.headers).toMatchObject({
      'cache-control': 'no-store',
      'referrer-policy': 'no-referrer',
    });
    expect(home.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    const html = await home.res.text();
    for (const [, attrs, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      expect(attrs).toMatch(/\bsrc="\/assets\//);
      expect(body!.trim()).toBe('');
    }
    expect(html).not.toMatch(/\sstyle=|<style|\son[a-z]+=/i);
    expect(html).toContain('<meta name="oncelink:web-share" content="on" />');
  });

  it('shares from /, and the link and passphrase reveal it exactly on /s/', async () => {
    const { page } = fx;
    await openHome(page, fx.srv.url);
    expect(await page.locator('main h1').textContent()).toMatch(/one person, once/);
    await photograph(page, 'home-share-empty');
    await expectNoAxeViolations(page, 'home-share-empty');
    await photograph(page, 'home-share-empty', { dark: true });
    await fillShare(page, SECRET, { label: 'db for Ana', views: 2 });
    await photograph(page, 'home-share-filled');
    await expectNoAxeViolations(page, 'home-share-filled');
    const created = createShareHere(page);
    // Argon2id takes a moment: its progress shows while it runs.
    await page.getByTestId('progress').waitFor();
    await photograph(page, 'home-share-busy');
    const { link, passphrase } = await created;
    expect(link.startsWith(`${fx.srv.url}/s/`)).toBe(true);
    expect(passphrase.split(' ')).toHaveLength(6);
    await page.locator('[data-testid="result-qr"][data-ready="true"]').waitFor();
    await photograph(page, 'home-share-result');
    await expectNoAxeViolations(page, 'home-share-result');
    await photograph(page, 'home-share-result', { dark: true });

    // Kept here: the manage token and the label, never the link, passphrase or plaintext.
    const stored = JSON.stringify(await storedHere(page));
    expect(stored).toContain('db for Ana');
    const { linkKey } = parseLink(link);
    // Not a single passphrase word: "label" and "state" are BIP39 words, and JSON keys here.
    for (const leak of [link, passphrase, 'hunter2', linkKey]) {
      expect(stored).not.toContain(leak);
    }

    const reader = await fx.newPage();
    expect(await openAndReveal(reader, link, passphrase)).toEqual({
      value: SECRET,
      kindLabel: null,
    });
    await page.getByTestId('result-done').click();
    expect(await page.getByTestId('share-secret').inputValue()).toBe('');
  });

  it('says in plain words that a full server is full, and keeps what was typed', async () => {
    // A server on the same database with the smallest ceiling, filled with fake shares, and a
    // page of its own origin, watched as the fixture watches its pages.
    const full = await startServer(fx.srv.app.db, { env: { MAX_PENDING_BYTES: '1MiB' } });
    const page = await fx.context.newPage();
    await page.setViewportSize(DESKTOP);
    const problems: string[] = [];
    await watchPage(page, full.url, problems);
    const filled: string[] = [];
    try {
      filled.push(...(await fillToCeiling(full.url)));
      await openHome(page, full.url);
      await fillShare(page, SECRET);
      await page.getByTestId('share-create').click();
      const error = page.getByTestId('share-error');
      await error.waitFor();
      expect(await error.textContent()).toContain(
        'This server is full: it holds as many secrets as its operator allows. Nothing was stored.',
      );
      expect(await page.getByTestId('share-secret').inputValue()).toBe(SECRET);
      await photograph(page, 'home-share-full');
      expect(problems).toEqual([]);
    } finally {
      await page.close();
      for (const manageToken of filled) await full.client.secret.revoke.mutate({ manageToken });
      await full.close();
    }
  });

  it('follows a share in the page’s Sent list to "viewed", and revokes another', async () => {
    const { page } = fx;
    await openHome(page, fx.srv.url);
    await fillShare(page, 'to be viewed', { label: 'viewed one' });
    const viewed = await createShareHere(page);
    await page.getByTestId('result-done').click();
    await fillShare(page, 'to be revoked', { label: 'revoked one' });
    const revoked = await createShareHere(page);
    await page.getByTestId('result-done').click();
    const viewedId = parseLink(viewed.link).id;
    const revokedId = parseLink(revoked.link).id;

    await openTab(page, 'sent');
    await expect.poll(() => sentState(page, viewedId)).toBe('pending');
    await photograph(page, 'home-sent-pending');
    await expectNoAxeViolations(page, 'home-sent-pending');
    const reader = await fx.newPage();
    await openAndReveal(reader, viewed.link, viewed.passphrase);
    // Live: the list asks every few seconds while it is shown.
    await expect.poll(() => sentState(page, viewedId), { timeout: 15_000 }).toBe('viewed');

    const item = page.locator(`[data-share-id="${revokedId}"]`);
    await item.getByTestId('sent-revoke').click();
    await photograph(page, 'home-sent-confirm-revoke');
    await expectNoAxeViolations(page, 'home-sent-confirm-revoke');
    await item.getByTestId('sent-revoke-confirm').click();
    await expect.poll(() => sentState(page, revokedId)).toBe('revoked');
    await page.locator(`[data-share-id="${viewedId}"]`).getByTestId('sent-details').click();
    await photograph(page, 'home-sent');
    await expectNoAxeViolations(page, 'home-sent');
    await photograph(page, 'home-sent', { dark: true });
    expect(
      await reader
        .goto(revoked.link)
        .then(() => reader.waitForSelector('[data-testid="state-unavailable"]')),
    ).toBeTruthy();

    // After a reload the list is still there: it lives in this browser.
    await page.reload();
    await openTab(page, 'sent');
    await expect.poll(() => sentState(page, viewedId)).toBe('viewed');
  });

  it('asks for a secret from /, and reads the answer once with a key that never leaves', async () => {
    const { page } = fx;
    await openHome(page, fx.srv.url);
    await openTab(page, 'request');
    await page.getByTestId('request-note').fill('The staging DB password, please');
    await page.getByTestId('request-label').fill('staging DB');
    await photograph(page, 'home-request');
    await expectNoAxeViolations(page, 'home-request');
    await page.getByTestId('request-create').click();
    const link = (await page.getByTestId('request-link').textContent())!.trim();
    expect(link.startsWith(`${fx.srv.url}/r/`)).toBe(true);
    await photograph(page, 'home-request-link');
    await expectNoAxeViolations(page, 'home-request-link');
    const { id } = parseRequestLink(link);
    expect(await requestKeysHere(page)).toEqual([{ id, extractable: false }]);
    const stored = JSON.stringify(await storedHere(page));
    expect(stored).not.toContain(link.split('#')[1]!);
    await page.getByTestId('request-done').click();

    // The responder, on the request page in another tab.
    const responder = await fx.newPage();
    await responder.goto(link);
    await responder.getByTestId('answer').fill(SECRET);
    await responder.getByTestId('send').click();
    await responder.getByTestId('state-sent').waitFor();

    const item = page.locator(`[data-request-id="${id}"]`);
    await expect
      .poll(() => item.getByTestId('request-state').textContent(), { timeout: 15_000 })
      .toBe('answered');
    await photograph(page, 'home-requests-answered');
    await expectNoAxeViolations(page, 'home-requests-answered');
    await item.getByTestId('request-read').click();
    expect(await page.getByTestId('answer-value').inputValue()).toBe(SECRET);
    await photograph(page, 'home-request-answer');
    await expectNoAxeViolations(page, 'home-request-answer');
    await photograph(page, 'home-request-answer', { dark: true });
    expect(await requestKeysHere(page)).toEqual([]);
    await page.getByTestId('answer-done').click();
    expect(await item.getByTestId('request-state').textContent()).toBe('read');
  });

  it('answering by the protocol works too, and a generated value shares in one click', async () => {
    const { page } = fx;
    await openHome(page, fx.srv.url);
    await openTab(page, 'generate');
    await page.getByTestId('gen-kind-passphrase').click();
    const value = (await page.getByTestId('gen-value').textContent())!;
    await photograph(page, 'home-generate');
    await expectNoAxeViolations(page, 'home-generate');
    await photograph(page, 'home-generate', { dark: true });
    await page.getByTestId('gen-share').click();
    await page.getByTestId('panel-share').waitFor({ state: 'visible' });
    // The form takes the value in an effect, a render after the tab shows: wait for it (bounded).
    await page
      .waitForFunction(
        (v) =>
          document.querySelector<HTMLTextAreaElement>('[data-testid="share-secret"]')?.value === v,
        value,
        { timeout: 5_000 },
      )
      .catch(() => undefined);
    expect(await page.getByTestId('share-secret').inputValue()).toBe(value);
    await photograph(page, 'home-share-generated');
    await expectNoAxeViolations(page, 'home-share-generated');
    const { link, passphrase } = await createShareHere(page);
    const reader = await fx.newPage();
    expect(await openAndReveal(reader, link, passphrase)).toEqual({
      value,
      kindLabel: 'Generated passphrase',
    });
    // A request answered straight through the protocol (as the CLI answers).
    await openTab(page, 'request');
    await page.getByTestId('request-note').fill('an API token');
    await page.getByTestId('request-create').click();
    const rlink = (await page.getByTestId('request-link').textContent())!.trim();
    const parts = parseRequestLink(rlink);
    await fx.srv.client.request.answer.mutate(
      await answerRequest(parts, { kind: 'token', value: 'tok_123' }),
    );
    await page.getByTestId('request-done').click();
    const item = page.locator(`[data-request-id="${parts.id}"]`);
    await expect
      .poll(() => item.getByTestId('request-state').textContent(), { timeout: 15_000 })
      .toBe('answered');
    await item.getByTestId('request-read').click();
    expect(await page.getByTestId('answer-value').inputValue()).toBe('tok_123');
  });
});

describe('home page with WEB_SHARE=off and store links', () => {
  const fx = useRecipientPage();
  let off: TestServer;
  beforeAll(async () => {
    off = await startServer(fx.srv.database.handle, {
      env: {
        WEB_SHARE: 'off',
        EXTENSION_URL_CHROME: 'https://chromewebstore.google.com/detail/oncelink/abc',
        EXTENSION_URL_FIREFOX: 'https://addons.mozilla.org/firefox/addon/oncelink/',
      },
    });
  });
  afterAll(async () => {
    await off?.close();
  });

  it('explains and links the extension, and offers no share form', async () => {
    const page = await fx.context.newPage();
    const { problems, violations } = await watchPage(page, off.url);
    await page.setViewportSize(DESKTOP);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(`${off.url}/`);
    await page.getByTestId('web-share-off').waitFor();
    expect(await page.getByTestId('share-secret').count()).toBe(0);
    expect(await page.getByTestId('store-chrome').getAttribute('href')).toBe(
      'https://chromewebstore.google.com/detail/oncelink/abc',
    );
    expect(await page.getByTestId('store-firefox').getAttribute('href')).toBe(
      'https://addons.mozilla.org/firefox/addon/oncelink/',
    );
    await photograph(page, 'home-web-share-off');
    await expectNoAxeViolations(page, 'home-web-share-off');
    await photograph(page, 'home-web-share-off', { dark: true });
    expect(await violations()).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
    // The default server, without store links, says how to build and load the extension.
    await openHome(fx.page, fx.srv.url);
    expect(await fx.page.getByTestId('build-steps').textContent()).toMatch(/Load unpacked/);
  });
});
