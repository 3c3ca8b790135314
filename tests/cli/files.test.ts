// Files with the `oncelink` command: share --file (and --file - with --name), reveal to --out
// (never over an existing file without --force) or to standard output when it is a pipe, byte
// for byte; the server's MAX_FILE_BYTES exactly and one byte over (TOO_LARGE before anything
// is derived or sent).
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXIT } from '../../cli/exit-codes';
import { RevealFileJson, ShareJson } from '../../cli/schemas';
import { randomBytes } from '../../shared/encoding';
import { pglite } from '../support/databases';
import { useTestServer } from '../support/fixtures';
import { pngFile, sha256hex } from '../support/files';
import { cliHome, halves, runCli, type CliHome } from './support';

const LIMIT = 200_000;

describe('oncelink and files', () => {
  const srv = useTestServer(pglite, { env: { MAX_FILE_BYTES: String(LIMIT) } });
  let home: CliHome;
  beforeEach(() => {
    home = cliHome();
  });
  afterEach(() => home.remove());

  const cli = (args: string[], input?: string | Buffer) => runCli(args, { home, input });
  const path = (name: string) => join(home.home, name);

  it('shares a PNG and reveals it to --out, byte for byte, refusing to overwrite', async () => {
    const png = pngFile();
    writeFileSync(path('in.png'), png.bytes);
    const shared = await cli(['share', '--file', path('in.png'), '--json', '--server', srv.url]);
    expect(shared.code, shared.err).toBe(0);
    const s = ShareJson.parse(JSON.parse(shared.out));
    expect(s.kind).toBe('file');

    // An --out that exists is refused before anything is spent.
    writeFileSync(path('taken.png'), 'keep me');
    const refused = await cli(
      ['reveal', s.link, '--passphrase-stdin', '--out', path('taken.png')],
      s.passphrase,
    );
    expect([refused.code, refused.err]).toEqual([
      EXIT.USAGE,
      `oncelink: ${path('taken.png')} exists: choose another --out, or add --force to overwrite it\n`,
    ]);
    expect(readFileSync(path('taken.png'), 'utf8')).toBe('keep me');

    const out = path('out.png');
    const revealed = await cli(
      ['reveal', s.link, '--passphrase-stdin', '--out', out, '--json'],
      s.passphrase,
    );
    expect(revealed.code, revealed.err).toBe(0);
    expect(RevealFileJson.parse(JSON.parse(revealed.out))).toEqual({
      kind: 'file',
      name: 'in.png',
      type: 'image/png',
      size: png.bytes.length,
      savedTo: out,
      viewsLeft: 0,
    });
    expect(sha256hex(readFileSync(out))).toBe(sha256hex(png.bytes));
    expect(statSync(out).mode & 0o777).toBe(0o600);
  });

  it('reads standard input with --name, and writes a piped standard output as it is', async () => {
    const bytes = randomBytes(LIMIT); // the limit exactly
    const shared = await cli(
      ['share', '--file', '-', '--name', 'ключ 🔑.bin', '--views', '2', '--server', srv.url],
      Buffer.from(bytes),
    );
    expect(shared.code, shared.err).toBe(0);
    const { link, passphrase } = halves(shared.out);
    const piped = await cli(['reveal', link, '--passphrase-stdin'], passphrase);
    expect(piped.code, piped.err).toBe(0);
    expect(sha256hex(piped.stdout)).toBe(sha256hex(bytes));
    expect(piped.err).toContain('file "ключ 🔑.bin", 200000 bytes, application/octet-stream');

    const forced = path('x.bin');
    writeFileSync(forced, 'old');
    const again = await cli(
      ['reveal', link, '--passphrase-stdin', '--out', forced, '--force'],
      passphrase,
    );
    expect(again.code, again.err).toBe(0);
    expect(sha256hex(readFileSync(forced))).toBe(sha256hex(bytes));
  });

  it('one byte over the server’s limit is TOO_LARGE, at once, and nothing is sent', async () => {
    writeFileSync(path('big.bin'), Buffer.alloc(LIMIT + 1));
    const big = await cli(['share', '--file', path('big.bin'), '--server', srv.url]);
    expect(big.code, big.err).toBe(EXIT.TOO_LARGE);
    expect(big.err).toContain('up to 195 KiB');
    const piped = await cli(
      ['share', '--file', '-', '--name', 'b', '--server', srv.url],
      Buffer.alloc(LIMIT + 1),
    );
    expect(piped.code).toBe(EXIT.TOO_LARGE);
    const list = await cli(['list', '--json']);
    expect(JSON.parse(list.out)).toEqual({ shares: [] });
  });

  it('usage: --name without --file, TEXT with --file, a missing file, a long name', async () => {
    for (const [args, message] of [
      [['share', '--name', 'x'], '--name names a file: use it with --file'],
      [['share', 'text', '--file', path('a')], 'share either TEXT or --file PATH, not both'],
      [['share', '--file', path('nope')], `--file ${path('nope')} cannot be read (ENOENT)`],
      [['share', '--file', '-'], '--file - reads standard input: give its name with --name'],
    ] as const) {
      const r = await cli([...args, '--server', srv.url]);
      expect([r.code, r.err]).toEqual([EXIT.USAGE, `oncelink: ${message}\n`]);
    }
    const long = await cli(
      ['share', '--file', '-', '--name', 'n'.repeat(10_000), '--server', srv.url],
      'x',
    );
    expect(long.code).toBe(EXIT.USAGE);
    expect(long.err).toContain('255 bytes');
    expect(existsSync(join(home.dir, 'shares.json'))).toBe(false);
  });
});
