// The recipient page in Italian, translated from catalogs/en/recipient.ts.
import type { Catalog } from '../../format';

export default {
  'page.footer':
    'Crittografia end-to-end: il segreto viene decifrato in questo browser. Il server non vede mai il segreto, la tua passphrase né la parte del link dopo #.',
  'page.preferExtension':
    'Hai l’estensione oncelink? Fai clic destro sul link e scegli “Apri con oncelink”: il codice che decifra arriva così dal tuo browser, non da questo server.',
  'title.loading': 'Apertura di un segreto',
  'title.incomplete': 'Link incompleto',
  'title.unavailable': 'Segreto non disponibile',
  'title.load-error': 'Impossibile aprire il segreto',
  'title.ready': 'Un segreto per te',
  'title.revealed': 'Il tuo segreto',
  'title.destroyed': 'Segreto distrutto',
  'title.failed': 'Impossibile aprire il segreto',
  'loading.title': 'Apertura del link…',
  'loading.status': 'Verifica che il segreto sia ancora disponibile. Non consuma nulla.',
  'unavailable.title': 'Niente da rivelare qui',
  'unavailable.why':
    'I segreti monouso spariscono una volta letti, quando scadono o quando il mittente li revoca, e nessuno può recuperarli.',
  'incomplete.title': 'Controlla il link',
  'incomplete.why':
    'Non è stato consumato nulla: il segreto, se c’è ancora, aspetta il link completo. Alcune app di posta e chat tagliano i link lunghi o tolgono la parte dopo il simbolo #; di solito copiare il link a mano funziona.',
  'loadError.title': 'Impossibile aprire il segreto',
  'destroyed.title': 'Il segreto è stato distrutto',
  'destroyed.why':
    'Ora nessuno può leggerlo, nemmeno il mittente. Quando verrà condiviso di nuovo, verifica la passphrase con il mittente.',
  'failed.title': 'Impossibile aprire il segreto',
  'failed.why': 'Chiedi un nuovo link al mittente.',
  'ready.title': 'Qualcuno ti ha inviato un segreto',
  'ready.lead':
    'È cifrato e solo la passphrase che ti ha dato il mittente può aprirlo. Appena lo leggi, viene eliminato dal server.',
  'ready.resumed':
    'Il tuo ultimo tentativo di leggere questo segreto si è interrotto prima che arrivasse. Digita di nuovo la passphrase per mostrarlo: non si consuma altro.',
  'ready.expires': 'Scade',
  'ready.canBeRead': 'Leggibile',
  'ready.attempts': 'Tentativi',
  'ready.spentNothing':
    'Aprire questa pagina non ha consumato nulla: il segreto resta sul server finché non viene inserita la passphrase giusta.',
  'ready.reveal': 'Rivela il segreto',
  'views.once': 'Una volta, poi viene eliminato',
  'views.more': {
    one: 'ancora {count} volta',
    many: 'ancora {count} volte',
    other: 'ancora {count} volte',
  },
  attempts: {
    one: '{count} passphrase errata lo distrugge; gli errori di battitura vengono rilevati prima che contino',
    many: '{count} passphrase errate lo distruggono; gli errori di battitura vengono rilevati prima che contino',
    other:
      '{count} passphrase errate lo distruggono; gli errori di battitura vengono rilevati prima che contino',
  },
  'after.deleted':
    'È stato eliminato dal server: questa pagina contiene l’unica copia. Copialo in un posto sicuro prima di chiudere o ricaricare questa pagina.',
  'after.more': {
    one: 'Può essere aperto ancora una volta con lo stesso link e la stessa passphrase.',
    many: 'Può essere aperto ancora {count} volte con lo stesso link e la stessa passphrase.',
    other: 'Può essere aperto ancora {count} volte con lo stesso link e la stessa passphrase.',
  },
  'kind.password': 'Password generata',
  'kind.passphrase': 'Passphrase generata',
  'kind.pin': 'PIN generato',
  'kind.token': 'Token generato',
  'kind.uuid': 'UUID generato',
  'passphrase.label': 'Passphrase',
  'passphrase.hint':
    'Le parole che ti ha dato il mittente, in ordine. Maiuscole, virgole e a capo non contano; bastano le prime quattro lettere di ogni parola.',
  'passphrase.english':
    'Le parole sono sempre in inglese, dall’elenco di parole BIP39, qualunque sia la lingua di questa pagina: digitale come le hai ricevute.',
  'summary.unknown': 'La parola {index}, «{word}», non è nell’elenco di parole.',
  'summary.ambiguous':
    'La parola {index}, «{word}», potrebbe essere più parole: digita altre lettere.',
  'summary.short': 'La parola {index}, «{word}», è troppo corta: digita almeno quattro lettere.',
  'summary.complete': {
    one: '{count} parola, tutte riconosciute.',
    many: '{count} parole, tutte riconosciute.',
    other: '{count} parole, tutte riconosciute.',
  },
  'summary.typing': {
    one: '{count} parola finora; continua a digitare.',
    many: '{count} parole finora; continua a digitare.',
    other: '{count} parole finora; continua a digitare.',
  },
  'summary.tooMany': {
    one: '{count} parola: una passphrase ne ha al massimo {max}.',
    many: '{count} parole: una passphrase ne ha al massimo {max}.',
    other: '{count} parole: una passphrase ne ha al massimo {max}.',
  },
  'summary.tooFew': {
    one: '{count} parola riconosciuta; una passphrase ne ha almeno {min}.',
    many: '{count} parole riconosciute; una passphrase ne ha almeno {min}.',
    other: '{count} parole riconosciute; una passphrase ne ha almeno {min}.',
  },
  'unlock.label': 'Apertura del segreto',
  'unlock.derive': 'Derivazione della chiave dalla tua passphrase',
  'unlock.reveal': 'Recupero del segreto cifrato',
  'unlock.decrypt': 'Decifratura in questo browser',
  'revealed.title': 'Ecco il tuo segreto',
  'revealed.secret': 'Segreto',
  'revealed.hiddenLabel': '{label}: nascosto',
  'revealed.hidden': 'Nascosto. Premi Mostra per vederlo di nuovo.',
  'revealed.copy': 'Copia',
  'revealed.copied': 'Copiato ✓',
  'revealed.show': 'Mostra',
  'revealed.hide': 'Nascondi',
  'after.deletedFile':
    'È stato eliminato dal server: questa pagina contiene l’unica copia. Scaricalo prima di chiudere o ricaricare questa pagina.',
  'file.title': 'Ecco il tuo file',
  'file.savedAs': 'Salvato come {name}, un nome sicuro su ogni sistema.',
  'file.download': 'Scarica',
  'file.showText': 'Mostra come testo',
  'file.hideText': 'Nascondi il testo',
  'file.saving': 'Il browser sta salvando il file.',
  'file.asText': '{name}, come testo',
} satisfies Catalog;
