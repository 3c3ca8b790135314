// The request page in Italian, translated from catalogs/en/respond.ts.
import type { Catalog } from '../../format';

export default {
  'title.loading': 'Apertura di una richiesta',
  'title.incomplete': 'Link incompleto',
  'title.closed': 'Richiesta chiusa',
  'title.load-error': 'Impossibile aprire la richiesta',
  'title.open': 'Una richiesta di segreto',
  'title.sent': 'Risposta inviata',
  'page.footer':
    'Crittografia end-to-end: la tua risposta viene cifrata in questo browser per la persona che l’ha chiesta. Il server non la vede mai, né vede la parte del link dopo #.',
  'loading.title': 'Apertura della richiesta…',
  'loading.status': 'Verifica che la richiesta sia ancora aperta.',
  'incomplete.title': 'Controlla il link',
  'incomplete.why':
    'La parte dopo # contiene la chiave con cui viene cifrata la tua risposta. Alcune app di posta e chat tagliano i link lunghi; di solito copiare il link a mano funziona.',
  'answered.title': 'Questa richiesta ha già ricevuto risposta',
  'expired.title': 'Questa richiesta è scaduta',
  'expired.text':
    'Non è più possibile rispondere. Chiedi un nuovo link alla persona che l’ha inviata.',
  'revoked.title': 'Questa richiesta è stata annullata',
  'revoked.text':
    'La persona che l’ha fatta l’ha ritirata, quindi non accetta risposte. Chiedi a lei se hai dubbi.',
  'unavailable.title': 'Questa richiesta non è disponibile',
  'unavailable.text':
    'Potrebbe aver già ricevuto risposta, essere scaduta o non essere mai esistita. Chiedi un nuovo link alla persona che l’ha inviata.',
  'loadError.title': 'Impossibile aprire la richiesta',
  'sent.title': 'Inviato: solo la persona che l’ha chiesto può leggerlo',
  'sent.text':
    'La tua risposta è stata cifrata in questo browser solo per quella persona; il server conserva solo il testo cifrato e lo elimina appena lei lo legge. Questo link non accetta una seconda risposta.',
  'sent.close': 'Puoi chiudere questa pagina.',
  'open.title': 'Qualcuno ti chiede un segreto',
  'open.theyWrote': 'Il suo messaggio:',
  'open.openUntil': 'Aperta fino al',
  'open.answers': 'Risposte',
  'open.answersOne': 'Una: la prima risposta è l’unica',
  'open.answerLabel': 'La tua risposta',
  'open.answerHint':
    'Digitala o incollala esattamente; a capo e spazi vengono mantenuti. Viene cifrata in questo browser per la persona che l’ha chiesta: né il server né nessun altro può leggerla.',
  'open.showGenerator': 'Generane una invece (una nuova password, un PIN, un token…)',
  'open.hideGenerator': 'Nascondi il generatore',
  'open.send': 'Cifra e invia',
  'open.sending': 'Cifratura e invio…',
  'open.sendingStatus': 'Cifratura e invio della tua risposta…',
  'gen.another': 'Un altro',
  'gen.use': 'Usa questo',
} satisfies Catalog;
