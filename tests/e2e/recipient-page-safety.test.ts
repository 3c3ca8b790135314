// The recipient page end to end, what must never happen: plain GETs and reloads spend nothing,
// markup in a secret runs nowhere, the answers carry the security headers, an incomplete link asks
// nothing of the server, a network failure spends nothing. Debian's Chromium against the real
// backend on PGlite serving the built page; the reveal stories are in recipient-page.test.ts.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PAGE_CSP } from '../../backend/http/page-routes';
import { EXPECTED_PAGE_HEADERS } from '../support/page-headers';
import { senderSees, shareSecret } from '../support/shares';
import { expectNoAxeViolations } from './support/axe';
import { useRecipientPage } from './support/page-fixture';
import {
  openLink,
  photograph,
  problemCode,
  readSecret,
  revealSecret,
  typePassphrase,
} from './support/page-stories';

describe('recipient page in Chromium: nothing spent, nothing run, nothing leaked', () => {
  let page: Page;
  const { srv } = useRecipientPage({ onPage: (p) => (page = p) });

  it('20 plain GETs of the page, and reloads in the browser, spend nothing', async () => {
    const share = await shareSecret(srv.url, 'still here', { maxAttempts: 3 });
    const pageUrl = share.link.split('#')[0]!;
    for (let i = 0; i < 20; i++) {
      const res = await fetch(i % 2 ? share.link : pageUrl, { method: i % 5 ? 'GET' : 'HEAD' });
      expect(res.status).toBe(200);
      await res.arrayBuffer();
    }
    const afterGets = await senderSees(srv.url, share);
    expect(afterGets).toMatchObject({ state: 'pending', viewsLeft: 1, attemptsLeft: 3 });
    expect(afterGets.eventTypes).toEqual(['created']);

    // A browser runs the page, which peeks: recorded as "opened", nothing spent.
    await openLink(page, share.link);
    await page.reload();
    await page.waitForSelector('[data-testid="state-ready"]');
    const afterPeeks = await senderSees(srv.url, share);
    expect(afterPeeks).toMatchObject({ state: 'pending', viewsLeft: 1, attemptsLeft: 3 });
    expect(afterPeeks.eventTypes.filter((t) => t === 'opened')).toHaveLength(2);

    await typePassphrase(page, share.passphrase);
    expect(await revealSecret(page)).toBe('state-revealed');
    expect(await readSecret(page)).toBe('still here');
  });

  it('shows a secret full of markup as text and runs none of it', async () => {
    const evil =
      '<script>window.__pwned = 1</script>\n<img src=x onerror="window.__pwned = 2">\n<b>not bold</b> &amp; <a href="javascript:alert(1)">x</a>';
    const share = await shareSecret(srv.url, evil);
    await openLink(page, share.link);
    await typePassphrase(page, share.passphrase);
    expect(await revealSecret(page)).toBe('state-revealed');
    expect(await readSecret(page)).toBe(evil);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('img, b, a[href^="javascript"], main script').count()).toBe(0);
    await photograph(page, 'page-revealed-markup');
    await expectNoAxeViolations(page, 'page-revealed-markup');
  });

  it('answers with the security headers, no inline script and no third-party resource', async () => {
    const share = await shareSecret(srv.url, 'headers');
    const res = await fetch(share.link.split('#')[0]!);
    expect(res.status).toBe(200);
    const h = Object.fromEntries(res.headers);
    expect(h).toMatchObject(EXPECTED_PAGE_HEADERS);
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
    await openLink(page, share.link);
    await typePassphrase(page, share.passphrase);
    expect(await revealSecret(page)).toBe('state-revealed');
  });

  it('says a link is incomplete before anything is asked of the server', async () => {
    const share = await shareSecret(srv.url, 'waiting for the whole link');
    const [base, fragment] = share.link.split('#') as [string, string];
    for (const broken of [
      base,
      `${base}#`,
      `${base}#${fragment.slice(0, 20)}`,
      `${base}#${fragment}xx`,
    ]) {
      expect(await openLink(page, broken), broken).toBe('state-incomplete');
    }
    await expect(page.getByTestId('message').textContent()).resolves.toContain('part after #');
    await photograph(page, 'page-incomplete');
    await expectNoAxeViolations(page, 'page-incomplete');
    const damagedId = `${srv.url}/s/not-an-id#${fragment}`;
    expect(await openLink(page, damagedId)).toBe('state-incomplete');

    const seen = await senderSees(srv.url, share);
    expect(seen).toMatchObject({ state: 'pending', viewsLeft: 1, attemptsLeft: 1 });
    expect(seen.eventTypes).toEqual(['created']);
    expect(await openLink(page, share.link)).toBe('state-ready');
  });

  it('offers a retry after a network failure, and nothing is spent', async () => {
    const share = await shareSecret(srv.url, 'after the storm', { maxAttempts: 1 });

    // Peek fails: the page says so and offers to try again.
    await page.route('**/trpc/secret.peek**', (route) => route.abort('internetdisconnected'));
    expect(await openLink(page, share.link)).toBe('state-load-error');
    await expect(page.getByTestId('message').textContent()).resolves.toContain('nothing was spent');
    await photograph(page, 'page-load-error');
    await expectNoAxeViolations(page, 'page-load-error');
    await page.unroute('**/trpc/secret.peek**');
    await page.getByTestId('retry').click();
    await page.waitForSelector('[data-testid="state-ready"]');

    // Reveal fails on the way: the passphrase stays, the form offers to try again.
    await page.route('**/trpc/secret.reveal**', (route) => route.abort('internetdisconnected'));
    await typePassphrase(page, share.passphrase);
    expect(await revealSecret(page)).toBe('problem');
    expect(await problemCode(page)).toBe('NETWORK');
    expect(await page.getByTestId('retry').count()).toBe(1);
    // The page cannot know whether the reveal reached the server: it never claims it did not.
    const said = await page.getByTestId('problem').textContent();
    expect(said).toMatch(/may or may not have been spent.*ask the sender for a new one/);
    expect(said).not.toMatch(/nothing was spent/i);
    await photograph(page, 'page-network-error');
    await expectNoAxeViolations(page, 'page-network-error');
    expect(await senderSees(srv.url, share)).toMatchObject({
      state: 'pending',
      attemptsLeft: 1,
      viewsLeft: 1,
    });

    await page.unroute('**/trpc/secret.reveal**');
    await page.getByTestId('retry').click();
    await page.waitForSelector('[data-testid="state-revealed"]');
    expect(await readSecret(page)).toBe('after the storm');
  });

  it('says so when the record it was given will not decrypt, and drops the link', async () => {
    const share = await shareSecret(srv.url, 'tampered on the way');
    await openLink(page, share.link);
    // The server's answer with one ciphertext character changed: AES-GCM refuses it.
    await page.route('**/trpc/secret.reveal**', async (route) => {
      const res = await route.fetch();
      const body = (await res.json()) as { result: { data: { ciphertext: string } } };
      const c = body.result.data.ciphertext;
      body.result.data.ciphertext = (c[0] === 'A' ? 'B' : 'A') + c.slice(1);
      await route.fulfill({ response: res, json: body });
    });
    await typePassphrase(page, share.passphrase);
    expect(await revealSecret(page)).toBe('state-failed');
    expect(await page.evaluate(() => location.hash)).toBe('');
    await photograph(page, 'page-failed');
    await expectNoAxeViolations(page, 'page-failed');
  });
});
