// The built extension's popup in Chromium against the real backend: Share (and the result
// kept for a reopened popup), Sent with revoke, Options refusing a bad server, errors that keep
// the typed text, Generate → Share this → the page reveals the same value. Screenshots go to
// tests/artifacts/screenshots/ext-popup-*.png.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseLink } from '../../shared/link';
import { linkAccess } from '../../shared/recipient';
import type { TestServer } from '../support/server';
import { expectNoAxeViolations } from './support/axe';
import { screenshot } from './support/chromium';
import {
  openExtensionPage,
  setServer,
  startExtensionEnv,
  type ExtensionEnv,
  type ExtensionSession,
} from './support/extension';
import {
  createShareIn,
  idOf,
  openLinkAndReveal,
  openPopup,
  readLinkAndPassphrase,
  revokeShare,
  waitForFieldValue,
  waitForSentState,
} from './support/extension-stories';

describe('extension: the popup (built, in Chromium)', () => {
  let env: ExtensionEnv;
  let s: ExtensionSession;
  let server: TestServer;

  beforeAll(async () => {
    env = await startExtensionEnv('<!doctype html><p>nothing here</p>');
    ({ s, server } = env);
  });
  afterAll(() => env?.close());

  it('shares from the popup, keeps the result when reopened, and revokes from Sent', async () => {
    const fresh = await openPopup(s, 'sent');
    await fresh.getByTestId('sent-empty').waitFor();
    await screenshot(fresh, 'ext-popup-sent-empty');
    await expectNoAxeViolations(fresh, 'ext-popup-sent-empty');
    await fresh.close();

    const popup = await openPopup(s, 'share');
    await screenshot(popup, 'ext-popup-share-empty');
    await expectNoAxeViolations(popup, 'ext-popup-share-empty');
    await popup.getByTestId('share-secret').fill('wifi: correct horse\nguest: battery staple');
    await popup.getByTestId('share-views').fill('2');
    await popup.getByTestId('share-label').fill('Wi-Fi');
    await createShareIn(popup);
    await screenshot(popup, 'ext-popup-share-result');
    await expectNoAxeViolations(popup, 'ext-popup-share-result');
    const { link } = await readLinkAndPassphrase(popup);
    await popup.close();

    // The popup closes whenever it loses focus: reopened, it shows the same result.
    const again = await openPopup(s, 'share');
    await again.getByTestId('share-result').waitFor();
    expect((await readLinkAndPassphrase(again)).link).toBe(link);
    await again.getByTestId('result-done').click();
    await again.getByTestId('share-secret').waitFor();

    await again.getByTestId('tab-sent').click();
    const id = idOf(link);
    await waitForSentState(again, id, 'pending');
    await again.locator(`[data-share-id="${id}"]`).getByTestId('sent-revoke').click();
    await screenshot(again, 'ext-popup-sent-confirm-revoke');
    await expectNoAxeViolations(again, 'ext-popup-sent-confirm-revoke');
    await revokeShare(again, id);
    await waitForSentState(again, id, 'revoked');
    const access = await linkAccess(parseLink(link));
    expect((await server.client.secret.peek.query(access)).state).toBe('unavailable');
    await again.close();
  });

  it('refuses an unreachable server in Options and keeps the old one', async () => {
    const popup = await openPopup(s, 'options');
    await screenshot(popup, 'ext-popup-options');
    await expectNoAxeViolations(popup, 'ext-popup-options');
    await popup.getByTestId('options-server').fill('http://127.0.0.1:9');
    await popup.getByTestId('options-save').click();
    await popup.getByTestId('options-error').waitFor();
    expect(await popup.getByTestId('options-error').textContent()).toContain('Could not reach');
    await screenshot(popup, 'ext-popup-options-unreachable');
    await expectNoAxeViolations(popup, 'ext-popup-options-unreachable');
    await popup.getByTestId('options-server').fill('http://example.com');
    await popup.getByTestId('options-save').click();
    expect(await popup.getByTestId('options-error').textContent()).toContain('https://');
    const stored = await s.worker.evaluate(() => chrome.storage.local.get('settings'));
    expect((stored.settings as { server: string }).server).toBe(server.url);
    await popup.close();

    // The browser's "Extension options" page: the same panel on its own.
    const options = await openExtensionPage(s, 'options.html');
    await options.getByTestId('options-server').waitFor();
    await screenshot(options, 'ext-options-page');
    await expectNoAxeViolations(options, 'ext-options-page');
    await options.close();
  });

  it('keeps the typed text when the server is unreachable, too large or settings are invalid', async () => {
    await setServer(s, 'http://127.0.0.1:9');
    const popup = await openPopup(s, 'share');
    const text = 'do not lose me\nsecond line';
    await popup.getByTestId('share-secret').fill(text);
    await popup.getByTestId('share-create').click();
    await popup.getByTestId('share-error').waitFor({ timeout: 20_000 });
    expect(await popup.getByTestId('share-error').textContent()).toContain(
      'Could not reach the server',
    );
    expect(await popup.getByTestId('share-secret').inputValue()).toBe(text);
    await screenshot(popup, 'ext-popup-share-unreachable');
    await expectNoAxeViolations(popup, 'ext-popup-share-unreachable');
    await setServer(s, server.url);

    await popup.getByTestId('share-views').fill('0');
    expect(await popup.getByTestId('share-options-error').textContent()).toContain(
      'from 1 to 1000',
    );
    expect(await popup.getByTestId('share-create').isDisabled()).toBe(true);
    await screenshot(popup, 'ext-popup-share-invalid');
    await expectNoAxeViolations(popup, 'ext-popup-share-invalid');
    await popup.getByTestId('share-views').fill('1');

    const big = 'x'.repeat(70 * 1024);
    await popup.getByTestId('share-secret').fill(big);
    expect(await popup.getByTestId('share-size').textContent()).toContain('too large');
    await popup.getByTestId('share-create').click();
    await popup.getByTestId('share-error').filter({ hasText: 'too large' }).waitFor();
    expect((await popup.getByTestId('share-secret').inputValue()).length).toBe(big.length);
    await screenshot(popup, 'ext-popup-share-too-large');
    await expectNoAxeViolations(popup, 'ext-popup-share-too-large');
    await popup.close();
  });

  it('generates a password, shares it, and the page reveals the same value as a generated one', async () => {
    const popup = await openPopup(s, 'generate');
    await popup.getByTestId('gen-kind-password').click();
    await popup.getByTestId('gen-length').fill('2');
    expect(await popup.getByTestId('gen-error').textContent()).toContain('4 to 1024');
    await screenshot(popup, 'ext-popup-generate-invalid');
    await expectNoAxeViolations(popup, 'ext-popup-generate-invalid');
    await popup.getByTestId('gen-length').fill('24');
    const first = await popup.getByTestId('gen-value').textContent();
    await popup.getByTestId('gen-regenerate').click();
    const value = (await popup.getByTestId('gen-value').textContent())!;
    expect(value).toHaveLength(24);
    expect(value).not.toBe(first);
    expect(await popup.getByTestId('gen-strength').textContent()).toBe('very strong');
    await screenshot(popup, 'ext-popup-generate');
    await expectNoAxeViolations(popup, 'ext-popup-generate');

    await popup.getByTestId('gen-share').click();
    await waitForFieldValue(popup, 'share-secret', value);
    await screenshot(popup, 'ext-popup-share-generated');
    await expectNoAxeViolations(popup, 'ext-popup-share-generated');
    await createShareIn(popup);
    const { link, passphrase } = await readLinkAndPassphrase(popup);
    const revealed = await openLinkAndReveal(s, link, passphrase);
    expect(revealed.value).toBe(value);
    if (revealed.via === 'page') expect(revealed.kindLabel).toBe('Generated password');
    await popup.getByTestId('result-done').click();
    await popup.close();

    // The options are remembered, the value is not.
    const stored = JSON.stringify(await s.worker.evaluate(() => chrome.storage.local.get(null)));
    expect(stored).not.toContain(value);
    const again = await openPopup(s, 'generate');
    expect(await again.getByTestId('gen-length').inputValue()).toBe('24');
    expect(await again.getByTestId('gen-value').textContent()).not.toBe(value);
    await again.close();
  });
});
