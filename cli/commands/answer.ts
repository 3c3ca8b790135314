// oncelink answer LINK [SECRET | -]: shows the requester's note, reads the secret (argument,
// pipe byte for byte, or hidden prompt), seals it here to the link's public key and sends it.
import { SECRET_KINDS } from '../../shared/envelope';
import {
  answerRequest,
  openRequestNote,
  parseRequestLink,
  requestProof,
} from '../../shared/request/index';
import { apiFor, timeoutFrom } from '../api';
import { choiceOption, commandLine, COMMON_OPTIONS } from '../args';
import { CodedFailure, UsageError } from '../errors';
import { decodeUtf8, note, readAll, type Io } from '../io';
import { serverLimits } from '../limits';
import { clip, formatRelative, formatTime, printJson } from '../output';
import { canPrompt, promptHidden } from '../prompt';
import { AnswerJson } from '../schemas';
import { normalizeServer } from '../server';
import { trimNewline } from './share';

const OPTIONS = {
  ...COMMON_OPTIONS,
  kind: { type: 'string' },
  'trim-newline': { type: 'boolean' },
  json: { type: 'boolean' },
} as const;

async function readSecret(io: Io, arg: string | undefined, maxBytes: number): Promise<string> {
  if (arg !== undefined && arg !== '-') return arg;
  if (canPrompt(io))
    return promptHidden(io, 'Secret (hidden; Enter to finish, pipe it for several lines): ');
  const { bytes, over } = await readAll(io.stdin, maxBytes);
  if (over) throw new CodedFailure('TOO_LARGE', { limit: maxBytes });
  return decodeUtf8(bytes, 'standard input');
}

export async function answer(args: string[], io: Io): Promise<number> {
  const line = commandLine('answer', args, OPTIONS, io, 2, 'oncelink answer LINK [SECRET | -]');
  if (!line) return 0;
  const { values } = line;
  const [raw, arg] = line.args;
  if (raw === undefined) throw new UsageError('give the request link: oncelink answer LINK');
  const kind = choiceOption('kind', values.kind, SECRET_KINDS, 'text');
  const parts = parseRequestLink(raw);
  // The same address rule as for sharing: https, or plain http on this machine only.
  const server = normalizeServer(parts.publicUrl, 'the request link');
  const api = apiFor(server, timeoutFrom(io.env));
  const peek = await api.request.peek.mutate({
    id: parts.id,
    linkProof: await requestProof(parts),
  });
  if (peek.state === 'answered') throw new CodedFailure('ALREADY_ANSWERED');
  if (peek.state !== 'open') throw new CodedFailure('UNAVAILABLE');
  const text = await openRequestNote(parts, peek);
  note(io, `Request: ${clip(text, 200)}`);
  note(
    io,
    `It expires ${formatTime(peek.expiresAt)} (${formatRelative(peek.expiresAt)}). Only the person who asked can decrypt your answer.`,
  );

  // The server's own limit, not the default (an answer obeys MAX_SECRET_BYTES like a share).
  const { maxSecretBytes } = await serverLimits(server, timeoutFrom(io.env));
  let value = await readSecret(io, arg, maxSecretBytes);
  if (values['trim-newline']) value = trimNewline(value);
  if (value.length === 0) throw new UsageError('there is nothing to send: the secret is empty');
  const body = await answerRequest(parts, { kind, value, maxSecretBytes }).catch((err: unknown) => {
    if ((err as { code?: unknown }).code === 'TOO_LARGE') {
      throw new CodedFailure('TOO_LARGE', { limit: maxSecretBytes });
    }
    throw err;
  });
  const r = await api.request.answer.mutate(body);
  if (values.json) printJson(io, AnswerJson, { id: parts.id, ...r });
  else note(io, 'Sent, encrypted for the requester alone. The link cannot be answered again.');
  return 0;
}
