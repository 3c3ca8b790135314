// Files in the recipient page, in Chromium (docs/protocol.md#files): after the passphrase the
// page shows the file's name, size and type and a Download button; the download is the sender's
// bytes exactly (SHA-256), saved under the sanitised name; text files may be read as text, and
// nothing is ever rendered in the page's origin.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { randomBytes } from '../../shared/encoding';
import type { FileContent } from '../../shared/file';
import { fileShare, pngFile, sha256hex, upload } from '../support/files';
import { useRecipientPage } from './support/page-fixture';
import { openLink, photograph, revealSecret, typePassphrase } from './support/page-stories';

/** Opens the link, types the passphrase, reveals: the page's file view. */
async function revealFile(page: Page, share: { link: string; passphrase: string }) {
  expect(await openLink(page, share.link)).toBe('state-ready');
  await typePassphrase(page, share.passphrase);
  expect(await revealSecret(page)).toBe('state-revealed');
  await page.getByTestId('download-file').waitFor();
}

/** Clicks Download; the saved file's name and bytes. */
async function download(page: Page): Promise<{ name: string; bytes: Uint8Array }> {
  const [d] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('download-file').click(),
  ]);
  const path = await d.path();
  return { name: d.suggestedFilename(), bytes: new Uint8Array(readFileSync(path)) };
}

describe('recipient page, files, in Chromium', () => {
  let page: Page;
  const fx = useRecipientPage({ onPage: (p) => (page = p) });
  const srv = fx.srv;

  async function share(file: FileContent) {
    const s = await fileShare(srv.url, file);
    await upload(srv.client, s.request);
    return s;
  }

  it('a PNG: name, size, type and Download; the bytes saved are the bytes sent', async () => {
    const png = pngFile('holiday photo.png');
    await revealFile(page, await share(png));
    expect(await page.getByTestId('file-name').textContent()).toBe('holiday photo.png');
    expect(await page.getByTestId('file-size').textContent()).toMatch(/^\d+ bytes$/);
    expect(await page.getByTestId('file-type').textContent()).toBe('image/png');
    // Never rendered inline: no image, frame or object in the page, and no preview for binary.
    expect(await page.locator('img, iframe, object, embed').count()).toBe(0);
    expect(await page.getByTestId('toggle-preview').count()).toBe(0);
    expect(
      await page.getByTestId('download-file').evaluate((b) => b === document.activeElement),
    ).toBe(true);
    await photograph(page, 'page-file-png');
    const saved = await download(page);
    expect(saved.name).toBe('holiday photo.png');
    expect(sha256hex(saved.bytes)).toBe(sha256hex(png.bytes));
    await page
      .getByTestId('download-status')
      .filter({ hasText: /saving/ })
      .waitFor();
  });

  it('random binary and an empty file, byte for byte', async () => {
    for (const file of [
      { name: 'random.bin', type: 'application/octet-stream', bytes: randomBytes(300_000) },
      { name: 'empty.txt', type: 'text/plain', bytes: new Uint8Array(0) },
    ]) {
      await revealFile(page, await share(file));
      expect(await page.getByTestId('file-size').textContent()).toBe(
        file.bytes.length === 0 ? '0 bytes' : '293.0 KiB',
      );
      const saved = await download(page);
      expect(saved.name).toBe(file.name);
      expect(sha256hex(saved.bytes)).toBe(sha256hex(file.bytes));
    }
  });

  it('a UTF-8 .env with an emoji name: saved under its name, and readable as text', async () => {
    const text = 'DB_PASSWORD=hunter2\nAPI_KEY=sk-🔑-42\n# ünïcödé ✓\n';
    const file = { name: 'prod secrets 🔐.env', type: '', bytes: new TextEncoder().encode(text) };
    await revealFile(page, await share(file));
    expect(await page.getByTestId('file-name').textContent()).toBe('prod secrets 🔐.env');
    expect(await page.getByTestId('file-type').textContent()).toBe('application/octet-stream');
    expect(await page.getByTestId('file-preview').count()).toBe(0); // hidden until asked for
    await page.getByTestId('toggle-preview').click();
    expect(await page.getByTestId('file-preview').inputValue()).toBe(text);
    await photograph(page, 'page-file-text-preview');
    const saved = await download(page);
    expect(saved.name).toBe('prod secrets 🔐.env');
    expect(new TextDecoder().decode(saved.bytes)).toBe(text);
  });

  it('hostile names: shown with their tricks written out, saved under safe names', async () => {
    const html = new TextEncoder().encode('<script>document.title="owned"</script><b>x</b>');
    for (const [name, shown, saveAs] of [
      ['a\u202Etxt.exe', 'a[U+202E]txt.exe', 'atxt.exe'],
      ['../../etc/passwd', '../../etc/passwd', '.._.._etc_passwd'],
      ['CON', 'CON', '_CON'],
    ] as const) {
      await revealFile(page, await share({ name, type: 'text/html', bytes: html }));
      expect(await page.getByTestId('file-name').textContent()).toBe(shown);
      expect(await page.getByTestId('file-saved-as').textContent()).toContain(saveAs);
      if (name === 'a\u202Etxt.exe') await photograph(page, 'page-file-hostile-name');
      const saved = await download(page);
      // Chromium drops leading dots itself (no hidden files from a download).
      expect(saved.name).toBe(saveAs.replace(/^\.+/, ''));
      expect(sha256hex(saved.bytes)).toBe(sha256hex(html));
      // HTML is text: previewed as a textarea's value, never as markup.
      await page.getByTestId('toggle-preview').click();
      expect(await page.getByTestId('file-preview').inputValue()).toContain('<script>');
      expect(await page.locator('main b').count()).toBe(0);
      expect(await page.title()).not.toContain('owned');
    }
  });
});
