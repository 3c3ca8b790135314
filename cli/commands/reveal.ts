// oncelink reveal [LINK | -]: peek, ask for the passphrase (or read it from standard input),
// check it against the link before anything is spent, reveal, decrypt here, print the secret
// exactly. The link can come from standard input or a hidden prompt, so its key (after #) need
// not sit in shell history or in `ps`; a plain-http link is refused but for this machine.
import { parseLink } from '../../shared/link';
import { messageFor } from '../../shared/messages';
import { openShare, unlockShare } from '../../shared/protocol';
import { linkAccess, newReceipt, retryLostAnswer } from '../../shared/recipient';
import { ProtocolError } from '../../shared/errors';
import { apiFor, timeoutFrom } from '../api';
import { commandLine, COMMON_OPTIONS } from '../args';
import { CodedFailure, UsageError } from '../errors';
import { checkOut, writeFileOutput } from '../file-io';
import { decodeUtf8, firstLine, note, readLine, readLines, type Io } from '../io';
import { describeLimits, plural } from '../../shared/words';
import { formatRelative, formatTime, printJson } from '../output';
import { canPrompt, promptHidden } from '../prompt';
import { RevealFileJson, RevealJson } from '../schemas';
import { normalizeServer } from '../server';
import { writeOut } from '../terminal-text';

const OPTIONS = {
  ...COMMON_OPTIONS,
  'passphrase-stdin': { type: 'boolean' },
  out: { type: 'string' },
  force: { type: 'boolean' },
  json: { type: 'boolean' },
  raw: { type: 'boolean' },
  insecure: { type: 'boolean' },
} as const;

/** Typos caught by the link's check before giving up, when a person is typing. */
export const PROMPT_TRIES = 3;
/** A passphrase line is short; reading stops past this. */
const PASSPHRASE_INPUT_MAX = 4096;
/** A link is about 80 characters; a line longer than this is not one. */
const LINK_INPUT_MAX = 2048;

type Peeked = { salt: string; kdf: unknown; viewsLeft: number; attemptsLeft: number };

function isTypo(err: unknown): boolean {
  return (
    err instanceof ProtocolError && (err.code === 'CHECK_MISMATCH' || err.code === 'BAD_PASSPHRASE')
  );
}

async function passphraseFromStdin(io: Io): Promise<string> {
  const line = await readLine(io.stdin, PASSPHRASE_INPUT_MAX);
  return firstLine(decodeUtf8(line, 'the passphrase on standard input'));
}

/**
 * The link, and the passphrase when standard input carries both: the argument; else a hidden
 * prompt on a terminal; else the first line of standard input (the passphrase on the second,
 * with --passphrase-stdin).
 */
async function readLinkInput(
  io: Io,
  arg: string | undefined,
  fromStdin: boolean,
): Promise<{ link: string; passphrase?: string }> {
  if (arg !== undefined && arg !== '-') return { link: arg };
  if (canPrompt(io)) return { link: (await promptHidden(io, 'Link (hidden): ')).trim() };
  if (!fromStdin) {
    throw new UsageError(
      'standard input is not a terminal, so the passphrase cannot be asked for: use ' +
        '--passphrase-stdin, with the link on the first line and the passphrase on the second',
    );
  }
  const max = Math.max(LINK_INPUT_MAX, PASSPHRASE_INPUT_MAX);
  const [link, passphrase] = (await readLines(io.stdin, 2, max)) as [Buffer, Buffer];
  const text = (b: Buffer, what: string) => decodeUtf8(b, `the ${what} on standard input`);
  return { link: text(link, 'link').trim(), passphrase: text(passphrase, 'passphrase') };
}

/** https, or plain http to this machine only (the rule `share` uses), unless --insecure. */
function checkTransport(io: Io, publicUrl: string, insecure: boolean): void {
  if (insecure) {
    if (!publicUrl.startsWith('https:')) {
      note(io, 'Warning: --insecure: this link is fetched over plain http.');
    }
    return;
  }
  try {
    normalizeServer(publicUrl, 'the link');
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    throw new UsageError(`${e.message}; to reveal it anyway, pass --insecure`);
  }
}

/** The keys, once a passphrase passes the link's check; typos cost nothing and are retried. */
async function unlock(
  io: Io,
  link: ReturnType<typeof parseLink>,
  peek: Peeked,
  fromStdin: boolean,
  given: string | undefined,
) {
  const { id, linkKey, check } = link;
  const tries = fromStdin ? 1 : PROMPT_TRIES;
  for (let i = 1; ; i++) {
    const passphrase =
      given ?? (fromStdin ? await passphraseFromStdin(io) : await promptHidden(io, 'Passphrase: '));
    try {
      return await unlockShare({ id, linkKey, check, passphrase, salt: peek.salt, kdf: peek.kdf });
    } catch (err) {
      if (!isTypo(err) || i >= tries) throw err;
      note(
        io,
        `${messageFor((err as ProtocolError).code)} (${plural(tries - i, 'try', 'tries')} left)`,
      );
    }
  }
}

export async function reveal(args: string[], io: Io): Promise<number> {
  const line = commandLine('reveal', args, OPTIONS, io, 1, 'oncelink reveal [LINK | -]');
  if (!line) return 0;
  const { values } = line;
  const [arg] = line.args;
  // A share may hold a file: an --out that cannot be written is refused before a view is spent.
  checkOut(values.out, values.force === true);
  const fromStdin = values['passphrase-stdin'] === true;
  if (!fromStdin && !canPrompt(io) && arg !== undefined && arg !== '-') {
    throw new UsageError(
      'standard input is not a terminal, so the passphrase cannot be asked for: use --passphrase-stdin',
    );
  }
  const input = await readLinkInput(io, arg, fromStdin);
  if (input.link === '') throw new UsageError('give the link: oncelink reveal LINK, or pipe it');
  const link = parseLink(input.link);
  checkTransport(io, link.publicUrl, values.insecure === true);
  const api = apiFor(link.publicUrl, timeoutFrom(io.env));
  // The id and, for a v2 link, the proof that we hold the whole link (docs/protocol.md#link-proof).
  const access = await linkAccess(link);
  const peek = await api.secret.peek.query(access);
  if (peek.state !== 'pending') throw new CodedFailure('UNAVAILABLE');
  if (!fromStdin) {
    note(
      io,
      `Secret waiting: ${describeLimits(peek.viewsLeft, peek.attemptsLeft)} left, ` +
        `expires ${formatTime(peek.expiresAt)} (${formatRelative(peek.expiresAt)}).`,
    );
  }

  const { authKey, encKey } = await unlock(io, link, peek, fromStdin, input.passphrase);
  try {
    // A lost answer is asked for once more with the same receipt: the server answers it again
    // without spending a second view (docs/protocol.md#grace).
    const receipt = newReceipt();
    const r = await retryLostAnswer(
      () => api.secret.reveal.mutate({ ...access, authKey, receipt }),
      [1000],
    );
    const opened = await openShare({
      id: link.id,
      encKey,
      iv: r.iv,
      ciphertext: r.ciphertext,
    });
    // Decrypted: the server may drop what it kept for a retry. Best effort, the grace ends anyway.
    await api.secret.ack.mutate({ ...access, receipt }).catch(() => {});
    const left =
      r.viewsLeft === 0
        ? 'that was the last view: the secret is deleted from the server'
        : `it can be revealed ${plural(r.viewsLeft, 'more time')}`;
    if (opened.kind === 'file') {
      const { file } = opened;
      // With --json, standard output carries the JSON, so the bytes go to a file.
      const savedTo = writeFileOutput(io, file, values.out, values.force === true, !values.json);
      const about = { name: file.name, type: file.type, size: file.bytes.length };
      if (values.json) {
        const json = { kind: 'file' as const, ...about, savedTo: savedTo!, viewsLeft: r.viewsLeft };
        printJson(io, RevealFileJson, json);
      } else {
        const where = savedTo === null ? 'written to standard output' : `saved to ${savedTo}`;
        const what = `file ${JSON.stringify(file.name)}, ${file.bytes.length} bytes, ${file.type}`;
        note(io, `(${what}: ${where}; ${left})`);
      }
      return 0;
    }
    const { kind, value } = opened;
    if (values.json) {
      printJson(io, RevealJson, { kind, value, viewsLeft: r.viewsLeft });
    } else {
      writeOut(io, value, values.raw === true);
      // On a terminal, end the line on standard error so the prompt does not run on.
      if (io.stdout.isTTY && !value.endsWith('\n')) io.stderr.write('\n');
      note(io, `(${kind}; ${left})`);
    }
  } finally {
    encKey.fill(0);
  }
  return 0;
}
