// What `--json` prints, one object per command: the documentation of the output scripts read,
// and what the tests validate it with. Times are ISO 8601; ids are the server's (b64u).
import { z } from 'zod';
import { SECRET_KINDS } from '../shared/envelope';
import { GENERATOR_KINDS, STRENGTH_THRESHOLDS } from '../shared/generator/index';
import {
  REQUEST_STATES,
  RequestAnswerOutput,
  RequestCreateOutput,
  RequestPeekOutput,
  RequestReadOutput,
  RequestRevokeOutput,
  RequestStatusOutput,
} from '../shared/request/schemas';
import {
  AckOutput,
  ConfigOutput,
  CreateOutput,
  PeekOutput,
  RevealOutput,
  RevokeOutput,
  SECRET_STATES,
  SecretEvent,
  SecretId,
  StatusOutput,
} from '../shared/schemas';

const IsoTime = z.iso.datetime({ offset: true });
/** A share holds text of one of these kinds, or a file. */
export const SHARE_KINDS = [...SECRET_KINDS, 'file'] as const;
const Count = z.number().int().min(0);

/** `oncelink share --json`: send `link` and `passphrase` by two different channels. */
export const ShareJson = z.strictObject({
  id: SecretId,
  link: z.url(),
  passphrase: z.string().regex(/^[a-z]+( [a-z]+){3,11}$/),
  expiresAt: IsoTime,
  maxViews: Count.min(1),
  maxAttempts: Count.min(1),
  kind: z.enum(SHARE_KINDS),
  label: z.string(),
  server: z.url(),
});

/** `oncelink generate --json`; `share` only with `--share`. */
export const GenerateJson = z.strictObject({
  kind: z.enum(GENERATOR_KINDS),
  value: z.string().min(1),
  entropyBits: z.number().min(0),
  strength: z.enum(STRENGTH_THRESHOLDS.map((t) => t.strength) as [string, ...string[]]),
  share: ShareJson.optional(),
});

/** `oncelink reveal --json`: the secret exactly, and the views left after this one. */
export const RevealJson = z.strictObject({
  kind: z.enum(SECRET_KINDS),
  value: z.string(),
  viewsLeft: Count,
});

/** `oncelink reveal --json` of a file: the bytes went to --out (or the current directory). */
export const RevealFileJson = z.strictObject({
  kind: z.literal('file'),
  name: z.string(),
  type: z.string(),
  size: Count,
  savedTo: z.string(),
  viewsLeft: Count,
});

/**
 * One share in `oncelink list --json`. `state` is the server's answer ('unknown': it no longer
 * knows the share); null with `error` when the server could not be asked.
 */
export const ListItemJson = z.strictObject({
  id: SecretId,
  label: z.string(),
  kind: z.enum(SHARE_KINDS),
  server: z.url(),
  createdAt: IsoTime,
  expiresAt: IsoTime,
  maxViews: Count.min(1),
  maxAttempts: Count.min(1),
  state: z.enum([...SECRET_STATES, 'unknown']).nullable(),
  viewsLeft: Count.nullable(),
  attemptsLeft: Count.nullable(),
  endedAt: IsoTime.nullable(),
  events: z.array(SecretEvent),
  error: z.strictObject({ code: z.string(), message: z.string() }).nullable(),
});

/** `oncelink list --json`, newest first. */
export const ListJson = z.strictObject({ shares: z.array(ListItemJson) });

/** `oncelink revoke --json`: the state the share is in now. */
export const RevokeJson = z.strictObject({ id: SecretId, state: z.enum(SECRET_STATES) });

export type ShareJson = z.infer<typeof ShareJson>;
export type GenerateJson = z.infer<typeof GenerateJson>;
export type RevealJson = z.infer<typeof RevealJson>;
export type ListItemJson = z.infer<typeof ListItemJson>;
export type ListJson = z.infer<typeof ListJson>;
export type RevokeJson = z.infer<typeof RevokeJson>;

/** `oncelink request --json`: send `link` to the person who has the secret. */
export const RequestJson = z.strictObject({
  id: SecretId,
  link: z.url(),
  expiresAt: IsoTime,
  label: z.string(),
  server: z.url(),
});

/** `oncelink answer --json`: the answer is stored, sealed for the requester alone. */
export const AnswerJson = z.strictObject({ id: SecretId, answeredAt: IsoTime, expiresAt: IsoTime });

/** One request in `oncelink requests --json`; `state` null with `error` when not asked. */
export const RequestsItemJson = z.strictObject({
  id: SecretId,
  label: z.string(),
  server: z.url(),
  createdAt: IsoTime,
  expiresAt: IsoTime,
  state: z.enum([...REQUEST_STATES, 'unknown']).nullable(),
  answeredAt: IsoTime.nullable(),
  endedAt: IsoTime.nullable(),
  error: z.strictObject({ code: z.string(), message: z.string() }).nullable(),
});
export const RequestsJson = z.strictObject({ requests: z.array(RequestsItemJson) });

/** `oncelink read --json`: the answer exactly as the responder typed it. */
export const ReadJson = z.strictObject({
  id: SecretId,
  kind: z.enum(SECRET_KINDS),
  value: z.string(),
});

export type RequestsItemJson = z.infer<typeof RequestsItemJson>;

/** `oncelink revoke --json` of a request: the state it is in now. */
export const RevokeRequestJson = z.strictObject({ id: SecretId, state: z.enum(REQUEST_STATES) });

/**
 * What each server procedure the command calls must answer (cli/api.ts checks every reply, with
 * or without --json): a server that answers something else is refused before its answer is
 * used or printed. A procedure missing here cannot be called at all.
 */
export const REPLY_SCHEMAS: Readonly<Record<string, z.ZodType>> = {
  'secret.create': CreateOutput,
  'secret.upload': CreateOutput,
  'config.get': ConfigOutput,
  'secret.peek': PeekOutput,
  'secret.reveal': RevealOutput,
  'secret.ack': AckOutput,
  'secret.status': StatusOutput,
  'secret.revoke': RevokeOutput,
  'request.create': RequestCreateOutput,
  'request.peek': RequestPeekOutput,
  'request.answer': RequestAnswerOutput,
  'request.status': RequestStatusOutput,
  'request.read': RequestReadOutput,
  'request.revoke': RequestRevokeOutput,
};
