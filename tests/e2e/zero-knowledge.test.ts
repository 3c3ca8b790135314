// Zero knowledge, end to end: a share made with the real built extension and revealed through
// the real recipient page in Chromium, while a proxy records every request the server receives
// (and its answers), the server's log lines are kept, and the database is dumped before and after
// the reveal. The plaintext, the passphrase, the Argon2id output (master), encKey, linkKey and the
// link's fragment appear in none of them, in any spelling (text, escaped, hex, base64/base64url
// at any alignment, raw bytes). authKey is sent by design, in the reveal request's body only;
// the server keeps only SHA-256 of it, so it must not be in the database or the logs.
// (The 2-byte check is not looked for alone: too short to mean anything; it is in the fragment.)
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { b64uDecode, b64uEncode } from '../../shared/encoding';
import { deriveMaster } from '../../shared/kdf';
import { deriveKeys } from '../../shared/keys';
import { parseLink } from '../../shared/link';
import type { CreateRequest } from '../../shared/protocol';
import { verifierOf } from '../../shared/verifier';
import { pglite } from '../support/databases';
import { useTestServer } from '../support/fixtures';
import { assertPageBuilt } from './support/chromium';
import {
  launchWithExtension,
  servePage,
  setServer,
  type ExtensionSession,
} from './support/extension';
import {
  createShareIn,
  openLinkAndReveal,
  readLinkAndPassphrase,
  selectTextOnPage,
  shareSelectionViaMenu,
} from './support/extension-stories';
import { dumpDatabase, findIn, needle, type Needle } from './support/leaks';
import { recordingProxy, type RecordingProxy } from './support/recording-proxy';

const MARKER = `zkmarker${randomBytes(8).toString('hex')}`;
const PLAINTEXT = `${MARKER} db password: Tr0ub4dor&3 ✓ 密码 🔑`;
const SITE = `<!doctype html><html><head><meta charset="utf-8"><title>notes</title></head>
<body><pre id="secret">${PLAINTEXT}</pre></body></html>`;

describe('zero knowledge: real extension → server → real page (built, in Chromium)', () => {
  const logs: string[] = [];
  const server = useTestServer(pglite, { logs });
  let proxy: RecordingProxy;
  let site: Awaited<ReturnType<typeof servePage>>;
  let s: ExtensionSession;

  beforeAll(async () => {
    assertPageBuilt();
    proxy = await recordingProxy(server.url);
    site = await servePage(SITE);
    s = await launchWithExtension();
    // The extension (and so the link, and the page) talk to the server through the proxy.
    await setServer(s, proxy.url);
  });
  afterAll(async () => {
    await s?.close();
    await site?.close();
    await proxy?.close();
  });

  it('the server never receives, logs or stores the plaintext, the passphrase or any key', async () => {
    // The sender: select the text on a page, "Share securely", Create.
    const page = await s.context.newPage();
    await page.goto(site.url);
    expect(await selectTextOnPage(page, '#secret')).toBe(PLAINTEXT);
    const win = await shareSelectionViaMenu(s, page, PLAINTEXT);
    expect(await win.getByTestId('share-secret').inputValue()).toBe(PLAINTEXT);
    await createShareIn(win);
    const { link, passphrase } = await readLinkAndPassphrase(win);
    expect(link.startsWith(`${proxy.url}/s/`)).toBe(true);

    // What the server was sent to create it, and the keys re-derived from link + passphrase.
    const creates = proxy.exchanges.filter(
      (e) => e.method === 'POST' && e.url === '/trpc/secret.create',
    );
    expect(creates).toHaveLength(1);
    const created = JSON.parse(creates[0]!.body.toString('utf8')) as CreateRequest;
    const parts = parseLink(link);
    expect(created.id).toBe(parts.id);
    const master = await deriveMaster(passphrase, b64uDecode(created.salt), created.kdf);
    const keys = await deriveKeys(master, parts.linkKey, b64uDecode(parts.id));
    // They are the share's keys: the server's verifier and the link's check agree.
    expect(await verifierOf(keys.authKey)).toBe(created.verifier);
    expect(b64uEncode(keys.check)).toBe(b64uEncode(parts.check));
    const fragment = new URL(link).hash.slice(1);

    const dbWhilePending = await dumpDatabase(server.database.handle.db);

    // The recipient: open the link in the real page, type the passphrase, read the secret.
    const revealed = await openLinkAndReveal(s, link, passphrase);
    expect(revealed).toMatchObject({ value: PLAINTEXT, via: 'page' });
    await win.close();
    await page.close();
    const dbAfter = await dumpDatabase(server.database.handle.db);

    // Everything the server received: request lines (URLs and query strings), headers, bodies.
    const requests = proxy.exchanges.flatMap((e) => {
      const label = `${e.method} ${e.url.slice(0, 40)}`;
      return [
        {
          where: `request line and headers of ${label}`,
          hay: {
            text: [`${e.method} ${e.url}`, safeDecode(e.url), JSON.stringify(e.headers)].join('\n'),
          },
        },
        {
          where: `request body of ${label}`,
          hay: { text: `${e.body.toString('utf8')}\n${e.body.toString('latin1')}`, raw: [e.body] },
        },
      ];
    });
    // What it answered on the API (the page's own files hold the wordlist, so they are not here).
    const answers = proxy.exchanges
      .filter((e) => e.url.startsWith('/trpc/'))
      .map((e) => ({
        text: e.response?.toString('utf8') ?? '',
        raw: [e.response ?? Buffer.alloc(0)],
      }));
    const reveals = proxy.exchanges.filter(
      (e) => e.method === 'POST' && e.url === '/trpc/secret.reveal',
    );
    expect(reveals).toHaveLength(1);
    expect(proxy.exchanges.some((e) => e.url.startsWith('/trpc/secret.peek'))).toBe(true);
    expect(proxy.exchanges.some((e) => e.url.startsWith('/s/'))).toBe(true);
    const logText = { text: logs.join('\n') };
    expect(logs.length).toBeGreaterThan(3);

    const utf8 = (t: string) => new TextEncoder().encode(t);
    const words = passphrase.split(' ');
    const forbidden: Needle[] = [
      needle('plaintext', utf8(PLAINTEXT), [PLAINTEXT]),
      needle('marker in the plaintext', utf8(MARKER), [MARKER]),
      needle('passphrase', utf8(passphrase), [
        passphrase,
        ...['-', '', '+', '_', ',', ', ', '\n', '.'].map((sep) => words.join(sep)),
        JSON.stringify(words),
      ]),
      needle('master (Argon2id output)', master),
      needle('encKey', keys.encKey),
      needle('linkKey', parts.linkKey),
      needle('fragment (linkKey ‖ check)', b64uDecode(fragment), [fragment]),
    ];
    const authKey = needle('authKey', keys.authKey, [b64uEncode(keys.authKey)]);

    // The search works: what the server is meant to hold is found where it should be.
    const verifier = needle('verifier', b64uDecode(created.verifier), [created.verifier]);
    expect(findIn(verifier, dbWhilePending)).not.toEqual([]);
    expect(
      findIn(needle('ciphertext', b64uDecode(created.ciphertext)), dbWhilePending),
    ).not.toEqual([]);
    expect(findIn(authKey, { text: reveals[0]!.body.toString('utf8') })).not.toEqual([]);

    const places = [
      ...requests,
      ...answers.map((a, i) => ({ where: `API answer ${i}`, hay: a })),
      { where: 'server logs', hay: logText },
      { where: 'database while pending', hay: dbWhilePending },
      { where: 'database after the reveal', hay: dbAfter },
    ];
    const leaks: string[] = [];
    for (const n of forbidden) {
      for (const p of places) {
        const found = findIn(n, p.hay);
        if (found.length) leaks.push(`${n.name} in ${p.where}: ${found.join(', ')}`);
      }
    }
    // authKey: in the reveal request's body and nowhere else.
    for (const p of places) {
      if (p.where === 'request body of POST /trpc/secret.reveal') continue;
      const found = findIn(authKey, p.hay);
      if (found.length) leaks.push(`authKey in ${p.where}: ${found.join(', ')}`);
    }
    expect(leaks).toEqual([]);
  });
});

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
