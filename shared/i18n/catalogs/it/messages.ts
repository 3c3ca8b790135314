// The sentences of shared/messages.ts in Italian, translated from catalogs/en/messages.ts.
import type { Catalog } from '../../format';

export default {
  'TOO_LARGE.mib':
    'Il segreto è troppo grande: questo server accetta fino a {mib} MiB. Accorcialo o dividilo in più segreti.',
  BAD_FILE_NAME: 'Il file deve avere un nome di al massimo 255 byte. Rinominalo e riprova.',
  'lost.view':
    'La risposta del server non è arrivata, quindi una visualizzazione o un tentativo potrebbe essere stato consumato oppure no. Riapri il link: se dice che il segreto non è disponibile, chiedine uno nuovo al mittente.',
  'lost.answer':
    'La risposta del server non è arrivata, quindi la tua risposta potrebbe essere stata salvata oppure no. Riapri il link: se dice che la richiesta ha già ricevuto risposta, la tua è arrivata; altrimenti inviala di nuovo.',
  'lost.read':
    'La risposta del server non è arrivata, quindi la risposta potrebbe essere stata letta oppure no (il server la elimina appena viene letta). Riprova: se dice che la richiesta non è disponibile, chiedi di nuovo il segreto con una nuova richiesta.',
  'WRONG_PASSPHRASE.last':
    'Passphrase errata. Era l’ultimo tentativo: il segreto è stato distrutto. Chiedine uno nuovo al mittente.',
  'WRONG_PASSPHRASE.left': {
    one: 'Passphrase errata. Resta {count} tentativo.',
    many: 'Passphrase errata. Restano {count} tentativi.',
    other: 'Passphrase errata. Restano {count} tentativi.',
  },
  CHECK_MISMATCH:
    'Questa passphrase non corrisponde a questo link. Controlla che non ci siano errori di battitura: non è stato consumato nulla.',
  BAD_PASSPHRASE:
    'Questa non è una passphrase valida. Digita le parole esattamente come le hai ricevute.',
  UNAVAILABLE:
    'Questo segreto non è disponibile. Potrebbe essere già stato visualizzato, essere scaduto o non essere mai esistito. Chiedi un nuovo link al mittente.',
  BAD_LINK:
    'Questo link è incompleto o danneggiato. Copia il link intero, compresa la parte dopo #, oppure chiedilo di nuovo al mittente.',
  RATE_LIMITED: {
    one: 'Troppe richieste. Riprova tra {count} secondo.',
    many: 'Troppe richieste. Riprova tra {count} secondi.',
    other: 'Troppe richieste. Riprova tra {count} secondi.',
  },
  'TOO_LARGE.limit':
    'Il segreto è troppo grande: questo server accetta fino a {kib} KiB. Accorcialo o dividilo in più segreti.',
  TOO_LARGE: 'Il segreto è troppo grande per questo server. Accorcialo o dividilo in più segreti.',
  'SERVICE_UNAVAILABLE.unknown':
    'Il server ha perso il database mentre rispondeva, quindi non può sapere se l’operazione è andata a buon fine. Riprova tra qualche secondo.',
  SERVICE_UNAVAILABLE:
    'Il server è momentaneamente non disponibile. Non è stato consumato nulla: riprova tra qualche secondo.',
  SERVICE_FULL:
    'Questo server è pieno: contiene tanti segreti quanti ne consente il suo gestore. Non è stato salvato nulla. Riprova più tardi, quando alcuni saranno stati visualizzati o saranno scaduti, oppure usa un altro server.',
  NETWORK:
    'Impossibile raggiungere il server. Controlla la connessione e riprova: non è stato consumato nulla.',
  'INVALID_INPUT.issue': 'Il server ha rifiutato la richiesta: {path}: {issue}.',
  INVALID_INPUT: 'Il server ha rifiutato la richiesta perché non valida.',
  ALREADY_ANSWERED:
    'Questa richiesta ha già ricevuto risposta e ne accetta una sola. Se non sei stato tu a rispondere, avvisa la persona che l’ha inviata.',
  DUPLICATE_ID: 'Il server ha già un segreto con questo ID. Riprova.',
  DECRYPT_FAILED:
    'Non è stato possibile decifrare il segreto: il link o i dati salvati sono danneggiati.',
  BAD_ENVELOPE: 'Il segreto è stato decifrato, ma il suo contenuto è danneggiato.',
  BAD_KDF_PARAMS:
    'Questo segreto usa impostazioni della chiave che questo client rifiuta (troppo deboli o troppo onerose).',
  INTERNAL: 'Il server ha riscontrato un errore imprevisto. Riprova più tardi.',
  'previewer.unknown': 'aperto da un’anteprima o da uno scanner di link',
  'previewer.preview': 'aperto dall’anteprima dei link di {name}',
  'previewer.preview.an': 'aperto dall’anteprima dei link di {name}',
  'previewer.scanner': 'aperto dallo scanner di link di {name}',
  'previewer.scanner.an': 'aperto dallo scanner di link di {name}',
  'previewer.check': 'aperto dal controllo dei link di {name}',
  'previewer.check.an': 'aperto dal controllo dei link di {name}',
  'previewer.crawler': 'aperto dal crawler di {name}',
  'previewer.crawler.an': 'aperto dal crawler di {name}',
} satisfies Catalog;
