// The pages speak the browser's language (navigator.languages, set here as Playwright's locale),
// the recipient page German for de-AT, Arabic right to left for ar-EG, Chinese for zh;
// the request page in the pseudo-locale en-XA (every message accented and 40% longer) fits a
// phone and stays free of axe findings; a language without a catalog gets English. Screenshots:
// tests/artifacts/screenshots/lang-*.png.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { directionOf } from '../../shared/i18n/locale';
import { recipient } from '../../shared/i18n/surfaces/recipient';
import { createRequest } from '../../shared/request/index';
import { shareSecret } from '../support/shares';
import { expectNoAxeViolations } from './support/axe';
import { launchChromium } from './support/chromium';
import { wordsOf } from './support/languages';
import { useRecipientPage } from './support/page-fixture';
import { photograph } from './support/page-stories';

function speaking(lang: string) {
  let page: Page;
  const fx = useRecipientPage({
    launch: () => launchChromium({ locale: lang }),
    onPage: (p) => (page = p),
  });
  const openRequest = async (note: string) => {
    const r = await createRequest({ note, expiresIn: 3600, publicUrl: fx.srv.url });
    await fx.srv.client.request.create.mutate(r.input);
    await page.goto(r.link);
    await page.getByTestId('state-open').waitFor();
    return page;
  };
  return { openRequest, page: () => page };
}

describe('the request page in the pseudo-locale', () => {
  const { openRequest } = speaking('en-XA');

  it('is accented and longer everywhere, fits a phone, and axe finds nothing', async () => {
    const page = await openRequest('The staging DB password, please');
    expect(await page.evaluate(() => [document.documentElement.lang, navigator.language])).toEqual([
      'en-XA',
      'en-XA',
    ]);
    expect(await page.locator('h1').textContent()).toMatch(/^\[Šöméöñé .*\]$/);
    expect(await page.locator('.site-footer p').textContent()).toMatch(/^\[Éñd-tö-éñd/);
    expect(await page.getByTestId('send').textContent()).toMatch(/^\[/);
    // The requester's note is their words: never pseudo-localised.
    expect(await page.getByTestId('note').textContent()).toBe('The staging DB password, please');
    await photograph(page, 'lang-en-XA-respond-open');
    await photograph(page, 'lang-en-XA-respond-open', { dark: true });
    await expectNoAxeViolations(page, 'lang-en-XA-respond-open');

    await page.getByTestId('answer').fill('hunter2');
    await page.getByTestId('send').click();
    await page.getByTestId('state-sent').waitFor();
    expect(await page.getByTestId('state-sent-title').textContent()).toMatch(/^\[Šéñt/);
    await photograph(page, 'lang-en-XA-respond-sent');
    await expectNoAxeViolations(page, 'lang-en-XA-respond-sent');
  });
});

describe('the request page in a language it has no catalog for', () => {
  const { openRequest } = speaking('sw');

  it('speaks English', async () => {
    const page = await openRequest('a PIN, please');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.locator('h1').textContent()).toBe('Someone asks you for a secret');
  });
});

describe('the recipient page by the browser’s language', () => {
  for (const [browser, expected] of [
    ['de-AT', 'de'],
    ['ar-EG', 'ar'],
    ['zh', 'zh-CN'],
  ] as const) {
    describe(browser, () => {
      let page: Page;
      const fx = useRecipientPage({
        launch: () => launchChromium({ locale: browser }),
        onPage: (p) => (page = p),
      });

      it(`speaks ${expected}`, async () => {
        const t = await wordsOf(recipient, expected);
        const share = await shareSecret(fx.srv.url, 'x');
        await page.goto(share.link);
        await page.getByTestId('state-ready').waitFor();
        expect(await page.evaluate(() => [document.documentElement.lang, document.dir])).toEqual([
          expected,
          directionOf(expected),
        ]);
        expect(await page.locator('h1').textContent()).toBe(t('ready.title'));
        expect(await page.getByTestId('language').inputValue()).toBe(expected);
      });
    });
  }
});
