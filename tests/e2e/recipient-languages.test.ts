// The recipient page in every language it has: its main states (ready, a wrong passphrase,
// revealed) in the words of that language's catalogs, the note that the passphrase words stay
// English, <html lang dir>, no axe finding, nothing clipped, screenshots of each
// (tests/artifacts/screenshots/lang-<locale>-*.png). Arabic is right to left and mirrored. The
// picker switches language in place (a half-typed passphrase stays) and is remembered.
import { describe, expect, it } from 'vitest';
import { directionOf, LOCALES } from '../../shared/i18n/locale';
import { messages } from '../../shared/i18n/surfaces/messages';
import { recipient } from '../../shared/i18n/surfaces/recipient';
import { shareSecret } from '../support/shares';
import { expectNoAxeViolations } from './support/axe';
import { chooseBeforeLoad, clippedElements, wordsOf } from './support/languages';
import { useRecipientPage } from './support/page-fixture';
import { openLink, photograph, revealSecret, typePassphrase } from './support/page-stories';

describe('the recipient page in every language', () => {
  const fx = useRecipientPage();

  for (const locale of LOCALES) {
    it(`${locale}: ready, a wrong passphrase and the secret, in its words`, async () => {
      const { page, srv } = fx;
      const t = await wordsOf(recipient, locale);
      const m = await wordsOf(messages, locale);
      const refused = await shareSecret(srv.url, 'x', { maxAttempts: 3, serverRefuses: true });
      await chooseBeforeLoad(page, locale);
      expect(await openLink(page, refused.link)).toBe('state-ready');
      expect(await page.evaluate(() => [document.documentElement.lang, document.dir])).toEqual([
        locale,
        directionOf(locale),
      ]);
      expect(await page.locator('h1').textContent()).toBe(t('ready.title'));
      expect(await page.getByTestId('passphrase-english').count()).toBe(locale === 'en' ? 0 : 1);
      expect(await page.getByTestId('language').inputValue()).toBe(locale);
      expect(await clippedElements(page)).toEqual([]);
      await photograph(page, `lang-${locale}-ready`);
      await expectNoAxeViolations(page, `lang-${locale}-ready`);

      await typePassphrase(page, refused.passphrase);
      expect(await revealSecret(page)).toBe('problem');
      expect(await page.getByTestId('problem').textContent()).toBe(
        m('WRONG_PASSPHRASE.left', { count: 2 }),
      );
      await photograph(page, `lang-${locale}-wrong`);
      await expectNoAxeViolations(page, `lang-${locale}-wrong`);

      const share = await shareSecret(srv.url, 'hunter2 ✓ 密码', { maxViews: 3 });
      expect(await openLink(page, share.link)).toBe('state-ready');
      await typePassphrase(page, share.passphrase);
      expect(await revealSecret(page)).toBe('state-revealed');
      expect(await page.getByTestId('secret-value').inputValue()).toBe('hunter2 ✓ 密码');
      expect(await page.getByTestId('gone-note').textContent()).toBe(t('after.more', { count: 2 }));
      expect(await clippedElements(page)).toEqual([]);
      await photograph(page, `lang-${locale}-revealed`);
      await photograph(page, `lang-${locale}-revealed`, { dark: true });
      await expectNoAxeViolations(page, `lang-${locale}-revealed`);
    });
  }

  it('Arabic is right to left: the text, the form and the alert’s bar sit on the right', async () => {
    const { page, srv } = fx;
    const refused = await shareSecret(srv.url, 'x', { maxAttempts: 3, serverRefuses: true });
    await chooseBeforeLoad(page, 'ar');
    await openLink(page, refused.link);
    await typePassphrase(page, refused.passphrase);
    expect(await revealSecret(page)).toBe('problem');
    const layout = await page.evaluate(() => {
      const box = (sel: string) => document.querySelector(sel)!.getBoundingClientRect();
      const card = box('[data-testid="state-ready"]');
      const alert = getComputedStyle(document.querySelector('[data-testid="problem"]')!);
      return {
        dir: getComputedStyle(document.body).direction,
        // Distance of the heading and the button from the card's right edge and left edge.
        titleRight: card.right - box('h1').right,
        buttonRight: card.right - box('[data-testid="reveal"]').right,
        buttonLeft: box('[data-testid="reveal"]').left - card.left,
        bar: [alert.borderRightWidth, alert.borderLeftWidth],
      };
    });
    expect(layout.dir).toBe('rtl');
    expect(layout.titleRight).toBeLessThan(40);
    expect(layout.buttonRight).toBeLessThan(40);
    expect(layout.buttonLeft).toBeGreaterThan(200);
    expect(layout.bar[0]).toBe('4px');
    expect(layout.bar[1]).not.toBe('4px');
    await photograph(page, 'lang-ar-rtl-wrong');
  });

  it('the picker switches in place, keeps what is typed, and is remembered', async () => {
    const { page, srv } = fx;
    const share = await shareSecret(srv.url, 'x');
    // The browser speaks English; the stories before chose other languages in this origin.
    await page.goto(`${srv.url}/`);
    await page.evaluate(() => localStorage.clear());
    expect(await openLink(page, share.link)).toBe('state-ready');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.getByTestId('passphrase').fill('abandon abil');
    await page.getByTestId('language').selectOption('ja');
    const ja = await wordsOf(recipient, 'ja');
    await page.getByText(ja('ready.title')).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ja');
    expect(await page.getByTestId('passphrase').inputValue()).toBe('abandon abil');
    expect(await page.locator('[data-i18n="recipient:page.footer"]').textContent()).toBe(
      ja('page.footer'),
    );
    expect(await page.title()).toBe(`${ja('title.ready')} · oncelink`);
    await page.reload();
    await page.getByText(ja('ready.title')).waitFor();
    expect(await page.evaluate(() => localStorage.getItem('oncelink.language'))).toBe('ja');
    await page.getByTestId('language').selectOption('ar');
    await page.getByText((await wordsOf(recipient, 'ar'))('ready.title')).waitFor();
    expect(await page.evaluate(() => document.dir)).toBe('rtl');
    await page.getByTestId('language').selectOption('en');
    await page.getByText(recipient.en['ready.title']).waitFor();
    expect(await page.evaluate(() => document.dir)).toBe('ltr');
  });
});
