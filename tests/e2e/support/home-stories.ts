// Steps of the home page's stories (web/home, the page at /), named for what a visitor does.
// data-testid selectors and standard DOM only, like the recipient page's stories.
import type { Page } from 'playwright-core';

/** Opens / and waits for the page to have rendered (the tools, or the "turned off" notice). */
export async function openHome(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}/`);
  await page.waitForSelector('[data-testid="panel-share"], [data-testid="web-share-off"]');
}

export async function openTab(page: Page, tab: 'share' | 'generate' | 'request' | 'sent') {
  await page.getByTestId(`tab-${tab}`).click();
  await page.getByTestId(`panel-${tab}`).waitFor({ state: 'visible' });
}

/** Fills the share form: the secret and, if given, options and label. */
export async function fillShare(
  page: Page,
  value: string,
  opts: { views?: number; label?: string; expiry?: number } = {},
) {
  await page.getByTestId('share-secret').fill(value);
  if (opts.views !== undefined) await page.getByTestId('share-views').fill(String(opts.views));
  if (opts.expiry !== undefined)
    await page.getByTestId('share-expiry').selectOption(String(opts.expiry));
  if (opts.label !== undefined) await page.getByTestId('share-label').fill(opts.label);
}

/** Create, then the two halves as the result shows them. */
export async function createShareHere(page: Page): Promise<{ link: string; passphrase: string }> {
  await page.getByTestId('share-create').click();
  await page.getByTestId('share-result').waitFor();
  return {
    link: (await page.getByTestId('result-link').textContent())!.trim(),
    passphrase: (await page.getByTestId('result-passphrase').textContent())!.trim(),
  };
}

/** The state badge of the share `id` in the Sent tab. */
export function sentState(page: Page, id: string) {
  return page.locator(`[data-share-id="${id}"] [data-testid="sent-state"]`).textContent();
}

/** What this origin keeps in localStorage, every key and value. */
export function storedHere(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));
}

/** The request keys this origin holds in IndexedDB: id and whether the private key could leave. */
export function requestKeysHere(page: Page): Promise<{ id: string; extractable: boolean }[]> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('oncelink');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('request-keys')) return resolve([]);
          const req = db.transaction('request-keys').objectStore('request-keys').getAll();
          req.onsuccess = () =>
            resolve(
              (req.result as { id: string; keys: CryptoKeyPair }[]).map((k) => ({
                id: k.id,
                extractable: k.keys.privateKey.extractable,
              })),
            );
          req.onerror = () => reject(req.error);
        };
      }),
  );
}
