// Operator branding of the recipient page in Debian's Chromium: name, logo, accent colour and
// support contact from configuration, under the very same CSP and headers as oncelink's own
// page, with no policy violation. Screenshots: tests/artifacts/screenshots/page-branded-*.png.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGE_CSP } from '../../backend/http/page-routes';
import { pglite } from '../support/databases';
import { useTestServer } from '../support/fixtures';
import { startServer, type TestServer } from '../support/server';
import { shareSecret } from '../support/shares';
import { launchChromium, type Browser } from './support/chromium';
import { DESKTOP, photograph, watchPage } from './support/page-stories';

const LOGO_SVG = `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="96" height="96" viewBox="0 0 96 96">
  <rect width="96" height="96" rx="20" fill="#0a7d5a"/>
  <path d="M30 50 L44 64 L68 34" stroke="#fff" stroke-width="10" fill="none" stroke-linecap="round" stroke-linejoin="round"/>
</svg>
`;

const BRAND = {
  BRAND_NAME: 'Acme Vault',
  BRAND_ACCENT: '#0a7d5a',
  BRAND_SUPPORT: 'https://help.acme.example/secrets',
};

/** Headers that say something about policy (not the date, length or connection). */
function policyHeaders(res: Response): Record<string, string> {
  const skip = new Set(['date', 'content-length', 'connection', 'keep-alive']);
  return Object.fromEntries([...res.headers].filter(([k]) => !skip.has(k)));
}

describe('branded recipient page in Chromium', () => {
  const plain = useTestServer(pglite);
  let branded: TestServer;
  let browser: Browser;
  const logoDir = mkdtempSync(join(tmpdir(), 'oncelink-brand-'));

  beforeAll(async () => {
    const logo = join(logoDir, 'acme.svg');
    writeFileSync(logo, LOGO_SVG);
    branded = await startServer(plain.database.handle, { env: { ...BRAND, BRAND_LOGO: logo } });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await branded?.close();
    rmSync(logoDir, { recursive: true, force: true });
  });

  /** A page that records CSP violations, script errors and requests leaving the origin. */
  async function watchedPage(origin: string) {
    const page = await browser.context.newPage();
    return { page, ...(await watchPage(page, origin)) };
  }

  it('answers with the same CSP and headers as the unbranded page; brand files are same-origin', async () => {
    const a = await fetch(`${plain.url}/s/AAAAAAAAAAAAAAAAAAAAAA`);
    const b = await fetch(`${branded.url}/s/AAAAAAAAAAAAAAAAAAAAAA`);
    expect(policyHeaders(b)).toEqual(policyHeaders(a));
    expect(b.headers.get('content-security-policy')).toBe(PAGE_CSP);
    const html = await b.text();
    expect(html).not.toMatch(/\sstyle=|<style|\son[a-z]+=/i);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\/(?!help\.acme\.example)/);
    for (const path of [...html.matchAll(/(?:src|href)="(\/brand\/[^"]+)"/g)].map((m) => m[1]!)) {
      const r = await fetch(`${branded.url}${path}`);
      expect(r.status, path).toBe(200);
      expect(r.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(r.headers.get('content-security-policy')).toBe(PAGE_CSP);
      expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    }
    expect((await fetch(`${branded.url}/brand/logo.svg`)).status).toBe(404);
    expect((await fetch(`${plain.url}/brand/anything.css`)).status).toBe(404);
  });

  it('shows the operator’s name, logo, colour and support contact, and reveals under the policy', async () => {
    const s = await shareSecret(branded.url, 'branded secret');
    const { page, problems, violations } = await watchedPage(branded.url);
    await page.setViewportSize(DESKTOP);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(s.link);
    await page.waitForSelector('[data-testid="state-ready"]');

    await expect(page.locator('.site-header .brand').textContent()).resolves.toBe('Acme Vault');
    await expect.poll(() => page.title()).toBe('A secret for you · Acme Vault');
    const logo = page.locator('.site-header img.brand-logo');
    await expect
      .poll(() => logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBe(96);
    expect(await logo.getAttribute('src')).toMatch(/^\/brand\/logo\.[A-Za-z0-9]{12}\.svg$/);
    const support = page.getByTestId('support').locator('a');
    expect(await support.getAttribute('href')).toBe('https://help.acme.example/secrets');
    expect(await support.textContent()).toBe('help.acme.example/secrets');
    expect(await support.getAttribute('rel')).toBe('noopener noreferrer');
    const button = page.getByTestId('reveal');
    expect(await button.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(
      'rgb(10, 125, 90)',
    );
    await photograph(page, 'page-branded-ready');
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await button.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe(
      'rgb(126, 162, 255)', // oncelink's own dark accent
    );
    await photograph(page, 'page-branded-ready-dark');
    await page.emulateMedia({ colorScheme: 'light' });

    await page.getByTestId('passphrase').fill(s.passphrase);
    await page.getByTestId('reveal').click();
    await page.waitForSelector('[data-testid="state-revealed"]');
    expect(await page.getByTestId('secret-value').inputValue()).toBe('branded secret');
    await expect.poll(() => page.title()).toBe('Your secret · Acme Vault');
    await photograph(page, 'page-branded-revealed');

    expect(await violations()).toEqual([]);
    expect(problems).toEqual([]);
    // The watch works: an inline style attribute is refused and reported.
    await page.evaluate(() => document.body.setAttribute('style', 'color: red'));
    await expect.poll(violations).toEqual([expect.stringMatching(/^style-src-attr /)]);
    await page.close();
  });

  it('unset, the page is oncelink’s own', async () => {
    const s = await shareSecret(plain.url, 'plain secret');
    const { page, problems, violations } = await watchedPage(plain.url);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(s.link);
    await page.waitForSelector('[data-testid="state-ready"]');
    await expect(page.locator('.site-header .brand').textContent()).resolves.toBe('oncelink');
    await expect.poll(() => page.title()).toBe('A secret for you · oncelink');
    expect(await page.locator('img.brand-logo, [data-testid="support"]').count()).toBe(0);
    expect(
      await page.getByTestId('reveal').evaluate((el) => getComputedStyle(el).backgroundColor),
    ).toBe('rgb(31, 79, 209)');
    expect(await violations()).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });
});
