// The built extension speaks the browser's language (navigator.languages, set here as
// Playwright's locale) or the one chosen in Options, in every open view at once, and English
// for a language without a catalog. The pseudo-locale en-XA (every message accented and 40%
// longer) stands in for the browser's language: nothing is cut off on any tab and axe finds
// nothing. Then Options chooses each language there is (LOCALES): the open popup follows,
// right to left for Arabic, with the tabs mirrored. Screenshots: tests/artifacts/screenshots/
// lang-ext-*.png.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translator, type Catalog } from '../../shared/i18n/format';
import { directionOf, LOCALES } from '../../shared/i18n/locale';
import en from '../../shared/i18n/catalogs/en/extension';
import { expectNoAxeViolations } from './support/axe';
import { screenshot } from './support/chromium';
import { clippedText } from './support/clipping';
import { startExtensionEnv, type ExtensionEnv } from './support/extension';
import { createShareIn, openPopup } from './support/extension-stories';

const TABS = ['share', 'generate', 'open', 'request', 'sent', 'options'] as const;
const CATALOGS = import.meta.glob<Catalog>('../../shared/i18n/catalogs/*/*.ts', {
  eager: true,
  import: 'default',
});
/** A surface's words in `locale`, straight from its catalog (English fills nothing here). */
const wordsIn = (locale: string, surface = 'extension') =>
  translator(
    locale,
    CATALOGS[`../../shared/i18n/catalogs/${locale}/${surface}.ts`]!,
    CATALOGS[`../../shared/i18n/catalogs/en/${surface}.ts`]!,
  );

const language = (page: Page) =>
  page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);
const tabNames = (page: Page) =>
  Promise.all(TABS.map((t) => page.getByTestId(`tab-${t}`).textContent()));
const speaks = (page: Page, lang: string) =>
  page.waitForFunction((lang) => document.documentElement.lang === lang, lang);

/** The backend and Chromium with the extension, the browser speaking `locale`, for a describe. */
function browserSpeaking(locale: string): { env: ExtensionEnv } {
  const box = {} as { env: ExtensionEnv };
  // Two cores shared by many suites: starting the backend and Chromium can take a while.
  beforeAll(async () => {
    box.env = await startExtensionEnv('<!doctype html><p>nothing here</p>', { locale });
  }, 120_000);
  afterAll(() => box.env?.close());
  return box;
}

describe('extension: languages (built, in Chromium)', () => {
  const box = browserSpeaking('en-XA');

  it('speaks the browser’s language on every tab, cut off nowhere, and axe finds nothing', async () => {
    const popup = await openPopup(box.env.s, 'share');
    expect(await language(popup)).toEqual(['en-XA', 'ltr']);
    const t = wordsIn('en-XA');
    expect(await tabNames(popup)).toEqual(TABS.map((tab) => t(`tab.${tab}`)));
    expect(await popup.getByRole('navigation').getAttribute('aria-label')).toBe(t('tabs.label'));
    for (const tab of TABS) {
      await popup.getByTestId(`tab-${tab}`).click();
      await popup.getByTestId(`panel-${tab}`).waitFor();
      expect(await clippedText(popup), tab).toEqual([]);
      await screenshot(popup, `lang-ext-en-XA-popup-${tab}`);
      await expectNoAxeViolations(popup, `lang-ext-en-XA-popup-${tab}`);
    }
    expect(await popup.getByTestId('open-words').textContent()).toBe(t('open.words'));

    // A share made in it: the result (with the note that the words are English) and the Sent item.
    await popup.getByTestId('tab-share').click();
    await popup.getByTestId('share-secret').fill('correct horse battery staple');
    await popup.getByTestId('share-label').fill('Wi-Fi');
    await createShareIn(popup);
    const p = wordsIn('en-XA', 'panels');
    expect(await popup.getByTestId('result-title').textContent()).toBe(
      p('result.readyLabel', { label: 'Wi-Fi' }),
    );
    expect(await popup.getByTestId('result-words').textContent()).toBe(p('result.words'));
    expect(await clippedText(popup), 'result').toEqual([]);
    await screenshot(popup, 'lang-ext-en-XA-popup-share-result');
    await expectNoAxeViolations(popup, 'lang-ext-en-XA-popup-share-result');
    await popup.getByTestId('tab-sent').click();
    await popup.getByTestId('sent-item').waitFor();
    expect(await popup.getByTestId('sent-state').textContent()).toBe(p('state.pending'));
    await popup.getByTestId('sent-details').click();
    expect(await clippedText(popup), 'sent item').toEqual([]);
    await screenshot(popup, 'lang-ext-en-XA-popup-sent-item');
    await expectNoAxeViolations(popup, 'lang-ext-en-XA-popup-sent-item');
    await popup.close();
  }, 180_000);

  it('follows the choice in Options at once in every open view, and back to the browser', async () => {
    const options = await openPopup(box.env.s, 'options');
    const popup = await openPopup(box.env.s, 'open');
    const picker = options.getByTestId('options-language');
    expect(await picker.inputValue()).toBe('first');
    expect(await picker.locator('option[value="first"]').textContent()).toBe(
      wordsIn('en-XA')('options.languageAuto', { language: '[Éñglíšh (pšéüdö)]' }),
    );
    for (const locale of LOCALES.filter((l) => l !== 'en-XA')) {
      await picker.selectOption(locale);
      await speaks(popup, locale);
      await speaks(options, locale);
      const t = wordsIn(locale);
      expect(await language(popup), locale).toEqual([locale, directionOf(locale)]);
      expect(await popup.getByTestId('tab-share').textContent()).toBe(t('tab.share'));
      expect(await popup.getByTestId('open-submit').textContent()).toBe(t('open.submit'));
      if (directionOf(locale) === 'rtl') {
        // Mirrored: the first tab is the rightmost; the server's address still reads LTR.
        const x = async (id: string) => (await popup.getByTestId(id).boundingBox())!.x;
        expect(await x('tab-share')).toBeGreaterThan(await x('tab-options'));
        expect(await popup.getByTestId('header-server').getAttribute('dir')).toBe('ltr');
      }
      await screenshot(popup, `lang-ext-${locale}-popup-open`);
      await expectNoAxeViolations(popup, `lang-ext-${locale}-popup-open`);
      await screenshot(options, `lang-ext-${locale}-popup-options`);
    }
    // A reopened popup speaks the last choice too (it is in storage.local).
    const last = (await picker.inputValue()) as (typeof LOCALES)[number];
    const again = await openPopup(box.env.s, 'share');
    expect(await language(again)).toEqual([last, directionOf(last)]);
    expect(await again.getByTestId('tab-share').textContent()).toBe(wordsIn(last)('tab.share'));
    await again.close();

    await picker.selectOption('first');
    await speaks(popup, 'en-XA');
    expect(await box.env.s.worker.evaluate(() => chrome.storage.local.get('language'))).toEqual({});
    await popup.close();
    await options.close();
  }, 180_000);
});

describe('extension: a browser language without a catalog', () => {
  const box = browserSpeaking('sw');

  it('speaks English, and the manifest’s words come from _locales', async () => {
    const popup = await openPopup(box.env.s, 'share');
    expect(await language(popup)).toEqual(['en', 'ltr']);
    expect(await popup.getByTestId('tab-share').textContent()).toBe('Share');
    const manifest = await box.env.s.worker.evaluate(async () => ({
      name: (chrome.i18n.getMessage as (key: string) => string)('extName'),
      description: (chrome.i18n.getMessage as (key: string) => string)('extDescription'),
      commands: (await chrome.commands.getAll())
        .filter((c) => c.name === 'share-selection')
        .map((c) => c.description),
    }));
    expect(manifest).toEqual({
      name: 'oncelink',
      description: en['manifest.description'],
      commands: [en['manifest.command']],
    });
    await popup.close();
  }, 60_000);
});
