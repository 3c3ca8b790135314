// The extension's own words in English (popup tabs, Open, Options, the share window, the
// context menu, notifications, the manifest): the source every other language translates. What
// the popup shares with the home page (web/ui) is in the catalogs of those components.
import type { Catalog } from '../../format';

export default {
  'manifest.description':
    'Share a secret once: encrypted in your browser, a link and a passphrase.',
  'manifest.command': 'Share the selected text securely',
  'menu.share': 'Share securely',
  'menu.open': 'Open with oncelink',

  'tabs.label': 'Sections',
  'tab.share': 'Share',
  'tab.generate': 'Generate',
  'tab.open': 'Open',
  'tab.request': 'Request',
  'tab.sent': 'Sent',
  'tab.options': 'Options',
  'request.followHint': 'You get a notification when it is answered.',

  'open.link': 'Share link',
  'open.hint':
    'The secret is opened by the extension’s own code, not by the page the server sends: the server cannot serve code that reads it. Opening spends nothing until the passphrase is right.',
  'open.words':
    'The passphrase is English words in every language: type them as you received them.',
  'open.opened': 'Opened in a new window.',
  'open.submit': 'Open the link',

  'share.taken':
    'The selection was already handed to a window, or expired. Paste the secret here, or select it again.',
  'share.unreadable': 'No selected text could be read from that page. Paste the secret here.',
  'share.lossy':
    'This page could not be read directly, so the selection may have lost line breaks or been cut short. Check the text before sharing.',
  'bridge.noAnswer': 'The extension did not answer. Close this window and try again.',

  'options.languageAuto': 'As the browser ({language})',
  'options.languageHint': 'For the popup, the share window, the menu and notifications.',
  'options.server': 'Server',
  'options.serverHint': 'Where secrets are stored and links point to. Built-in:',
  'options.defaults': 'Defaults for new shares',
  'options.checking': 'Checking…',
  'options.save': 'Save',
  'options.saved': 'Saved.',
  'options.permission':
    'oncelink needs your permission to contact {origin}. Save again and choose Allow.',
  'options.unreachable':
    'Could not reach {server}. Check the address and that the server is running; nothing was saved.',
  'options.notOncelink':
    '{server} answered, but not as an oncelink server (status {status}). Check the address; nothing was saved.',
  'serverUrl.NOT_A_URL':
    'The server address is not a full address: give it with https://, e.g. https://once.example.',
  'serverUrl.NOT_HTTP': 'The server address must start with https://.',
  'serverUrl.INSECURE':
    'The server address must use https:// (plain http is allowed only for localhost).',
  'serverUrl.EXTRA_PARTS': 'The server address must not contain ?, # or a user name.',

  'answer.loading.title': 'Reading the answer…',
  'answer.loading.status': 'Fetching it once and decrypting it with this browser’s key.',
  'answer.waiting.title': 'No answer yet',
  'answer.waiting.text': 'Nothing was spent: read it once it has been answered.',
  'answer.failed.title': 'Could not read the answer',

  'notice.named': '“{label}”',
  'notice.unnamed': 'A secret you shared',
  'notice.viewed.title': 'Secret viewed',
  'notice.viewed.gone': '{name} was opened with the passphrase and is now gone.',
  'notice.viewed.left': {
    one: '{name} was opened with the passphrase ({count} view left).',
    other: '{name} was opened with the passphrase ({count} views left).',
  },
  'notice.destroyed.title': 'Secret destroyed',
  'notice.destroyed': '{name} was destroyed after wrong passphrases. Share it again if needed.',
  'notice.answered.title': 'Your request was answered',
  'notice.answered': '{name} has its answer. Open oncelink to read it (once).',
} satisfies Catalog;
