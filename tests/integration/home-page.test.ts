// The home page (/) through the real HTTP server: the same security headers as the recipient
// page, the operator's WEB_SHARE and extension links written in as escaped meta tags (no inline
// script), and branding on / as on /s/. The built page (dist/page) is served as in production.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PAGE_DIR } from '../../backend/http/page-routes';
import { measurePageWeight } from '../bench/page';
import { testDatabases } from '../support/databases';
import { useTestServer } from '../support/fixtures';
import { EXPECTED_PAGE_HEADERS } from '../support/page-headers';
import { startServer, type TestServer } from '../support/server';

/** Headers that say something about policy (not the date, length or connection). */
async function fetchPolicy(url: string, init?: RequestInit) {
  const res = await fetch(url, init);
  const skip = new Set(['date', 'content-length', 'connection', 'keep-alive']);
  const headers = Object.fromEntries([...res.headers].filter(([k]) => !skip.has(k)));
  return { res, headers };
}

describe('home page', () => {
  const srv = useTestServer(testDatabases.at(-1)!);
  let configured: TestServer;
  beforeAll(async () => {
    configured = await startServer(srv.database.handle, {
      env: {
        WEB_SHARE: 'off',
        EXTENSION_URL_CHROME: 'https://store.example/oncelink?a=1&b="2"',
        BRAND_NAME: 'Acme <Vault>',
      },
    });
  });
  afterAll(async () => {
    await configured?.close();
  });

  it('answers / with the recipient page’s headers: CSP, no-store, no-referrer, frame-ancestors', async () => {
    const home = await fetchPolicy(`${srv.url}/`);
    const recipient = await fetchPolicy(`${srv.url}/s/AAAAAAAAAAAAAAAAAAAAAA`);
    expect(home.res.status).toBe(200);
    expect(home.headers).toEqual(recipient.headers);
    expect(home.headers).toMatchObject(EXPECTED_PAGE_HEADERS);
    expect(home.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    const html = await home.res.text();
    expect(html).toContain('<meta name="oncelink:web-share" content="on" />');
    expect(html).toContain('<meta name="oncelink:extension-chrome" content="" />');
    expect(html).not.toMatch(/\sstyle=|<style|\son[a-z]+=/i);
    const head = await fetch(`${srv.url}/`, { method: 'HEAD' });
    expect([head.status, await head.text()]).toEqual([200, '']);
    expect((await fetch(`${srv.url}/`, { method: 'POST' })).status).toBe(405);
  });

  it('writes WEB_SHARE, the store links and the brand in, escaped, under the same policy', async () => {
    const { res, headers } = await fetchPolicy(`${configured.url}/`);
    const plain = await fetchPolicy(`${srv.url}/`);
    expect(headers).toEqual(plain.headers);
    const html = await res.text();
    expect(html).toContain('<meta name="oncelink:web-share" content="off" />');
    expect(html).toContain(
      '<meta name="oncelink:extension-chrome" content="https://store.example/oncelink?a=1&amp;b=&quot;2&quot;" />',
    );
    expect(html).toContain('<meta name="oncelink:extension-firefox" content="" />');
    expect(html).toContain('<span class="brand">Acme &lt;Vault&gt;</span>');
    expect(html).toContain(' · Acme &lt;Vault&gt;</title>');
    // The other pages carry no home settings.
    const recipient = await (await fetch(`${configured.url}/s/AAAAAAAAAAAAAAAAAAAAAA`)).text();
    expect(recipient).not.toContain('oncelink:web-share');
  });

  // 60 KB until the pages spoke other languages (main was at 60.1 KB by then, with files); the
  // language core, the panels' English, the catalogs' loaders and the file picker are in it
  // since: 65.2 KB (docs/benchmarks.md).
  it('weighs under 66 KB gzipped with its share worker, generator and wordlist (docs/benchmarks.md)', () => {
    const w = measurePageWeight(DEFAULT_PAGE_DIR, 'home');
    expect(w.files.some((f) => f.file.startsWith('share.worker'))).toBe(true);
    expect(w.totalKB).toBeLessThan(66);
    expect(w.containsZod).toBe(false);
  });
});
