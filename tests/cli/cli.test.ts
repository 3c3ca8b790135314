// The `oncelink` command end to end: the real command in a child process against the real
// backend on PGlite, with its own HOME. Secrets the command makes use the default Argon2id
// parameters; those made here with shared/ (for what the command cannot make: a passphrase the
// server refuses) use the cheapest ones a client accepts.
import { readFileSync, statSync, chmodSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ListJson, RevealJson, RevokeJson, ShareJson, GenerateJson } from '../../cli/schemas';
import { EXIT } from '../../cli/exit-codes';
import { manualClock } from '../../backend/clock';
import type { CreatedShare } from '../../shared/protocol';
import { pglite } from '../support/databases';
import { useTestServer } from '../support/fixtures';
import { startServer } from '../support/server';
import { fillToCeiling, newShare, shareSecret } from '../support/shares';
import { withTypo } from '../support/passphrases';
import { cliHome, halves, runCli, runInTerminal, runNode, type CliHome } from './support';

const MULTILINE =
  '\uFEFFdb password: hunter2\r\n  indented\twith a tab\n\nunicode: ✓ 密码 🔑 — ĉu ne?\ntrailing spaces   \n';

// Each command is a process of its own (one to three seconds on a busy machine).
describe('oncelink command', { timeout: 120_000 }, () => {
  const srv = useTestServer(pglite);
  let home: CliHome;

  beforeEach(() => {
    home = cliHome();
  });
  afterEach(() => home.remove());

  const cli = (args: string[], input?: string | Buffer, extraEnv?: Record<string, string>) =>
    runCli(args, { home, input, env: extraEnv });
  const withServer = (args: string[]) => [...args, '--server', srv.url];

  async function listJson() {
    const r = await cli(['list', '--json']);
    expect(r.code, r.err).toBe(0);
    return ListJson.parse(JSON.parse(r.out));
  }

  it('shares from standard input and reveals with the command, byte for byte', async () => {
    const cases: { input: string; args: string[]; expected: string }[] = [
      { input: MULTILINE, args: [], expected: MULTILINE },
      { input: 'no newline at the end ✓', args: ['-'], expected: 'no newline at the end ✓' },
      { input: 'echo adds one\n', args: ['--trim-newline'], expected: 'echo adds one' },
    ];
    for (const c of cases) {
      const shared = await cli(withServer(['share', ...c.args]), c.input);
      expect(shared.code, shared.err).toBe(0);
      expect(shared.err).toContain('separately');
      const { link, passphrase } = halves(shared.out);
      expect(link.startsWith(`${srv.url}/s/`)).toBe(true);
      expect(passphrase.split(' ')).toHaveLength(6);

      const revealed = await cli(['reveal', link, '--passphrase-stdin'], `${passphrase}\n`);
      expect(revealed.code, revealed.err).toBe(0);
      expect(revealed.stdout.equals(Buffer.from(c.expected, 'utf8'))).toBe(true);
      expect(revealed.err).toContain('(text; that was the last view');
      expect(revealed.err).not.toContain(passphrase);
    }
  });

  it('prints JSON its schemas accept, and a generated secret keeps its kind', async () => {
    const shared = await cli(withServer(['share', '--json', '--views', '2', '--label', 'db']), 'x');
    expect(shared.code, shared.err).toBe(0);
    const s = ShareJson.parse(JSON.parse(shared.out));
    expect(s).toMatchObject({ maxViews: 2, maxAttempts: 1, kind: 'text', label: 'db' });
    expect(s.server).toBe(srv.url);
    expect(shared.out.trim().split('\n')).toHaveLength(1);

    const first = await cli(['reveal', s.link, '--passphrase-stdin', '--json'], s.passphrase);
    expect(RevealJson.parse(JSON.parse(first.out))).toEqual({
      kind: 'text',
      value: 'x',
      viewsLeft: 1,
    });

    const gen = await cli(['generate', 'pin', '--length', '8', '--json']);
    const g = GenerateJson.parse(JSON.parse(gen.out));
    expect(g).toMatchObject({ kind: 'pin', strength: 'weak' });
    expect(g.value).toMatch(/^\d{8}$/);
    expect(g.entropyBits).toBeCloseTo(8 * Math.log2(10));

    const gs = await cli(withServer(['generate', 'token', '--bits', '128', '--share', '--json']));
    expect(gs.code, gs.err).toBe(0);
    const generated = GenerateJson.parse(JSON.parse(gs.out));
    expect(generated.share).toMatchObject({ kind: 'token', maxViews: 1 });
    const token = await cli(
      ['reveal', generated.share!.link, '--passphrase-stdin', '--json'],
      generated.share!.passphrase,
    );
    expect(RevealJson.parse(JSON.parse(token.out))).toEqual({
      kind: 'token',
      value: generated.value,
      viewsLeft: 0,
    });

    const list = await listJson();
    expect(list.shares.map((i) => [i.kind, i.state])).toEqual([
      ['token', 'viewed'],
      ['text', 'pending'],
    ]);
  });

  it('catches a typo before anything is spent', async () => {
    const extra = { ONCELINK_SERVER: srv.url }; // the server from the environment this time
    const shared = await cli(['share'], 'one shot', extra);
    expect(shared.code, shared.err).toBe(0);
    const { link, passphrase } = halves(shared.out);

    const typo = await cli(['reveal', link, '--passphrase-stdin'], withTypo(passphrase));
    expect(typo.code).toBe(EXIT.TYPO);
    expect(typo.err.trim()).toBe(
      'oncelink: That passphrase does not match this link. Check for a typo: nothing was spent.',
    );
    expect(typo.stdout.length).toBe(0);
    const [item] = (await listJson()).shares;
    expect(item).toMatchObject({ state: 'pending', attemptsLeft: 1, viewsLeft: 1 });
    expect(item!.events.map((e) => e.type)).not.toContain('attempt_failed');

    const notWords = await cli(['reveal', link, '--passphrase-stdin'], 'not a pass phrase');
    expect(notWords.code).toBe(EXIT.TYPO);
    expect(notWords.err).not.toContain('phrase"');

    const right = await cli(['reveal', link, '--passphrase-stdin'], passphrase);
    expect(right.code, right.err).toBe(0);
    expect(right.out).toBe('one shot');
  });

  it('asks on the terminal without echo, and asks again after a typo', async () => {
    const shared = await cli(withServer(['share']), 'typed on a terminal');
    const { link, passphrase } = halves(shared.out);
    const r = await runInTerminal(['reveal', link], {
      home,
      prompt: /Passphrase: /,
      answers: [withTypo(passphrase), passphrase],
    });
    expect(r.code, r.screen).toBe(0);
    expect(r.screen).toContain('Check for a typo: nothing was spent. (2 tries left)');
    expect(r.screen).toContain('typed on a terminal');
    // Neither try was echoed (pairs of words: a single word may also be in the screen's text).
    for (const typed of [passphrase, withTypo(passphrase)]) {
      const words = typed.split(' ');
      for (let i = 1; i < words.length; i++) {
        expect(r.screen).not.toContain(`${words[i - 1]} ${words[i]}`);
      }
    }

    // The secret itself, typed at the hidden prompt of `share`, is not shown either.
    const typed = await runInTerminal(withServer(['share', '--json']), {
      home,
      prompt: /Secret \(hidden/,
      answers: ['correct horse battery staple'],
    });
    expect(typed.code, typed.screen).toBe(0);
    expect(typed.screen).not.toContain('correct horse');
    const s = ShareJson.parse(JSON.parse(typed.screen.split('\n').find((l) => l.startsWith('{'))!));
    const back = await cli(['reveal', s.link, '--passphrase-stdin'], s.passphrase);
    expect(back.out).toBe('correct horse battery staple');

    // Ctrl-C at the prompt: code 130, nothing spent.
    const { link: l2 } = halves((await cli(withServer(['share']), 'later')).out);
    const interrupted = await runInTerminal(['reveal', l2], {
      home,
      prompt: /Passphrase: /,
      answers: [],
    });
    expect(interrupted.code).toBe(EXIT.INTERRUPTED);
  });

  it('exits with its own code for a wrong passphrase, then for the destroyed secret', async () => {
    // A verifier no passphrase matches: the right words pass the link's check, the server refuses.
    const share = await shareSecret(srv.url, 'never to be read', {
      maxAttempts: 2,
      serverRefuses: true,
    });
    const reveal = () => cli(['reveal', share.link, '--passphrase-stdin'], share.passphrase);

    const first = await reveal();
    expect(first.code).toBe(EXIT.WRONG_PASSPHRASE);
    expect(first.err.trim()).toBe('oncelink: Wrong passphrase. 1 attempt is left.');
    const last = await reveal();
    expect(last.code).toBe(EXIT.WRONG_PASSPHRASE);
    expect(last.err).toContain('the secret has been destroyed');
    const gone = await reveal();
    expect(gone.code).toBe(EXIT.UNAVAILABLE);
    expect(gone.err).toContain('This secret is not available');
    expect(first.stdout.length + last.stdout.length + gone.stdout.length).toBe(0);
  });

  it('tells a damaged link and an unknown one apart', async () => {
    const share = await newShare(srv.url, 'x');
    const [base, fragment] = share.link.split('#') as [string, string];
    for (const damaged of [base, `${base}#${fragment.slice(0, 20)}`, 'not a link']) {
      const r = await cli(['reveal', damaged, '--passphrase-stdin'], share.passphrase);
      expect(r.code, damaged).toBe(EXIT.DAMAGED_LINK);
      expect(r.err).toContain('incomplete or damaged');
    }
    // Never uploaded: the server does not know the id.
    const unknown = await cli(['reveal', share.link, '--passphrase-stdin'], share.passphrase);
    expect(unknown.code).toBe(EXIT.UNAVAILABLE);
  });

  it('lists and revokes the shares made from this machine, kept in private files', async () => {
    // The server saved in config.json this time.
    const saved = await cli(['server', srv.url]);
    expect(saved.code, saved.err).toBe(0);
    const alpha = await cli(['share', '--label', 'alpha', '--expires', '1h'], 'secret alpha');
    const beta = await cli(['share', '--label', 'beta', '--views', '3'], 'secret beta');
    expect([alpha.code, beta.code]).toEqual([0, 0]);

    const table = await cli(['list']);
    expect(table.code, table.err).toBe(0);
    const lines = table.out.trim().split('\n');
    expect(lines[0]).toMatch(/^ID +LABEL +KIND +STATE +CREATED +ENDS +EVENTS$/);
    expect(lines[1]).toMatch(/beta +text +pending \(3\/3 views left\)/);
    expect(lines[2]).toMatch(/alpha +text +pending \(1\/1 views left\)/);

    const [b, a] = (await listJson()).shares;
    const revoked = await cli(['revoke', a!.id.slice(0, 6)]);
    expect(revoked.code, revoked.err).toBe(0);
    expect(revoked.out).toContain(`Revoked ${a!.id.slice(0, 8)} (alpha)`);
    const again = await cli(['revoke', a!.id, '--json']);
    expect(RevokeJson.parse(JSON.parse(again.out))).toEqual({ id: a!.id, state: 'revoked' });
    const after = await listJson();
    expect(after.shares.map((i) => [i.label, i.state])).toEqual([
      ['beta', 'pending'],
      ['alpha', 'revoked'],
    ]);
    expect(after.shares[1]!.events.map((e) => e.type)).toEqual(['created', 'revoked']);
    expect((await cli(['reveal', halves(alpha.out).link, '--passphrase-stdin'], 'x')).code).toBe(
      EXIT.UNAVAILABLE,
    );
    expect((await cli(['revoke', 'nope'])).code).toBe(EXIT.USAGE);
    expect(b!.label).toBe('beta');

    // Only the owner can read the files, which never hold a link, passphrase or secret.
    const shares = join(home.dir, 'shares.json');
    expect(statSync(home.dir).mode & 0o777).toBe(0o700);
    expect(statSync(shares).mode & 0o777).toBe(0o600);
    expect(statSync(join(home.dir, 'config.json')).mode & 0o777).toBe(0o600);
    const text = readFileSync(shares, 'utf8');
    for (const out of [alpha.out, beta.out]) {
      const { link, passphrase } = halves(out);
      expect(text).not.toContain(link.split('#')[1]);
      expect(text).not.toContain(passphrase);
    }
    expect(text).not.toMatch(/secret (alpha|beta)/);
    // Loosened by hand: the next command tightens them again.
    chmodSync(home.dir, 0o755);
    chmodSync(shares, 0o644);
    expect((await cli(['list'])).code).toBe(0);
    expect(statSync(home.dir).mode & 0o777).toBe(0o700);
    expect(statSync(shares).mode & 0o777).toBe(0o600);
    // A damaged file is reported, never overwritten.
    writeFileSync(shares, '{"version": 1, "shares": [{"id": 1}]}');
    const damaged = await cli(['list']);
    expect(damaged.code).toBe(EXIT.OTHER);
    expect(damaged.err).toContain('shares.json is damaged');
    expect(readFileSync(shares, 'utf8')).toContain('"id": 1');
  });

  it('says when the server cannot be reached, without hanging or echoing the secret', async () => {
    const closed = await freePort();
    const refused = await cli(['share', '--server', `http://127.0.0.1:${closed}`], 'piped secret');
    expect(refused.code).toBe(EXIT.UNREACHABLE);
    expect(refused.err.trim()).toBe(
      `oncelink: Could not reach the server. Check your connection and try again: nothing was spent. (http://127.0.0.1:${closed})`,
    );
    expect(refused.out).toBe('');

    // A server that accepts the connection and never answers: the deadline ends the wait.
    const stalled = createServer((socket) => socket.resume()); // reads, never answers
    await new Promise<void>((r) => stalled.listen(0, '127.0.0.1', r));
    try {
      const port = (stalled.address() as { port: number }).port;
      const r = await cli(['share', '--server', `http://127.0.0.1:${port}`], 'piped secret', {
        ONCELINK_TIMEOUT: '1',
      });
      expect(r.code).toBe(EXIT.UNREACHABLE);
      expect(r.ms).toBeLessThan(10_000);
      expect(r.err).not.toContain('piped secret');
    } finally {
      await closeServer(stalled);
    }
  });

  it('refuses invalid options and input with code 2, echoing nothing', async () => {
    // More cases run in process (unit.test.ts); these check the real process's exit codes.
    const secret = 'do not print me';
    const views = await cli(withServer(['share', '--views', '0']), secret);
    expect([views.code, views.err.trim(), views.out]).toEqual([
      EXIT.USAGE,
      'oncelink: --views must be a whole number from 1 to 1000000',
      '',
    ]);
    const notUtf8 = await cli(withServer(['share']), Buffer.from([0x61, 0xff, 0xfe]));
    expect([notUtf8.code, notUtf8.err.trim()]).toEqual([
      EXIT.USAGE,
      'oncelink: standard input is not valid UTF-8 text',
    ]);
    const tooLarge = await cli(withServer(['share']), 'a'.repeat(70_000));
    expect(tooLarge.code).toBe(EXIT.TOO_LARGE);
    expect(tooLarge.err).toContain('up to 64 KiB');
    const noServer = await cli(['share'], secret);
    expect(noServer.code).toBe(EXIT.USAGE);
    expect(noServer.err).toContain('no server');
    for (const r of [notUtf8, tooLarge, noServer]) expect(r.err).not.toContain(secret);
  });

  it('exits with code 8 when rate limited', async () => {
    // A clock that stands still at the start of a minute no other server here lives in, so both
    // reveals fall in one fresh rate-limit window.
    const start = Math.floor((Date.now() + 10 * 86400_000) / 60_000) * 60_000;
    const clock = manualClock(new Date(start + 1000));
    const limited = await startServer(srv.database.handle, {
      env: { RATE_LIMIT_REVEAL: '1' },
      clock,
    });
    try {
      const shares: CreatedShare[] = [];
      for (let i = 0; i < 2; i++) shares.push(await shareSecret(limited.url, `v${i}`));
      const reveal = (s: (typeof shares)[number]) =>
        cli(['reveal', s.link, '--passphrase-stdin'], s.passphrase);
      expect((await reveal(shares[0]!)).code).toBe(0);
      const second = await reveal(shares[1]!);
      expect(second.code).toBe(EXIT.RATE_LIMITED);
      expect(second.err).toMatch(/Too many requests\. Try again in \d+ seconds?\./);
    } finally {
      await limited.close();
    }
  });

  it('says a full server is full, in plain words, and exits with code 8', async () => {
    const full = await startServer(srv.database.handle, { env: { MAX_PENDING_BYTES: '1MiB' } });
    const filled: string[] = [];
    try {
      filled.push(...(await fillToCeiling(full.url)));
      const r = await cli(['share', '--server', full.url], 'x'.repeat(2000));
      expect(r.code).toBe(EXIT.RATE_LIMITED);
      expect(r.err).toContain('This server is full');
      expect(r.err).toContain('Nothing was stored');
    } finally {
      for (const manageToken of filled) await full.client.secret.revoke.mutate({ manageToken });
      await full.close();
    }
  });

  it('documents its exit codes, and runs through the bin', async () => {
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    for (const line of [
      'share [TEXT]',
      'reveal [LINK | -]',
      'Exit codes:',
      '  9  the passphrase',
    ]) {
      expect(help.out).toContain(line);
    }
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
      version: string;
      bin: Record<string, string>;
    };
    const viaBin = await runNode([pkg.bin.oncelink!, '--version'], { home });
    expect(viaBin.out).toBe(`oncelink ${pkg.version}\n`);
  });
});

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address() as { port: number };
  await closeServer(s);
  return port;
}

function closeServer(s: Server): Promise<void> {
  return new Promise((r) => s.close(() => r()));
}
