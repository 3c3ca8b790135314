// The command against what a link or a server may hold: a plain-http link to another machine,
// a link kept out of argv, a secret full of terminal escape sequences, and a server whose
// answers are not oncelink's. The real command in child processes (a pseudo-terminal where the
// terminal matters), the real backend on PGlite, and a fake server for hostile replies.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { EXIT } from '../../cli/exit-codes';
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildLink } from '../../shared/link';
import { pglite } from '../support/databases';
import { useTestServer } from '../support/fixtures';
import { cliHome, halves, runCli, runInTerminal, useCliHome, type CliHome } from './support';

/** OSC 52 (write "pwned" to the clipboard), a CSI clear screen, C1 CSI, a bidi override. */
const HOSTILE = 'pw: \x1b]52;c;cHduZWQ=\x07 \x1b[2J \u009b31m \u202eevil\u202c\tend\n';

const ESC = '\x1b';

// Each command is a process of its own (a second or two, more on a busy machine).
describe(
  'oncelink reveal: where the link comes from and where it may point',
  { timeout: 120_000 },
  () => {
    const srv = useTestServer(pglite);
    const fx = useCliHome();
    const { cli } = fx;

    async function share(secret: string) {
      const r = await cli(['share', '--server', srv.url], secret);
      expect(r.code, r.err).toBe(0);
      return halves(r.out);
    }

    it('reads the link and the passphrase from standard input with -, the link never in argv', async () => {
      const { link, passphrase } = await share('from a pipe\n');
      const r = await cli(['reveal', '-', '--passphrase-stdin'], `${link}\n${passphrase}\n`);
      expect(r.code, r.err).toBe(0);
      expect(r.out).toBe('from a pipe\n');
      // Without --passphrase-stdin a pipe cannot also answer a prompt: it says how, spends nothing.
      const { link: l2, passphrase: p2 } = await share('second');
      const no = await cli(['reveal', '-'], `${l2}\n`);
      expect(no.code).toBe(EXIT.USAGE);
      expect(no.err).toContain('--passphrase-stdin');
      const yes = await cli(['reveal', '--passphrase-stdin'], `${l2}\r\n${p2}\r\n`);
      expect(yes.code, yes.err).toBe(0);
      expect(yes.out).toBe('second');
    });

    it('asks for the link without echo on a terminal', async () => {
      const { link, passphrase } = await share('typed link');
      const r = await runInTerminal(['reveal'], {
        home: fx.home,
        prompt: /(Link \(hidden\)|Passphrase): /,
        answers: [link, passphrase],
      });
      expect(r.code, r.screen).toBe(0);
      expect(r.screen).toContain('typed link');
      expect(r.screen).not.toContain(link.split('#')[1]);
    });

    it('refuses a plain-http link to another machine unless --insecure, before sending anything', async () => {
      const { link } = await share('not over http');
      // 127.0.0.2 is not "this machine" by the rule share uses (localhost, 127.0.0.1, [::1]),
      // and nothing listens there: only --insecure gets as far as trying it.
      const elsewhere = link.replace(/^http:\/\/[^/]+/, 'http://127.0.0.2:9');
      const refused = await cli(['reveal', elsewhere, '--passphrase-stdin'], 'x');
      expect(refused.code).toBe(EXIT.USAGE);
      expect(refused.err).toContain('https://');
      expect(refused.err).toContain('--insecure');
      expect(refused.err).not.toContain(link.split('#')[1]);
      const piped = await cli(['reveal', '-', '--passphrase-stdin'], `${elsewhere}\nx\n`);
      expect(piped.code).toBe(EXIT.USAGE);
      const tried = await runCli(['reveal', elsewhere, '--passphrase-stdin', '--insecure'], {
        home: fx.home,
        input: 'x',
        env: { ONCELINK_TIMEOUT: '2' },
      });
      expect(tried.code, tried.err).toBe(EXIT.UNREACHABLE);
      expect(tried.err).toContain('--insecure');
    });

    it('shows control characters as escapes on a terminal, the bytes with --raw or a pipe', async () => {
      const a = await share(HOSTILE);
      const shown = await runInTerminal(['reveal', a.link], {
        home: fx.home,
        prompt: /Passphrase: $/m,
        answers: [a.passphrase],
      });
      expect(shown.code, shown.screen).toBe(0);
      expect(shown.screen).toContain('pw: \\x1b]52;c;cHduZWQ=\\x07 \\x1b[2J \\x9b31m \\u202eevil');
      expect(shown.screen).toContain('\tend');
      expect(shown.screen).not.toContain(`${ESC}]52`);
      expect(shown.screen).not.toContain('\u009b');
      expect(shown.screen).not.toContain('\u202e');
      expect(shown.screen).toContain('--raw');

      const b = await share(HOSTILE);
      const raw = await runInTerminal(['reveal', b.link, '--raw'], {
        home: fx.home,
        prompt: /Passphrase: $/m,
        answers: [b.passphrase],
      });
      expect(raw.code, raw.screen).toBe(0);
      expect(raw.screen).toContain(`${ESC}]52;c;cHduZWQ=\x07`);

      const c = await share(HOSTILE);
      const piped = await cli(['reveal', c.link, '--passphrase-stdin'], c.passphrase);
      expect(piped.code, piped.err).toBe(0);
      expect(piped.out).toBe(HOSTILE);
      const d = await share(HOSTILE);
      const json = await cli(['reveal', d.link, '--passphrase-stdin', '--json'], d.passphrase);
      for (const c of [ESC, '\u009b', '\u202e']) expect(json.out).not.toContain(c);
      expect(JSON.parse(json.out).value).toBe(HOSTILE);
    });
  },
);

/** A server that answers every call with `reply` in tRPC's format. */
async function fakeServer(
  reply: (path: string) => unknown,
): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const path = new URL(req.url!, 'http://x').pathname.replace(/^\/trpc\//, '');
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ result: { data: reply(path) } }));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

describe('oncelink checks every server reply against its schema', { timeout: 60_000 }, () => {
  let fake: { url: string; server: Server };
  let home: CliHome;
  const ID = 'AAAAAAAAAAAAAAAAAAAAAA';
  const TOKEN = 'A'.repeat(43);
  beforeAll(async () => {
    fake = await fakeServer((path) =>
      path === 'secret.peek'
        ? // Right shape but for the expiry: text a terminal would act on.
          {
            state: 'pending',
            expiresAt: `${ESC}[2J${ESC}]52;c;cHduZWQ=\x07`,
            viewsLeft: 1,
            attemptsLeft: 1,
            salt: 'A'.repeat(22),
            kdf: { alg: 'argon2id', m: 19456, t: 2, p: 1 },
          }
        : { secrets: [{ state: 'pending', id: ID, events: [{ type: `${ESC}[2J`, at: 'x' }] }] },
    );
  });
  afterAll(() => new Promise<void>((r) => fake.server.close(() => r())));
  beforeEach(() => {
    home = cliHome();
  });
  afterEach(() => home.remove());

  it('refuses a peek that is not oncelink’s, with or without --json, echoing none of it', async () => {
    const link = buildLink(fake.url, ID, new Uint8Array(16), new Uint8Array(2));
    for (const extra of [[], ['--json']]) {
      const r = await runCli(['reveal', link, '--passphrase-stdin', ...extra], {
        home,
        input: 'a b c d e f',
      });
      expect(r.code, r.err).toBe(EXIT.OTHER);
      expect(r.err).toContain("the server's answer to secret.peek is not what oncelink expects");
      expect(r.err).not.toContain(ESC);
    }
  });

  it('refuses a status reply that is not oncelink’s in list, table or JSON', async () => {
    mkdirSync(join(home.dir), { recursive: true, mode: 0o700 });
    const share = {
      id: ID,
      manageToken: TOKEN,
      server: fake.url,
      label: 'x',
      kind: 'text',
      createdAt: new Date().toISOString(),
      expiresAt: new Date(Date.now() + 3600_000).toISOString(),
      maxViews: 1,
      maxAttempts: 1,
    };
    writeFileSync(join(home.dir, 'shares.json'), JSON.stringify({ version: 1, shares: [share] }), {
      mode: 0o600,
    });
    for (const extra of [[], ['--json']]) {
      const r = await runCli(['list', ...extra], { home });
      expect(r.code, r.err).toBe(EXIT.OTHER);
      expect(r.err).toContain('secret.status is not what oncelink expects');
      expect(r.out + r.err).not.toContain(ESC);
    }
  });
});
