// Zero knowledge, end to end: a share made with the real built extension and revealed through
// the real recipient page in Chromium, while a proxy records every request the server receives
// (and its answers), the server's log lines are kept, and the database is dumped before and after
// the reveal. The plaintext, the passphrase, the Argon2id output (master), encKey, linkKey and the
// link's fragment appear in none of them, in any spelling (text, escaped, hex, base64/base64url
// at any alignment, raw bytes). authKey is sent by design, in the reveal request's body only;
// the server keeps only SHA-256 of it, so it must not be in the database or the logs.
// (The 2-byte check is not looked for alone: too short to mean anything; it is in the fragment.)
// Secret requests likewise: the note, the answer, the request fragment (public key, linkKey),
// the note key and the requester's private key (the CLI's, whose bytes exist; the extension's
// is a non-extractable CryptoKey) appear nowhere the server sees, logs or stores.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { b64uDecode, b64uEncode } from '../../shared/encoding';
import { deriveMaster } from '../../shared/kdf';
import { deriveKeys } from '../../shared/keys';
import { parseLink } from '../../shared/link';
import type { CreateRequest } from '../../shared/protocol';
import { linkAccess } from '../../shared/recipient';
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
  openPopup,
  createShareIn,
  openLinkAndReveal,
  readLinkAndPassphrase,
  selectTextOnPage,
  shareSelectionViaMenu,
} from './support/extension-stories';
import { dumpDatabase, findIn, needle, type Needle } from './support/leaks';
import { cliHome, runCli } from '../cli/support';
import { noteKeyOf } from '../../shared/request/keys';
import { parseRequestLink } from '../../shared/request/link';
import { recordingProxy, type RecordingProxy } from './support/recording-proxy';
import { readSecret } from './support/page-stories';

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

    const reveals = proxy.exchanges.filter(
      (e) => e.method === 'POST' && e.url === '/trpc/secret.reveal',
    );
    expect(reveals).toHaveLength(1);
    expect(proxy.exchanges.some((e) => e.url.startsWith('/trpc/secret.peek'))).toBe(true);
    expect(proxy.exchanges.some((e) => e.url.startsWith('/s/'))).toBe(true);
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
    // The link proof may reach the server (it proves the link, it is no key): only in bodies of
    // POSTs, never in a URL a proxy would log; the database holds its SHA-256.
    const proof = needle('linkProof', b64uDecode((await linkAccess(parts)).linkProof!));
    const peeks = proxy.exchanges.filter((e) => e.url.startsWith('/trpc/secret.peek'));
    expect(peeks.map((e) => e.method)).toEqual(peeks.map(() => 'POST'));
    expect(findIn(proof, { text: peeks[0]!.body.toString('utf8') })).not.toEqual([]);
    expect(findIn(proof, { text: reveals[0]!.body.toString('utf8') })).not.toEqual([]);
    for (const e of proxy.exchanges) expect(findIn(proof, { text: e.url })).toEqual([]);
    const linkVerifier = needle('linkVerifier', b64uDecode(created.linkVerifier!));
    expect(findIn(linkVerifier, dbWhilePending)).not.toEqual([]);

    const places = placesOf(proxy, logs, {
      'database while pending': dbWhilePending,
      'database after the reveal': dbAfter,
    });
    const leaks = leaksOf(forbidden, places);
    // authKey: in the reveal request's body and nowhere else.
    for (const p of places) {
      if (p.where === 'request body of POST /trpc/secret.reveal') continue;
      const found = findIn(authKey, p.hay);
      if (found.length) leaks.push(`authKey in ${p.where}: ${found.join(', ')}`);
    }
    expect(leaks).toEqual([]);
  });
  it('secret requests: the note, the answer and the private key appear nowhere', async () => {
    const note = `${MARKER}-note: the staging DB password ✓`;
    const answer = `${MARKER}-answer: hunter2\n  second line 🔑\n`;
    const seen = proxy.exchanges.length;

    // The extension asks; its private key is a non-extractable CryptoKey (so it has no bytes
    // that could travel), and the responder answers in the real request page.
    const popup = await openPopup(s, 'request');
    await popup.getByTestId('request-note').fill(note);
    await popup.getByTestId('request-create').click();
    const link = (await popup.getByTestId('request-link').textContent())!;
    expect(link.startsWith(`${proxy.url}/r/`)).toBe(true);
    const respond = await s.context.newPage();
    await respond.goto(link);
    expect(await respond.getByTestId('note').textContent()).toBe(note);
    await respond.getByTestId('answer').fill(answer);
    await respond.getByTestId('send').click();
    await respond.getByTestId('state-sent').waitFor();
    await respond.close();
    const dbAnswered = await dumpDatabase(server.database.handle.db);

    // The command asks too, through the proxy: its key is extractable (a 0600 file), so its
    // bytes can be looked for.
    const home = cliHome();
    const made = await runCli(['request', note, '--server', proxy.url, '--json'], { home });
    expect(made.code, made.err).toBe(0);
    const cliLink = (JSON.parse(made.out) as { link: string }).link;
    const sent = await runCli(['answer', cliLink], { home, input: answer });
    expect(sent.code, sent.err).toBe(0);
    const keyFile = JSON.parse(readFileSync(join(home.dir, 'request-keys.json'), 'utf8'));
    const jwk = Object.values(keyFile.keys as Record<string, { jwk: { d: string } }>)[0]!.jwk;

    // Both answers read once: the extension's in its popup, the command's in the terminal.
    await popup.close();
    const reader = await openPopup(s, 'request');
    const id = parseRequestLink(link).id;
    await reader
      .locator(`[data-request-id="${id}"] [data-testid="request-state"]`)
      .filter({ hasText: 'answered' })
      .waitFor({ timeout: 30_000 });
    // Read opens the answer in the extension's open window.
    const opened = s.context.waitForEvent('page');
    await reader.locator(`[data-request-id="${id}"]`).getByTestId('request-read').click();
    const win = await opened;
    await win.getByTestId('state-revealed').waitFor();
    expect(await readSecret(win)).toBe(answer);
    await win.close();
    await reader.close();
    const read = await runCli(['read', parseRequestLink(cliLink).id], { home });
    expect(read.out).toBe(answer);
    home.remove();
    const dbAfter = await dumpDatabase(server.database.handle.db);

    const utf8 = (t: string) => new TextEncoder().encode(t);
    const forbidden: Needle[] = [
      needle('note', utf8(note), [note]),
      needle('answer', utf8(answer), [answer, JSON.stringify(answer)]),
      needle('CLI private key', b64uDecode(jwk.d), [jwk.d]),
    ];
    for (const l of [link, cliLink]) {
      const parts = parseRequestLink(l);
      const fragment = new URL(l).hash.slice(1);
      const id = b64uDecode(parts.id);
      forbidden.push(
        needle('request fragment', b64uDecode(fragment), [fragment]),
        needle('request linkKey', parts.linkKey),
        needle('requester public key', parts.publicKey),
        needle('note key', await noteKeyOf(parts.linkKey, id)),
      );
    }
    const places = placesOf(
      { ...proxy, exchanges: proxy.exchanges.slice(seen) } as RecordingProxy,
      logs,
      { 'database while answered': dbAnswered, 'database after the reads': dbAfter },
    );
    expect(places.some((p) => p.where.includes('request.answer'))).toBe(true);
    expect(leaksOf(forbidden, places)).toEqual([]);
    // The search finds what the server is meant to hold: the answer's ciphertext, until read.
    const body = proxy.exchanges.slice(seen).find((e) => e.url === '/trpc/request.answer')!;
    const { ciphertext } = JSON.parse(body.body.toString('utf8')) as { ciphertext: string };
    expect(findIn(needle('answer ciphertext', b64uDecode(ciphertext)), dbAnswered)).not.toEqual([]);
    expect(findIn(needle('answer ciphertext', b64uDecode(ciphertext)), dbAfter)).toEqual([]);
  });
});

type Hay = Parameters<typeof findIn>[1];

/** Everything the server received (request lines, headers, bodies), answered on the API, logged
 * and stored: where nothing secret may be. The page's own files hold the wordlist, so only API
 * answers are searched. */
function placesOf(proxy: RecordingProxy, logs: string[], dumps: Record<string, Hay>) {
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
  const answers = proxy.exchanges
    .filter((e) => e.url.startsWith('/trpc/'))
    .map((e, i) => ({
      where: `API answer ${i} (${e.url.slice(0, 30)})`,
      hay: { text: e.response?.toString('utf8') ?? '', raw: [e.response ?? Buffer.alloc(0)] },
    }));
  return [
    ...requests,
    ...answers,
    { where: 'server logs', hay: { text: logs.join('\n') } },
    ...Object.entries(dumps).map(([where, hay]) => ({ where, hay })),
  ];
}

function leaksOf(forbidden: Needle[], places: ReturnType<typeof placesOf>): string[] {
  const leaks: string[] = [];
  for (const n of forbidden) {
    for (const p of places) {
      const found = findIn(n, p.hay);
      if (found.length) leaks.push(`${n.name} in ${p.where}: ${found.join(', ')}`);
    }
  }
  return leaks;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
