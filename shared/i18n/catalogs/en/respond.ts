// The request page (/r/<id>) in English: the source every other language translates.
import type { Catalog } from '../../format';

export default {
  'title.loading': 'Opening a request',
  'title.incomplete': 'Incomplete link',
  'title.closed': 'Request closed',
  'title.load-error': 'Could not open the request',
  'title.open': 'A secret request',
  'title.sent': 'Answer sent',
  'page.footer':
    'End-to-end encrypted: your answer is encrypted in this browser for the person who asked. The server never sees it, or the part of the link after #.',
  'loading.title': 'Opening the request…',
  'loading.status': 'Checking that the request is still open.',
  'incomplete.title': 'Check the link',
  'incomplete.why':
    'The part after # holds the key your answer is encrypted to. Some mail and chat apps cut long links; copying the link by hand usually works.',
  'answered.title': 'This request has been answered',
  'expired.title': 'This request has expired',
  'expired.text': 'It can no longer be answered. Ask the person who sent it for a new link.',
  'revoked.title': 'This request was cancelled',
  'revoked.text':
    'The person who asked withdrew it, so it takes no answer. Ask them if you are unsure.',
  'unavailable.title': 'This request is not available',
  'unavailable.text':
    'It may have been answered already, expired, or never existed. Ask the person who sent it for a new link.',
  'loadError.title': 'Could not open the request',
  'sent.title': 'Sent: only the person who asked can read it',
  'sent.text':
    'Your answer was encrypted in this browser for them alone; the server keeps only ciphertext, and deletes it as soon as they read it. This link takes no second answer.',
  'sent.close': 'You can close this page.',
  'open.title': 'Someone asks you for a secret',
  'open.theyWrote': 'They wrote:',
  'open.openUntil': 'Open until',
  'open.answers': 'Answers',
  'open.answersOne': 'One: the first answer is the only one',
  'open.answerLabel': 'Your answer',
  'open.answerHint':
    'Type or paste it exactly; line breaks and spaces are kept. It is encrypted in this browser for the person who asked: the server, and anyone else, cannot read it.',
  'open.showGenerator': 'Generate one instead (a new password, PIN, token…)',
  'open.hideGenerator': 'Hide the generator',
  'open.send': 'Encrypt and send',
  'open.sending': 'Encrypting and sending…',
  'open.sendingStatus': 'Encrypting and sending your answer…',
  'gen.another': 'Another one',
  'gen.use': 'Use this',
} satisfies Catalog;
