// The recipient page (/s/<id>, and the extension's open window) in English: the source every
// other language translates.
import type { Catalog } from '../../format';

export default {
  'page.footer':
    'End-to-end encrypted: the secret is decrypted in this browser. The server never sees it, your passphrase or the part of the link after #.',
  'page.preferExtension':
    'Have the oncelink extension? Right-click the link and choose Open with oncelink: the code that decrypts then comes from your browser, not from this server.',
  'title.loading': 'Opening a secret',
  'title.incomplete': 'Incomplete link',
  'title.unavailable': 'Secret not available',
  'title.load-error': 'Could not open the secret',
  'title.ready': 'A secret for you',
  'title.revealed': 'Your secret',
  'title.destroyed': 'Secret destroyed',
  'title.failed': 'Secret could not be opened',
  'loading.title': 'Opening the link…',
  'loading.status': 'Checking that the secret is still there. This spends nothing.',
  'unavailable.title': 'Nothing to reveal here',
  'unavailable.why':
    'One-time secrets disappear once read, when they expire, or when the sender revokes them, and nobody can bring one back.',
  'incomplete.title': 'Check the link',
  'incomplete.why':
    'Nothing was spent: the secret, if it is still there, waits for the whole link. Some mail and chat apps cut long links or drop the part after the # sign; copying the link by hand usually works.',
  'loadError.title': 'Could not open the secret',
  'destroyed.title': 'The secret has been destroyed',
  'destroyed.why':
    'Nobody can read it now, not even the sender. When it is shared again, check the passphrase with the sender.',
  'failed.title': 'The secret could not be opened',
  'failed.why': 'Ask the sender for a new link.',
  'ready.title': 'Someone sent you a secret',
  'ready.lead':
    'It is encrypted, and only the passphrase the sender gave you can open it. Once you read it, it is deleted from the server.',
  'ready.resumed':
    'Your last try to read this secret was interrupted before it arrived. Type the passphrase again to show it: nothing more is used up.',
  'ready.expires': 'Expires',
  'ready.canBeRead': 'Can be read',
  'ready.attempts': 'Attempts',
  'ready.spentNothing':
    'Opening this page did not use anything up: the secret stays on the server until the right passphrase is entered.',
  'ready.reveal': 'Reveal the secret',
  'views.once': 'Once, then it is deleted',
  'views.more': { one: '{count} more time', other: '{count} more times' },
  attempts: {
    one: '{count} wrong passphrase destroys it; typos are caught before they count',
    other: '{count} wrong passphrases destroy it; typos are caught before they count',
  },
  'after.deleted':
    'It has been deleted from the server: this page holds the only copy. Copy it somewhere safe before you close or reload this page.',
  'after.more': {
    one: 'It can be opened once more with the same link and passphrase.',
    other: 'It can be opened {count} more times with the same link and passphrase.',
  },
  'after.deletedFile':
    'It has been deleted from the server: this page holds the only copy. Download it before you close or reload this page.',
  'file.title': 'Here is your file',
  'file.savedAs': 'Saved as {name}, a name safe on every system.',
  'file.download': 'Download',
  'file.showText': 'Show as text',
  'file.hideText': 'Hide text',
  'file.saving': 'Your browser is saving the file.',
  'file.asText': '{name}, as text',
  'kind.password': 'Generated password',
  'kind.passphrase': 'Generated passphrase',
  'kind.pin': 'Generated PIN',
  'kind.token': 'Generated token',
  'kind.uuid': 'Generated UUID',
  'passphrase.label': 'Passphrase',
  'passphrase.hint':
    'The words the sender gave you, in order. Capitals, commas and line breaks do not matter; the first four letters of each word are enough.',
  // Shown in every language but English: the words never change language.
  'passphrase.english':
    'The words are always English, from the BIP39 word list, whatever the language of this page: type them as you received them.',
  'summary.unknown': 'Word {index}, “{word}”, is not in the word list.',
  'summary.ambiguous': 'Word {index}, “{word}”, could be several words: type more letters.',
  'summary.short': 'Word {index}, “{word}”, is too short: type at least four letters.',
  'summary.complete': {
    one: '{count} word, all recognised.',
    other: '{count} words, all recognised.',
  },
  'summary.typing': {
    one: '{count} word so far; keep typing.',
    other: '{count} words so far; keep typing.',
  },
  'summary.tooMany': {
    one: '{count} word: a passphrase has at most {max}.',
    other: '{count} words: a passphrase has at most {max}.',
  },
  'summary.tooFew': {
    one: '{count} word recognised; a passphrase has at least {min}.',
    other: '{count} words recognised; a passphrase has at least {min}.',
  },
  'unlock.label': 'Opening the secret',
  'unlock.derive': 'Deriving the key from your passphrase',
  'unlock.reveal': 'Fetching the encrypted secret',
  'unlock.decrypt': 'Decrypting in this browser',
  'revealed.title': 'Here is your secret',
  'revealed.secret': 'Secret',
  'revealed.hiddenLabel': '{label}: hidden',
  'revealed.hidden': 'Hidden. Press Show to see it again.',
  'revealed.copy': 'Copy',
  'revealed.copied': 'Copied ✓',
  'revealed.show': 'Show',
  'revealed.hide': 'Hide',
} satisfies Catalog;
