// Secret requests with the BUILT extension in Chromium and the real backend: the Request tab
// makes a link → the request page in a second browser (no extension) answers → the extension is
// notified → Read opens the extension's open window (the view a share link opens in), which
// shows exactly the text, decrypted by extension code with a non-extractable key from
// IndexedDB, which is then gone → a second read is refused. And the CLI both ways:
// the command answers the extension's request; the page answers the command's.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RequestJson } from '../../cli/schemas';
import { cliHome, runCli, type CliHome } from '../cli/support';
import { assertPageBuilt, launchChromium, screenshot, type Browser } from './support/chromium';
import { expectNoAxeViolations } from './support/axe';
import { startExtensionEnv, type ExtensionEnv } from './support/extension';
import { openPopup } from './support/extension-stories';
import { readSecret } from './support/page-stories';

const ANSWER = 'line one ✓\n  line two, indented\tand tabbed\nпароль: 密码 🔑\n';

describe('secret requests in the extension', { timeout: 120_000 }, () => {
  let env: ExtensionEnv;
  let responder: Browser;
  let home: CliHome;

  beforeAll(async () => {
    assertPageBuilt();
    env = await startExtensionEnv('<!doctype html><title>site</title><p>hello</p>');
    responder = await launchChromium();
    home = cliHome();
  });
  afterAll(async () => {
    await responder?.close();
    await env?.close();
    home?.remove();
  });

  async function makeRequest(
    popup: Page,
    note: string,
    label = '',
  ): Promise<{ id: string; link: string }> {
    await popup.getByTestId('request-note').fill(note);
    if (label) await popup.getByTestId('request-label').fill(label);
    await popup.getByTestId('request-create').click();
    const link = (await popup.getByTestId('request-link').textContent())!;
    const id = /\/r\/([\w-]{22})#/.exec(link)![1]!;
    return { id, link };
  }
  async function answerInPage(link: string, value: string) {
    const page = await responder.context.newPage();
    try {
      await page.goto(link);
      await page.getByTestId('answer').fill(value);
      await page.getByTestId('send').click();
      await page.getByTestId('state-sent').waitFor();
    } finally {
      await page.close();
    }
  }
  /** The state badge once the background has polled (the tab asks for a round when shown). */
  async function waitForState(id: string, state: string): Promise<Page> {
    for (let i = 0; i < 20; i++) {
      const popup = await openPopup(env.s, 'request');
      const badge = popup.locator(`[data-request-id="${id}"] [data-testid="request-state"]`);
      try {
        await badge.filter({ hasText: state }).waitFor({ timeout: 3000 });
        return popup;
      } catch {
        await popup.close();
      }
    }
    throw new Error(`request ${id} never became ${state}`);
  }
  /** The page `action` opens (the extension's open window). */
  async function openedBy(action: () => Promise<unknown>): Promise<Page> {
    const opened = env.s.context.waitForEvent('page');
    await action();
    return opened;
  }
  /** Read on the request's item: its window, once it shows the answer (or why not). */
  async function readInWindow(popup: Page, id: string): Promise<Page> {
    const win = await openedBy(() =>
      popup.locator(`[data-request-id="${id}"]`).getByTestId('request-read').click(),
    );
    await win.waitForSelector('[data-testid="state-revealed"], [data-testid="state-failed"]');
    return win;
  }
  const keyIds = () =>
    env.s.worker.evaluate(
      () =>
        new Promise<string[]>((resolve, reject) => {
          const open = indexedDB.open('oncelink');
          open.onsuccess = () => {
            const db = open.result;
            if (!db.objectStoreNames.contains('request-keys')) return resolve([]);
            const req = db.transaction('request-keys').objectStore('request-keys').getAllKeys();
            req.onsuccess = () => resolve(req.result as string[]);
            req.onerror = () => reject(req.error);
          };
        }),
    );

  it('Request tab → link → answered in another browser → notified → read once, exactly', async () => {
    const popup = await openPopup(env.s, 'request');
    await screenshot(popup, 'ext-popup-request');
    await expectNoAxeViolations(popup, 'ext-popup-request');
    const { id, link } = await makeRequest(popup, 'The staging DB password, please', 'staging DB');
    expect(link.startsWith(`${env.server.url}/r/${id}#`)).toBe(true);
    await screenshot(popup, 'ext-popup-request-link');
    await expectNoAxeViolations(popup, 'ext-popup-request-link');

    // The private key: in IndexedDB, a CryptoKey that not even the extension can export.
    const key = await env.s.worker.evaluate(
      (id) =>
        new Promise<{ extractable: boolean; exported: string; inLocal: boolean }>((resolve) => {
          const open = indexedDB.open('oncelink');
          open.onsuccess = () => {
            const req = open.result.transaction('request-keys').objectStore('request-keys').get(id);
            req.onsuccess = async () => {
              const priv = req.result.keys.privateKey as CryptoKey;
              const exported = await crypto.subtle.exportKey('jwk', priv).then(
                () => 'exported',
                (e: Error) => e.name,
              );
              const local = JSON.stringify(await chrome.storage.local.get(null));
              resolve({ extractable: priv.extractable, exported, inLocal: local.includes('"d"') });
            };
          };
        }),
      id,
    );
    expect(key).toEqual({ extractable: false, exported: 'InvalidAccessError', inLocal: false });
    await popup.getByTestId('request-done').click();
    expect(
      await popup.locator(`[data-request-id="${id}"] [data-testid="request-state"]`).textContent(),
    ).toBe('waiting');
    await screenshot(popup, 'ext-popup-requests-waiting');
    await expectNoAxeViolations(popup, 'ext-popup-requests-waiting');
    await popup.close();

    await answerInPage(link, ANSWER);
    const answered = await waitForState(id, 'answered');
    // The list is stored before the notification is made: wait for it, as a person would.
    await expect
      .poll(async () =>
        Object.keys(await env.s.worker.evaluate(() => chrome.notifications.getAll())),
      )
      .toContain(`answered:${id}`);
    await screenshot(answered, 'ext-popup-requests-answered');
    await expectNoAxeViolations(answered, 'ext-popup-requests-answered');

    // Read opens the answer in the extension's open window, the view a share link opens in.
    const win = await readInWindow(answered, id);
    expect(await win.getByTestId('state-revealed').count()).toBe(1);
    expect(await readSecret(win)).toBe(ANSWER);
    expect(new URL(win.url()).protocol).toBe('chrome-extension:');
    await expect(win.getByTestId('gone-note').textContent()).resolves.toContain(
      'deleted from the server',
    );
    await win.getByTestId('copy').click();
    await expect.poll(() => win.getByTestId('copy-status').textContent()).toContain('Copied');
    await screenshot(win, 'ext-open-answer');
    await expectNoAxeViolations(win, 'ext-open-answer');
    expect(await keyIds()).not.toContain(id);
    await win.close();

    // A second read: the key is gone, and the server has burnt the answer anyway.
    const again = await answered.evaluate(
      (id) => chrome.runtime.sendMessage({ type: 'request.read', id }),
      id,
    );
    expect(again).toMatchObject({ ok: false });
    const second = await openedBy(() =>
      answered.evaluate((id) => chrome.runtime.sendMessage({ type: 'answer.open', id }), id),
    );
    await second.getByTestId('state-failed').waitFor();
    await expect(second.getByTestId('message').textContent()).resolves.toContain(
      'key of this request is gone',
    );
    await screenshot(second, 'ext-open-answer-gone');
    await second.close();
    await answered
      .locator(`[data-request-id="${id}"] [data-testid="request-state"]`)
      .filter({ hasText: 'read' })
      .waitFor();
    await screenshot(answered, 'ext-popup-requests-read');
    await expectNoAxeViolations(answered, 'ext-popup-requests-read');
    await answered.close();
  });

  it('revoking drops the key, and the link then says so', async () => {
    const popup = await openPopup(env.s, 'request');
    const { id, link } = await makeRequest(popup, 'never mind');
    await popup.getByTestId('request-done').click();
    await popup.locator(`[data-request-id="${id}"]`).getByTestId('request-revoke').click();
    await popup
      .locator(`[data-request-id="${id}"] [data-testid="request-state"]`)
      .filter({ hasText: 'revoked' })
      .waitFor();
    expect(await keyIds()).not.toContain(id);
    await popup.close();
    const page = await responder.context.newPage();
    await page.goto(link);
    await page.getByTestId('state-revoked').waitFor();
    await page.close();
  });

  it('the CLI answers the extension’s request, and the page answers the CLI’s', async () => {
    const popup = await openPopup(env.s, 'request');
    const { id, link } = await makeRequest(popup, 'a token from the CLI please');
    await popup.close();
    const sent = await runCli(['answer', link, '--kind', 'token'], { home, input: 'tok_✓_123' });
    expect(sent.code, sent.err).toBe(0);
    const answered = await waitForState(id, 'answered');
    const win = await readInWindow(answered, id);
    expect(await readSecret(win)).toBe('tok_✓_123');
    await expect(win.getByTestId('secret-kind').textContent()).resolves.toBe('Generated token');
    await win.close();
    await answered.close();

    const made = await runCli(
      ['request', 'from the terminal', '--server', env.server.url, '--json'],
      { home },
    );
    expect(made.code, made.err).toBe(0);
    const req = RequestJson.parse(JSON.parse(made.out));
    await answerInPage(req.link, ANSWER);
    const read = await runCli(['read', req.id], { home });
    expect(read.code, read.err).toBe(0);
    expect(read.out).toBe(ANSWER);
  });
});
