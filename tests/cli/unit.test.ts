// The command's pure parts, in process: options, exit codes, messages, files, formatting.
import { mkdtempSync, rmSync, statSync, chmodSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { durationOption, integerOption, parseCommand, positionals } from '../../cli/args';
import { generatorOptions } from '../../cli/commands/generate';
import { trimNewline } from '../../cli/commands/share';
import { CodedFailure, outcomeOf, UsageError } from '../../cli/errors';
import { EXIT, EXIT_CODE_HELP, exitCodeFor } from '../../cli/exit-codes';
import { decodeUtf8, firstLine, readAll } from '../../cli/io';
import { clip, formatBits, summarizeEvents, table } from '../../cli/output';
import { shareSettings } from '../../cli/publish';
import { normalizeServer, resolveServer } from '../../cli/server';
import { Store, storePaths, type StoredShare } from '../../cli/store';
import { NetworkError, ProtocolError } from '../../shared/errors';
import { buildLink } from '../../shared/link';
import { DEFAULT_GENERATOR_OPTIONS } from '../../shared/generator/index';
import { ATTEMPTS, EXPIRY, VIEWS, WORDS } from '../../shared/limits';
import type { FailureCode } from '../../shared/messages';
import { cliHome, runInProcess, type CliHome } from './support';

describe('exit codes', () => {
  it('give each kind of failure the issue names its own code', () => {
    const kinds: [FailureCode, number][] = [
      ['NETWORK', 3],
      ['SERVICE_UNAVAILABLE', 3],
      ['WRONG_PASSPHRASE', 4],
      ['UNAVAILABLE', 5],
      ['BAD_LINK', 6],
      ['TOO_LARGE', 7],
      ['RATE_LIMITED', 8],
      ['CHECK_MISMATCH', 9],
      ['BAD_PASSPHRASE', 9],
      ['INVALID_INPUT', 2],
      ['INTERNAL', 1],
    ];
    for (const [code, exit] of kinds) expect(exitCodeFor(code), code).toBe(exit);
  });

  it('are all documented, once each', () => {
    const documented = EXIT_CODE_HELP.map(([code]) => code);
    expect(new Set(documented).size).toBe(documented.length);
    expect([...documented].sort()).toEqual(Object.values(EXIT).sort());
  });

  it('come with one line from shared/messages.ts, or the command’s own', () => {
    expect(outcomeOf(new UsageError('--views must be…'))).toEqual({
      exit: 2,
      message: '--views must be…',
    });
    expect(outcomeOf(new CodedFailure('UNAVAILABLE')).exit).toBe(5);
    expect(outcomeOf(new ProtocolError('BAD_LINK', 'details for developers'))).toEqual({
      exit: 6,
      message:
        'This link is incomplete or damaged. Copy the whole link, including the part after #, or ask the sender again.',
    });
    const rateLimited = Object.assign(new Error('x'), {
      name: 'TRPCClientError',
      data: { reason: 'RATE_LIMITED', retryAfter: 5 },
    });
    expect(outcomeOf(rateLimited)).toEqual({
      exit: 8,
      message: 'Too many requests. Try again in 5 seconds.',
    });
    const unreachable = Object.assign(new Error('fetch failed'), {
      name: 'TRPCClientError',
      cause: new NetworkError({ server: 'https://once.example', procedure: 'secret.create' }),
    });
    expect(outcomeOf(unreachable).exit).toBe(3);
    expect(outcomeOf(unreachable).message).toMatch(
      /^Could not reach .* \(https:\/\/once\.example\)$/,
    );
    // A reveal sent without an answer back may have spent the view: never "nothing was spent".
    const lostReveal = Object.assign(new Error('fetch failed'), {
      name: 'TRPCClientError',
      cause: new NetworkError({ server: 'https://once.example', procedure: 'secret.reveal' }),
    });
    expect(outcomeOf(lostReveal)).toEqual({
      exit: 3,
      message: expect.stringMatching(
        /may or may not .* ask the sender .* \(https:\/\/once\.example\)$/,
      ),
    });
    expect(outcomeOf(lostReveal).message).not.toMatch(/nothing was spent/);
    // A bug here is not blamed on the server.
    expect(outcomeOf(new TypeError('x is undefined'))).toEqual({
      exit: 1,
      message: 'unexpected error: x is undefined',
    });
  });
});

describe('options', () => {
  it('parse strictly, and never repeat a positional', () => {
    expect(() => parseCommand(['--nope'], {})).toThrow(new UsageError("Unknown option '--nope'."));
    expect(() => parseCommand(['--n'], { n: { type: 'string' } })).toThrow(UsageError);
    expect(() => positionals(['my', 'secret'], 1, 'oncelink share')).toThrow(
      'too many arguments (2); usage: oncelink share',
    );
  });

  it('take whole numbers and durations within their ranges', () => {
    expect(integerOption('views', undefined, 1, 10, 1)).toBe(1);
    expect(integerOption('views', '10', 1, 10, 1)).toBe(10);
    for (const bad of ['0', '11', '1.5', '-1', '1e1', 'two', '']) {
      expect(() => integerOption('views', bad, 1, 10, 1), bad).toThrow(
        '--views must be a whole number from 1 to 10',
      );
    }
    const d = (raw?: string) => durationOption('expires', raw, EXPIRY.min, EXPIRY.hardMax, 99);
    expect([d(), d('10m'), d('1h'), d('24h'), d('7d'), d('90')]).toEqual([
      99, 600, 3600, 86400, 604800, 90,
    ]);
    expect(() => d('30s')).toThrow('--expires must be from 1m to 365d, got 30s');
    expect(() => d('3x')).toThrow('--expires must be a duration such as 10m, 1h, 24h or 7d');
  });

  it('default a share as the design does, and keep labels short and printable', () => {
    expect(shareSettings({}, undefined, 'words')).toEqual({
      expiresIn: EXPIRY.default,
      maxViews: VIEWS.default,
      maxAttempts: ATTEMPTS.default,
      words: WORDS.default,
      label: '',
    });
    const s = shareSettings({ label: ` a\tb\u0007${'x'.repeat(100)} ` }, '12', 'words');
    expect(s.words).toBe(12);
    expect([...s.label]).toHaveLength(80);
    expect(s.label.startsWith('a b x')).toBe(true);
    expect(() => shareSettings({}, '13', 'share-words')).toThrow('--share-words');
  });

  it('map generator options per kind, refusing those of another kind', () => {
    expect(generatorOptions('password', {})).toEqual(DEFAULT_GENERATOR_OPTIONS.password);
    expect(generatorOptions('passphrase', {})).toEqual(DEFAULT_GENERATOR_OPTIONS.passphrase);
    expect(generatorOptions('token', { encoding: 'hex', bits: '128' })).toEqual({
      kind: 'token',
      bits: 128,
      encoding: 'hex',
    });
    expect(generatorOptions('password', { 'no-symbols': true, length: '12' })).toMatchObject({
      length: 12,
      symbols: false,
      lower: true,
    });
    expect(() => generatorOptions('pin', { separator: '-' })).toThrow(
      '--separator does not apply to pin',
    );
    expect(() => generatorOptions('token', { encoding: 'base64' })).toThrow(
      '--encoding must be one of hex, base64url, base32',
    );
  });
});

describe('input', () => {
  it('decodes UTF-8 strictly and keeps every byte, a byte-order mark too', () => {
    expect(decodeUtf8(Buffer.from('\uFEFFa\r\nb\n'), 'x')).toBe('\uFEFFa\r\nb\n');
    expect(() => decodeUtf8(Buffer.from([0xc3, 0x28]), 'standard input')).toThrow(
      'standard input is not valid UTF-8 text',
    );
    expect(firstLine('words here\r\nmore')).toBe('words here');
    expect(trimNewline('a\n\n')).toBe('a\n');
    expect(trimNewline('a\r\n')).toBe('a');
  });

  it('stops reading past the limit', async () => {
    const r = await readAll(Readable.from([Buffer.alloc(6), Buffer.alloc(6)]), 10);
    expect([r.bytes.length, r.over]).toEqual([10, true]);
    const ok = await readAll(Readable.from([Buffer.from('abc')]), 10);
    expect([ok.bytes.toString(), ok.over]).toEqual(['abc', false]);
  });
});

describe('server and files', () => {
  let base: string;
  let store: Store;
  beforeEach(() => {
    base = mkdtempSync(join(tmpdir(), 'oncelink-unit-'));
    store = new Store(storePaths({ XDG_CONFIG_HOME: join(base, 'xdg'), HOME: base }));
  });
  afterEach(() => rmSync(base, { recursive: true, force: true }));

  const share = (id: string): StoredShare => ({
    id,
    label: '',
    kind: 'text',
    server: 'https://once.example',
    createdAt: '2025-01-01T00:00:00.000Z',
    expiresAt: '2025-01-02T00:00:00.000Z',
    maxViews: 1,
    maxAttempts: 1,
    manageToken: 'A'.repeat(43),
  });

  it('accepts https anywhere and http on this machine only', () => {
    expect(normalizeServer('https://once.example/base/', 'URL')).toBe('https://once.example/base');
    expect(normalizeServer('http://localhost:8787', 'URL')).toBe('http://localhost:8787');
    for (const bad of ['http://once.example', 'ftp://x', 'https://u:p@x', 'https://x/#a', 'x']) {
      expect(() => normalizeServer(bad, 'URL'), bad).toThrow(UsageError);
    }
  });

  it('takes the server from --server, then ONCELINK_SERVER, then config.json', async () => {
    await store.writeConfig({ server: 'https://saved.example' });
    const env = { ONCELINK_SERVER: 'https://env.example' };
    expect(resolveServer('https://flag.example', env, store).server).toBe('https://flag.example');
    expect(resolveServer(undefined, env, store).server).toBe('https://env.example');
    expect(resolveServer(undefined, {}, store)).toEqual({
      server: 'https://saved.example',
      source: store.paths.config,
    });
  });

  it('keeps its files private: 0700 directory, 0600 files, tightened when loosened', async () => {
    expect(storePaths({ HOME: '/home/u' }).dir).toBe('/home/u/.config/oncelink');
    expect(storePaths({ HOME: '/home/u', XDG_CONFIG_HOME: 'relative' }).dir).toBe(
      '/home/u/.config/oncelink',
    );
    await store.addShare(share('A'.repeat(22)));
    await expect(store.addShare(share('a'.repeat(22)))).rejects.toThrow();
    expect(statSync(store.paths.dir).mode & 0o777).toBe(0o700);
    expect(statSync(store.paths.shares).mode & 0o777).toBe(0o600);
    chmodSync(store.paths.shares, 0o664);
    chmodSync(store.paths.dir, 0o775);
    expect(store.listShares()).toHaveLength(1);
    expect(statSync(store.paths.dir).mode & 0o777).toBe(0o700);
    expect(statSync(store.paths.shares).mode & 0o777).toBe(0o600);
  });

  it('finds a share by its id or a unique start of it; a crashed lock does not block', async () => {
    store.prepare();
    const lock = join(store.paths.dir, 'shares.lock');
    writeFileSync(lock, '');
    utimesSync(lock, new Date(0), new Date(0));
    await store.addShare(share(`abc${'A'.repeat(19)}`));
    await store.addShare(share(`abd${'A'.repeat(19)}`));
    expect(store.findShare('abc').id).toBe(`abc${'A'.repeat(19)}`);
    expect(() => store.findShare('ab')).toThrow('2 shares start with ab');
    expect(() => store.findShare('zz')).toThrow(UsageError);
    expect(store.listShares().map((s) => s.id.slice(0, 3))).toEqual(['abd', 'abc']);
  });
});

describe('output', () => {
  it('summarises events, aligns tables, clips labels', () => {
    const at = '2025-01-01T00:00:00.000Z';
    const events = (['created', 'opened', 'opened', 'viewed'] as const).map((type) => ({
      type,
      at,
    }));
    expect(summarizeEvents(events)).toBe('created, opened×2, viewed');
    const previewed = [events[0]!, { type: 'opened' as const, at, previewer: 'slack' }, events[1]!];
    expect(summarizeEvents(previewed)).toBe('created, opened by a Slack link preview, opened');
    expect(table(['A', 'BB'], [['xyz', 'q']])).toBe('A    BB\nxyz  q\n');
    expect(clip('abcdef', 4)).toBe('abc…');
    expect([formatBits(64), formatBits(130.93)]).toEqual(['64', '130.9']);
  });
});

describe('the dispatcher, in process', () => {
  let home: CliHome;
  beforeEach(() => {
    home = cliHome({ ONCELINK_SERVER: 'http://127.0.0.1:9' });
  });
  afterEach(() => home.remove());

  it('answers a usage error with code 2 and one line that echoes no input', async () => {
    const secret = 'do not print me';
    for (const args of [
      ['share', '--attempts', '11'],
      ['share', '--expires', '3x'],
      ['share', '--words', '3'],
      ['share', '--bogus'],
      ['share', '--json=yes'],
      ['share', 'one', 'two'],
      ['share', '--server', 'http://example.com'],
      ['generate', 'password', '--length', '3'],
      ['generate', 'pin', '--words', '5'],
      ['generate', 'uuid', '--expires', '1h'],
      ['generate', 'token', '--bits', '100'],
      ['reveal'],
      // A whole link, but no terminal to ask for the passphrase on.
      [
        'reveal',
        buildLink('https://x.example', 'A'.repeat(22), new Uint8Array(16), new Uint8Array(2)),
      ],
      ['list', 'extra'],
      ['revoke'],
      ['bogus'],
      [],
    ]) {
      const r = await runInProcess(args, { home, input: secret });
      expect(r.code, args.join(' ')).toBe(EXIT.USAGE);
      const lines = r.err.trim().split('\n');
      if (args.length > 0) expect(lines, args.join(' ')).toHaveLength(1);
      expect(r.err).not.toContain(secret);
      if (args.length > 0) expect(r.out).toBe('');
    }
    const empty = await runInProcess(['share'], { home, input: '' });
    expect([empty.code, empty.err]).toEqual([
      EXIT.USAGE,
      'oncelink: there is nothing to share: the secret is empty\n',
    ]);
  });

  it('documents every command with its usage and the exit codes', async () => {
    for (const command of ['share', 'generate', 'reveal', 'list', 'revoke', 'server']) {
      for (const argv of [
        [command, '--help'],
        ['help', command],
        [command, '-h'],
      ]) {
        const r = await runInProcess(argv, { home });
        expect(r.code, argv.join(' ')).toBe(0);
        expect(r.out, command).toContain(`Usage: oncelink ${command}`);
        for (const [code, what] of EXIT_CODE_HELP) {
          expect(r.out, command).toContain(`${String(code).padStart(3)}  ${what}`);
        }
      }
    }
  });
});
