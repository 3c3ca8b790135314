// Secret requests with the real `oncelink` command in child processes against the real backend:
// request → answer (a second user, with its own HOME) → requests → read once, byte for byte; the
// key file is 0600 and goes once the answer is read or the request is revoked. The CLI answers
// links made elsewhere and its links are answered elsewhere (shared/request, as the page does).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { EXIT } from '../../cli/exit-codes';
import { AnswerJson, ReadJson, RequestJson, RequestsJson } from '../../cli/schemas';
import {
  answerRequest,
  createRequest,
  parseRequestLink,
  readRequestAnswer,
} from '../../shared/request/index';
import { testDatabases } from '../support/databases';
import { startServer, type TestServer } from '../support/server';
import { cliHome, runCli, type CliHome } from './support';

const SECRET = 'first line\r\n\tsecond line ✓ 密码 🔑\n\ntrailing  \n';

// Each command is a process of its own (about a second, more on a busy machine).
describe('oncelink request / answer / requests / read', { timeout: 120_000 }, () => {
  let env: Awaited<ReturnType<(typeof testDatabases)[number]['create']>>;
  let srv: TestServer;
  let asker: CliHome;
  let helper: CliHome;

  beforeAll(async () => {
    env = await testDatabases.find((d) => d.name === 'pglite')!.create();
    srv = await startServer(env.handle);
  });
  afterAll(async () => {
    await srv?.close();
    await env?.drop();
  });
  beforeEach(() => {
    asker = cliHome();
    helper = cliHome();
  });
  afterEach(() => {
    asker.remove();
    helper.remove();
  });

  const as = (home: CliHome) => (args: string[], input?: string) => runCli(args, { home, input });
  const keyFile = () => join(asker.dir, 'request-keys.json');

  async function requestsJson() {
    const r = await as(asker)(['requests', '--json']);
    expect(r.code, r.err).toBe(0);
    return RequestsJson.parse(JSON.parse(r.out)).requests;
  }

  it('request → answer from standard input → requests → read once, exactly', async () => {
    const made = await as(asker)([
      'request',
      'the staging DB password',
      '--server',
      srv.url,
      '--json',
    ]);
    expect(made.code, made.err).toBe(0);
    const { id, link, label } = RequestJson.parse(JSON.parse(made.out));
    expect(link).toMatch(new RegExp(`^${srv.url}/r/${id}#`));
    expect(label).toBe('the staging DB password');
    expect(statSync(keyFile()).mode & 0o777).toBe(0o600);
    expect(statSync(join(asker.dir, 'requests.json')).mode & 0o777).toBe(0o600);
    expect((await requestsJson()).map((r) => r.state)).toEqual(['waiting']);
    expect(await as(asker)(['read', id.slice(0, 6)])).toMatchObject({ code: 0, out: '' });

    const sent = await as(helper)(['answer', link, '--json'], SECRET);
    expect(sent.code, sent.err).toBe(0);
    expect(sent.err).toContain('Request: the staging DB password');
    expect(AnswerJson.parse(JSON.parse(sent.out)).id).toBe(id);
    const again = await as(helper)(['answer', link], 'second');
    expect(again.code).toBe(EXIT.UNAVAILABLE);
    expect(again.err).toMatch(/already been answered/);

    expect((await requestsJson())[0]).toMatchObject({ id, state: 'answered' });
    const table = await as(asker)(['requests']);
    expect(table.out).toMatch(/answered\s+read it: oncelink read/);

    const read = await as(asker)(['read', id.slice(0, 6)]);
    expect(read.code, read.err).toBe(0);
    expect(read.stdout.equals(Buffer.from(SECRET))).toBe(true);
    expect(JSON.parse(readFileSync(keyFile(), 'utf8')).keys).toEqual({});
    const twice = await as(asker)(['read', id]);
    expect(twice.code).toBe(EXIT.OTHER);
    expect(twice.err).toMatch(/key .* is gone/);
    expect((await requestsJson())[0]).toMatchObject({ state: 'read' });
  });

  it('answers a link made elsewhere, and a CLI link is answered elsewhere', async () => {
    // A request made by another client (the extension's code path), answered by the command.
    const other = await createRequest({ note: 'api token', expiresIn: 600, publicUrl: srv.url });
    await srv.client.request.create.mutate(other.input);
    const sent = await as(helper)(['answer', other.link, '--kind', 'token', 'tok_123 ✓']);
    expect(sent.code, sent.err).toBe(0);
    const r = await srv.client.request.read.mutate({ manageToken: other.manageToken });
    if (r.state !== 'answered') throw new Error('no answer');
    expect(await readRequestAnswer(other.keyPair, r)).toEqual({
      kind: 'token',
      value: 'tok_123 ✓',
    });

    // A request made by the command, answered by another client; read with --json.
    const made = await as(asker)(['request', '-', '--server', srv.url, '--json'], 'a PIN please\n');
    const { id, link, label } = RequestJson.parse(JSON.parse(made.out));
    expect(label).toBe('a PIN please');
    const answer = await answerRequest(parseRequestLink(link), { kind: 'pin', value: '0042' });
    await srv.client.request.answer.mutate(answer);
    const read = await as(asker)(['read', id, '--json']);
    expect(ReadJson.parse(JSON.parse(read.out))).toEqual({ id, kind: 'pin', value: '0042' });
  });

  it('revoke cancels a request and deletes its key; a damaged link is refused', async () => {
    const made = await as(asker)(['request', 'n', '--server', srv.url, '--json']);
    const { id, link } = RequestJson.parse(JSON.parse(made.out));
    const revoked = await as(asker)(['revoke', id.slice(0, 8)]);
    expect(revoked.code, revoked.err).toBe(0);
    expect(revoked.out).toMatch(/Revoked request/);
    expect(JSON.parse(readFileSync(keyFile(), 'utf8')).keys).toEqual({});
    const late = await as(helper)(['answer', link], 'x');
    expect(late.code).toBe(EXIT.UNAVAILABLE);
    const cut = await as(helper)(['answer', link.slice(0, -10)], 'x');
    expect(cut.code).toBe(EXIT.DAMAGED_LINK);
    expect((await requestsJson())[0]).toMatchObject({ state: 'revoked' });
  });

  it('says what is wrong without a server or a note', async () => {
    const none = await as(asker)(['request', 'x']);
    expect(none.code).toBe(EXIT.USAGE);
    const empty = await as(asker)(['request', '-', '--server', srv.url], '   \n');
    expect(empty.code).toBe(EXIT.USAGE);
    const long = await as(asker)(['request', 'x', '--server', srv.url, '--expires', '30s']);
    expect(long.code).toBe(EXIT.USAGE);
    expect(existsSync(keyFile())).toBe(false);
    const help = await as(asker)(['help', 'request']);
    expect(help.out).toMatch(/Usage: oncelink request/);
  });
});
