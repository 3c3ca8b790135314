// oncelink reveal LINK: peek, ask for the passphrase (or read it from standard input), check it
// against the link before anything is spent, reveal, decrypt here, print the secret exactly.
import { parseLink } from '../../shared/link';
import { messageFor } from '../../shared/messages';
import { openShare, unlockShare } from '../../shared/protocol';
import { ProtocolError } from '../../shared/errors';
import { apiFor, timeoutFrom } from '../api';
import { COMMON_OPTIONS, parseCommand, positionals } from '../args';
import { CodedFailure, UsageError } from '../errors';
import { HELP } from '../help';
import { decodeUtf8, firstLine, note, readLine, type Io } from '../io';
import { describeLimits, formatRelative, formatTime, plural, printJson } from '../output';
import { canPrompt, promptHidden } from '../prompt';
import { RevealJson } from '../schemas';

const OPTIONS = {
  ...COMMON_OPTIONS,
  'passphrase-stdin': { type: 'boolean' },
  json: { type: 'boolean' },
} as const;

/** Typos caught by the link's check before giving up, when a person is typing. */
export const PROMPT_TRIES = 3;
/** A passphrase line is short; reading stops past this. */
const PASSPHRASE_INPUT_MAX = 4096;

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

/** The keys, once a passphrase passes the link's check; typos cost nothing and are retried. */
async function unlock(
  io: Io,
  link: ReturnType<typeof parseLink>,
  peek: Peeked,
  fromStdin: boolean,
) {
  const { id, linkKey, check } = link;
  const tries = fromStdin ? 1 : PROMPT_TRIES;
  for (let i = 1; ; i++) {
    const passphrase = fromStdin
      ? await passphraseFromStdin(io)
      : await promptHidden(io, 'Passphrase: ');
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
  const { values, positionals: pos } = parseCommand(args, OPTIONS);
  if (values.help) {
    io.stdout.write(HELP.reveal!);
    return 0;
  }
  const [raw] = positionals(pos, 1, 'oncelink reveal LINK');
  if (raw === undefined) throw new UsageError('give the link: oncelink reveal LINK');
  const link = parseLink(raw);
  const fromStdin = values['passphrase-stdin'] === true;
  if (!fromStdin && !canPrompt(io)) {
    throw new UsageError(
      'standard input is not a terminal, so the passphrase cannot be asked for: use --passphrase-stdin',
    );
  }
  const api = apiFor(link.publicUrl, timeoutFrom(io.env));
  const peek = await api.secret.peek.query({ id: link.id });
  if (peek.state !== 'pending') throw new CodedFailure('UNAVAILABLE');
  if (!fromStdin) {
    note(
      io,
      `Secret waiting: ${describeLimits(peek.viewsLeft, peek.attemptsLeft)} left, ` +
        `expires ${formatTime(peek.expiresAt)} (${formatRelative(peek.expiresAt)}).`,
    );
  }

  const { authKey, encKey } = await unlock(io, link, peek, fromStdin);
  try {
    const r = await api.secret.reveal.mutate({ id: link.id, authKey });
    const { kind, value } = await openShare({
      id: link.id,
      encKey,
      iv: r.iv,
      ciphertext: r.ciphertext,
    });
    if (values.json) {
      printJson(io, RevealJson, { kind, value, viewsLeft: r.viewsLeft });
    } else {
      io.stdout.write(value);
      // On a terminal, end the line on standard error so the prompt does not run on.
      if (io.stdout.isTTY && !value.endsWith('\n')) io.stderr.write('\n');
      const left =
        r.viewsLeft === 0
          ? 'that was the last view: the secret is deleted from the server'
          : `it can be revealed ${plural(r.viewsLeft, 'more time')}`;
      note(io, `(${kind}; ${left})`);
    }
  } finally {
    encKey.fill(0);
  }
  return 0;
}
