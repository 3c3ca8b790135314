// Files through the built extension in Chromium (docs/protocol.md#files): picked in the popup's
// Share tab (or dropped on the share window), shown with name, size and type before Create,
// uploaded, then downloaded from the recipient page and compared by SHA-256. At the server's
// limit a file shares; one byte over, or two files at once, is refused before anything is
// derived or sent.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from '../../shared/encoding';
import { pglite } from '../support/databases';
import { pngFile, sha256hex } from '../support/files';
import { startServerOn, type DatabaseServer } from '../support/server';
import { launchChromium, screenshot, type Browser } from './support/chromium';
import {
  launchWithExtension,
  openExtensionPage,
  setServer,
  type ExtensionSession,
} from './support/extension';
import { createShareIn, openPopup, readLinkAndPassphrase } from './support/extension-stories';
import { openLink, revealSecret, typePassphrase } from './support/page-stories';

const LIMIT = 300_000;

/** Picks a file in a share view through its file input. */
async function pickFile(view: Page, name: string, mimeType: string, bytes: Uint8Array) {
  await view
    .getByTestId('share-file-input')
    .setInputFiles({ name, mimeType, buffer: Buffer.from(bytes) });
  await view.getByTestId('share-file').waitFor();
}

/** The recipient's side, in a browser of their own: open, type, reveal, Download; the bytes. */
async function downloadFromPage(recipient: Browser, link: string, passphrase: string) {
  const page = await recipient.context.newPage();
  try {
    expect(await openLink(page, link)).toBe('state-ready');
    await typePassphrase(page, passphrase);
    expect(await revealSecret(page)).toBe('state-revealed');
    const [d] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('download-file').click(),
    ]);
    return { name: d.suggestedFilename(), bytes: new Uint8Array(readFileSync(await d.path())) };
  } finally {
    await page.close();
  }
}

describe('extension: files (built, in Chromium)', () => {
  let s: ExtensionSession;
  let server: DatabaseServer;
  let recipient: Browser;
  const creates: string[] = [];

  beforeAll(async () => {
    server = await startServerOn(pglite, { env: { MAX_FILE_BYTES: String(LIMIT) } });
    s = await launchWithExtension();
    recipient = await launchChromium();
    await setServer(s, server.url);
    s.context.on('request', (r) => {
      if (/secret\.(create|upload)/.test(r.url())) creates.push(r.url());
    });
  });
  afterAll(async () => {
    await s?.close();
    await recipient?.close();
    await server?.close();
  });

  it('a PNG from the popup: facts before Create, then the page downloads the same bytes', async () => {
    const png = pngFile();
    const popup = await openPopup(s, 'share');
    await pickFile(popup, 'holiday photo.png', 'image/png', png.bytes);
    expect(await popup.getByTestId('file-name').textContent()).toBe('holiday photo.png');
    expect(await popup.getByTestId('file-size').textContent()).toBe(`${png.bytes.length} bytes`);
    expect(await popup.getByTestId('file-type').textContent()).toBe('image/png');
    await screenshot(popup, 'ext-popup-share-file');
    await createShareIn(popup);
    const { link, passphrase } = await readLinkAndPassphrase(popup);
    await popup.getByTestId('result-done').click(); // else a reopened popup shows the result
    await popup.close();
    const saved = await downloadFromPage(recipient, link, passphrase);
    expect(saved.name).toBe('holiday photo.png');
    expect(sha256hex(saved.bytes)).toBe(sha256hex(png.bytes));
  });

  it(
    'binary at the limit exactly, a UTF-8 name with emoji, and 0 bytes, byte for byte',
    {
      timeout: 90_000,
    },
    async () => {
      for (const [name, type, bytes] of [
        ['random.bin', 'application/octet-stream', randomBytes(LIMIT)],
        ['Ünïcödé notes 🔐 ✓.txt', 'text/plain', new TextEncoder().encode('ключ: 🔑\n')],
        ['empty', '', new Uint8Array(0)],
      ] as const) {
        const popup = await openPopup(s, 'share');
        await pickFile(popup, name, type, bytes);
        await createShareIn(popup);
        const { link, passphrase } = await readLinkAndPassphrase(popup);
        await popup
          .getByTestId('result-done')
          .click()
          .catch(() => {});
        await popup.close();
        const saved = await downloadFromPage(recipient, link, passphrase);
        expect(saved.name).toBe(name);
        expect(sha256hex(saved.bytes)).toBe(sha256hex(bytes));
      }
    },
  );

  it('one byte over the limit, or two files dropped: a plain refusal, nothing sent', async () => {
    const before = creates.length;
    const popup = await openPopup(s, 'share');
    await popup.getByTestId('share-file-input').setInputFiles({
      name: 'big.bin',
      mimeType: '',
      buffer: Buffer.from(randomBytes(LIMIT + 1)),
    });
    const error = popup.getByTestId('share-file-error');
    expect(await error.textContent()).toBe(
      'big.bin is 300001 bytes; this server takes files of up to 300000 bytes.',
    );
    expect(await popup.getByTestId('share-file').count()).toBe(0);
    expect(await popup.getByTestId('share-create').isDisabled()).toBe(true);
    await screenshot(popup, 'ext-popup-share-file-too-large');
    await popup.close();

    const win = await openExtensionPage(s, 'share.html');
    await win.getByTestId('share-form').waitFor();
    await win.getByTestId('share-form').evaluate((form) => {
      const dt = new DataTransfer();
      dt.items.add(new File(['a'], 'a.key'));
      dt.items.add(new File(['b'], 'b.crt'));
      form.dispatchEvent(
        new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }),
      );
    });
    expect(await win.getByTestId('share-file-error').textContent()).toBe(
      'You chose 2 files, and a share holds one. Zip them into one file first, or share them one by one.',
    );
    // One file dropped on the share window is taken.
    await win.getByTestId('share-form').evaluate((form) => {
      const dt = new DataTransfer();
      dt.items.add(new File(['KEY=1\n'], '.env', { type: '' }));
      form.dispatchEvent(
        new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }),
      );
    });
    expect(await win.getByTestId('file-name').textContent()).toBe('.env');
    await screenshot(win, 'ext-window-share-file');
    await win.close();
    expect(creates.length).toBe(before);
  });
});
