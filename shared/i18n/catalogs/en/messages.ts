// The sentences of shared/messages.ts in English: what failed and what to do. Keys are the
// failure codes (with a variant after the dot where the details change the sentence).
import type { Catalog } from '../../format';

export default {
  'lost.view':
    'The server’s answer did not arrive, so a view or an attempt may or may not have been spent. Open the link again: if it says the secret is not available, ask the sender for a new one.',
  'lost.answer':
    'The server’s answer did not arrive, so your answer may or may not have been stored. Open the link again: if it says the request has already been answered, your answer arrived; if not, send it again.',
  'lost.read':
    'The server’s answer did not arrive, so the answer may or may not have been read (the server deletes it once read). Try again: if it says the request is not available, ask for the secret again with a new request.',
  'WRONG_PASSPHRASE.last':
    'Wrong passphrase. That was the last attempt: the secret has been destroyed. Ask the sender for a new one.',
  'WRONG_PASSPHRASE.left': {
    one: 'Wrong passphrase. {count} attempt is left.',
    other: 'Wrong passphrase. {count} attempts are left.',
  },
  CHECK_MISMATCH: 'That passphrase does not match this link. Check for a typo: nothing was spent.',
  BAD_PASSPHRASE: 'That is not a valid passphrase. Type the words exactly as you received them.',
  UNAVAILABLE:
    'This secret is not available. It may have been viewed already, expired, or never existed. Ask the sender for a new link.',
  BAD_LINK:
    'This link is incomplete or damaged. Copy the whole link, including the part after #, or ask the sender again.',
  RATE_LIMITED: {
    one: 'Too many requests. Try again in {count} second.',
    other: 'Too many requests. Try again in {count} seconds.',
  },
  'TOO_LARGE.limit':
    'The secret is too large: this server takes up to {kib} KiB. Shorten it or split it into several secrets.',
  'TOO_LARGE.mib':
    'The secret is too large: this server takes up to {mib} MiB. Shorten it or split it into several secrets.',
  TOO_LARGE:
    'The secret is too large for this server. Shorten it or split it into several secrets.',
  'SERVICE_UNAVAILABLE.unknown':
    'The server lost its database while answering, so it cannot tell whether this went through. Try again in a few seconds.',
  SERVICE_UNAVAILABLE:
    'The server is briefly unavailable. Nothing was spent: try again in a few seconds.',
  SERVICE_FULL:
    'This server is full: it holds as many secrets as its operator allows. Nothing was stored. Try again later, once some have been viewed or have expired, or use another server.',
  NETWORK: 'Could not reach the server. Check your connection and try again: nothing was spent.',
  'INVALID_INPUT.issue': 'The server refused the request: {path}: {issue}.',
  INVALID_INPUT: 'The server refused the request as invalid.',
  ALREADY_ANSWERED:
    'This request has already been answered, and takes only one answer. If it was not you who answered, tell the person who asked.',
  DUPLICATE_ID: 'The server already has a secret with this id. Try again.',
  DECRYPT_FAILED: 'The secret could not be decrypted: the link or the stored data is damaged.',
  BAD_ENVELOPE: 'The secret was decrypted but its contents are damaged.',
  BAD_KDF_PARAMS: 'This secret uses key settings this client refuses (too weak or too costly).',
  BAD_FILE_NAME: 'The file needs a name of at most 255 bytes. Rename it and try again.',
  INTERNAL: 'The server hit an unexpected error. Try again later.',
  // "opened by a Slack link preview": English needs "an" before a vowel, hence two of each.
  'previewer.unknown': 'opened by a link preview or scanner',
  'previewer.preview': 'opened by a {name} link preview',
  'previewer.preview.an': 'opened by an {name} link preview',
  'previewer.scanner': 'opened by a {name} link scanner',
  'previewer.scanner.an': 'opened by an {name} link scanner',
  'previewer.check': 'opened by a {name} link check',
  'previewer.check.an': 'opened by an {name} link check',
  'previewer.crawler': 'opened by a {name} crawler',
  'previewer.crawler.an': 'opened by an {name} crawler',
} satisfies Catalog;
