// The --help texts. The exit-code table comes from exit-codes.ts, so it cannot drift.
import { EXIT_CODE_HELP } from './exit-codes';

function exitCodes(): string {
  const rows = EXIT_CODE_HELP.map(([code, what]) => `  ${String(code).padStart(3)}  ${what}`);
  return ['Exit codes:', ...rows].join('\n');
}

const SERVER = `Server: --server URL, else ONCELINK_SERVER, else the one saved by \`oncelink server URL\`
(https, or http on localhost only). ONCELINK_TIMEOUT: seconds to wait for it (default 20).`;

const SHARE_LIMITS = `  --expires DURATION  burn it unread after this long: 10m, 1h, 24h, 7d (default 24h)
  --views N           how many times it can be revealed (default 1)
  --attempts N        wrong passphrases before it is destroyed, 1-10 (default 1)
  --label TEXT        a note for \`oncelink list\`, kept on this machine only
  --server URL        the oncelink server to use`;

export const HELP: Record<string, string> = {
  main: `oncelink: hand one secret to one person, once.

Usage: oncelink <command> [options]

Commands:
  share [TEXT]        share a secret (from TEXT, or standard input when TEXT is absent or -),
                      or a file with --file PATH
  generate [KIND]     generate a password, passphrase, pin, token or uuid (--share to share it)
  reveal [LINK | -]   reveal a secret: asks for the link and passphrase, prints the secret
  list                the shares made from this machine, with their status and events
  revoke ID           burn a share made from this machine before it is read
  server [URL]        show the server in use, or save URL as the default
  request [NOTE]      ask someone for a secret: prints a request link to send them
  answer LINK         answer a request link with a secret (from standard input, or asked for)
  requests            the requests made from this machine, with their status
  read ID             read the answer to a request, once

Options: -h, --help (also after a command), -v, --version

${SERVER}
Files: $XDG_CONFIG_HOME/oncelink/ (else ~/.config/oncelink/): config.json, shares.json
(manage tokens of your shares: they can revoke a share, never read it), requests.json and
request-keys.json (the private keys that decrypt answers), readable by you only.

${exitCodes()}
`,
  share: `Usage: oncelink share [TEXT | -] [options]

Encrypts the secret here and uploads only ciphertext. Prints the link and the passphrase on
standard output (labelled lines); send them to the recipient over two different channels.

Without TEXT, or with -, the secret is read from standard input byte for byte: every line
break and space is kept, including the trailing newline that echo adds (use printf, or
--trim-newline). On a terminal it is asked for without echo (one line). TEXT on the command
line is visible in shell history and to other users (ps): prefer standard input.

Options:
${SHARE_LIMITS}
  --words N           words in the passphrase, 4-12 (default 6)
  --trim-newline      drop one trailing line break from the secret
  --file PATH         share this file instead (its name, type and bytes, all encrypted), up to
                      the server's MAX_FILE_BYTES (10 MiB by default); - reads standard input
  --name NAME         the file's name (with --file -, required; else the file's own name)
  --json              print one JSON object: id, link, passphrase, expiresAt, maxViews,
                      maxAttempts, kind, label, server

${SERVER}

${exitCodes()}
`,
  generate: `Usage: oncelink generate [password|passphrase|pin|token|uuid] [options]

Prints a fresh random value on standard output, its entropy and strength on standard error.

Options (default in brackets):
  password     --length N (20, 4-1024), --no-lower, --no-upper, --no-digits, --no-symbols,
               --avoid-ambiguous
  passphrase   --words N (8, 3-12), --separator S (-, up to 3 non-letters), --capitalize, --digit
  pin          --length N (6, 4-12)
  token        --bits N (256, 64-512, a multiple of 8), --encoding hex|base64url|base32 (base64url)
  uuid         (none)
  --json       print one JSON object: kind, value, entropyBits, strength (and share)
  --share      share the value at once (prints it, the link and the passphrase), with:
${SHARE_LIMITS}
  --share-words N     words in the share's passphrase, 4-12 (default 6)

${exitCodes()}
`,
  reveal: `Usage: oncelink reveal [LINK | -] [--passphrase-stdin] [--out PATH [--force]] [--json]
                              [--raw] [--insecure]

Asks for the passphrase without echo, checks it against the link before anything is spent (a
typo is caught here, up to 3 tries), then reveals and decrypts the secret. The secret goes to
standard output exactly as it was shared (no newline is added); its kind and the views left go
to standard error. The server is the one in the link.

Without LINK, or with -, the link is asked for without echo on a terminal, or read from the
first line of standard input (with --passphrase-stdin the passphrase is the second line): the
key after # then never sits in shell history or in the process list (ps), as an argument does.

On a terminal, control characters in the secret (escape sequences, clipboard writes, C1, bidi
overrides; not newline or tab) are shown as \\x.. or \\u.... escapes; a pipe, a file or --raw gets
the bytes exactly.

Options:
  --passphrase-stdin  read the passphrase from standard input (no retries): its first line, or
                      its second when the link is on the first
  --out PATH          a shared file is written here (mode 0600), never over an existing file
  --force             with --out, overwrite an existing file
  --json              print one JSON object: kind, value, viewsLeft (a file: kind, name, type,
                      size, savedTo, viewsLeft)
  --raw               write the secret as it is, even to a terminal
  --insecure          accept a plain-http link to another machine (refused by default: anyone on
                      the path could read the page and swap its code)

A shared file goes to --out; without it, to standard output when that is not a terminal, else
to a new file in the current directory under its name made safe (no path, no control
characters, no reserved Windows names).

${exitCodes()}
`,
  list: `Usage: oncelink list [--json] [--raw]

The shares made from this machine, newest first, with their live state and events as the
server tells them (one request per 100 shares and server). Shares the server has forgotten
(past its retention) are shown one last time and then dropped from shares.json. ENDS is when
a share expires, or when it ended. When a server cannot be asked, its shares show state ?
(null and an error in JSON), the others are still listed, and the exit code says why. On a
terminal, control characters are shown as escapes.

Options:
  --json   print one JSON object: {shares: [{id, label, kind, server, createdAt, expiresAt,
           maxViews, maxAttempts, state, viewsLeft, attemptsLeft, endedAt, events, error}]}
  --raw    write the table as it is, even to a terminal

${exitCodes()}
`,
  revoke: `Usage: oncelink revoke ID [--json]

Burns a share made from this machine on its server: the link stops working at once. ID is the
id shown by \`oncelink list\`, or any unique start of it.

Options:
  --json   print one JSON object: id, state

${exitCodes()}
`,
  server: `Usage: oncelink server [URL]

Without URL, prints the server commands use and where that comes from. With URL, checks it
and saves it in config.json as the default (--server and ONCELINK_SERVER still come first).

${exitCodes()}
`,
  request: `Usage: oncelink request [NOTE | -] [options]

Asks someone for a secret. NOTE says what you need ("the staging DB password"); it is shown
to the person you send the link to, encrypted so the server cannot read it. Prints the request
link on standard output: send it to the person who has the secret. They answer in any browser,
or with \`oncelink answer LINK\`; only this machine can decrypt the answer.

The request's private key stays in request-keys.json (0600) until the answer is read, or the
request is revoked or expires.

Options:
  --expires DURATION  how long the request can be answered: 1m to the server's maximum (24h);
                      an answer is then kept for as long again
  --label TEXT        a name for \`oncelink requests\`, kept on this machine only (default: NOTE)
  --server URL        the oncelink server to use
  --json              print one JSON object: id, link, expiresAt, label, server

${SERVER}

${exitCodes()}
`,
  answer: `Usage: oncelink answer LINK [SECRET | -] [options]

Shows the requester's note, then sends the secret, encrypted here for the requester alone.
Without SECRET, or with -, the secret is read from standard input byte for byte (on a
terminal it is asked for without echo). A request takes one answer: a second is refused.
Generate one with: oncelink generate password | oncelink answer LINK --kind password

Options:
  --kind KIND         text, password, passphrase, pin, token or uuid (default text)
  --trim-newline      drop one trailing line break from the secret
  --json              print one JSON object: id, answeredAt, expiresAt

${exitCodes()}
`,
  requests: `Usage: oncelink requests [--json]

The requests made from this machine, newest first, with their state as the server tells it:
waiting, answered (read it with \`oncelink read ID\`), read, expired, revoked, unknown. Keys of
requests that ended are deleted.

Options:
  --json   print one JSON object: {requests: [{id, label, server, createdAt, expiresAt, state,
           answeredAt, endedAt, error}]}

${exitCodes()}
`,
  read: `Usage: oncelink read ID [--json]

Reads the answer to a request made from this machine, once: the server deletes it as it hands
it over, this machine decrypts it and deletes the key. The answer goes to standard output
exactly as it was typed. ID is the id \`oncelink requests\` shows, or a unique start of it.

Options:
  --json   print one JSON object: id, kind, value

${exitCodes()}
`,
};
