// The extension's own words in Italian (en/extension.ts is the source).
import type en from '../en/extension';
import type { Message } from '../../format';

export default {
  'manifest.description':
    'Condividi un segreto una volta sola: cifrato nel tuo browser, un link e una passphrase.',
  'manifest.command': 'Condividi in modo sicuro il testo selezionato',
  'menu.share': 'Condividi in modo sicuro',
  'menu.open': 'Apri con oncelink',

  'tabs.label': 'Sezioni',
  'tab.share': 'Condividi',
  'tab.generate': 'Genera',
  'tab.open': 'Apri',
  'tab.request': 'Richiedi',
  'tab.sent': 'Inviati',
  'tab.options': 'Opzioni',
  'request.followHint': 'Riceverai una notifica quando avrà una risposta.',

  'open.link': 'Link del segreto',
  'open.hint':
    'Il segreto viene aperto dal codice dell’estensione stessa, non dalla pagina inviata dal server: il server non può fornire codice che lo legga. L’apertura non consuma nulla finché la passphrase non è quella giusta.',
  'open.words':
    'La passphrase è fatta di parole inglesi in ogni lingua: digitale esattamente come le hai ricevute.',
  'open.opened': 'Aperto in una nuova finestra.',
  'open.submit': 'Apri il link',

  'share.taken':
    'La selezione è già stata consegnata a una finestra, oppure è scaduta. Incolla qui il segreto, o selezionalo di nuovo.',
  'share.unreadable':
    'Non è stato possibile leggere alcun testo selezionato da quella pagina. Incolla qui il segreto.',
  'share.lossy':
    'Non è stato possibile leggere direttamente questa pagina, quindi la selezione potrebbe aver perso degli a capo o essere troncata. Controlla il testo prima di condividerlo.',
  'bridge.noAnswer': 'L’estensione non ha risposto. Chiudi questa finestra e riprova.',

  'options.languageAuto': 'Come il browser ({language})',
  'options.languageHint': 'Per il popup, la finestra di condivisione, il menu e le notifiche.',
  'options.server': 'Server',
  'options.serverHint': 'Dove sono conservati i segreti e dove puntano i link. Predefinito:',
  'options.defaults': 'Impostazioni predefinite delle nuove condivisioni',
  'options.checking': 'Verifica in corso…',
  'options.save': 'Salva',
  'options.saved': 'Salvato.',
  'options.permission':
    'oncelink ha bisogno del tuo permesso per contattare {origin}. Salva di nuovo e scegli Consenti.',
  'options.unreachable':
    'Impossibile raggiungere {server}. Controlla l’indirizzo e che il server sia attivo; non è stato salvato nulla.',
  'options.notOncelink':
    '{server} ha risposto, ma non come un server oncelink (stato {status}). Controlla l’indirizzo; non è stato salvato nulla.',
  'serverUrl.NOT_A_URL':
    'L’indirizzo del server è incompleto: scrivilo con https://, ad es. https://once.example.',
  'serverUrl.NOT_HTTP': 'L’indirizzo del server deve iniziare con https://.',
  'serverUrl.INSECURE':
    'L’indirizzo del server deve usare https:// (http non cifrato è consentito solo per localhost).',
  'serverUrl.EXTRA_PARTS': 'L’indirizzo del server non deve contenere ?, # o un nome utente.',

  'answer.loading.title': 'Lettura della risposta…',
  'answer.loading.status':
    'Viene recuperata una sola volta e decifrata con la chiave di questo browser.',
  'answer.waiting.title': 'Ancora nessuna risposta',
  'answer.waiting.text': 'Non è stato consumato nulla: leggila quando avrà una risposta.',
  'answer.failed.title': 'Impossibile leggere la risposta',

  'notice.named': '«{label}»',
  'notice.unnamed': 'Un segreto che hai condiviso',
  'notice.viewed.title': 'Segreto visualizzato',
  'notice.viewed.gone': '{name} è stato aperto con la passphrase e ora non esiste più.',
  'notice.viewed.left': {
    one: '{name} è stato aperto con la passphrase (ancora {count} visualizzazione).',
    many: '{name} è stato aperto con la passphrase (ancora {count} di visualizzazioni).',
    other: '{name} è stato aperto con la passphrase (ancora {count} visualizzazioni).',
  },
  'notice.destroyed.title': 'Segreto distrutto',
  'notice.destroyed':
    '{name} è stato distrutto dopo passphrase errate. Condividilo di nuovo se serve.',
  'notice.answered.title': 'La tua richiesta ha una risposta',
  'notice.answered': '{name} ha una risposta. Apri oncelink per leggerla (una sola volta).',
} satisfies Record<keyof typeof en, Message>;
