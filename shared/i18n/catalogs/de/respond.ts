// The request page in German, translated from catalogs/en/respond.ts.
import type { Catalog } from '../../format';

export default {
  'title.loading': 'Anfrage wird geöffnet',
  'title.incomplete': 'Unvollständiger Link',
  'title.closed': 'Anfrage geschlossen',
  'title.load-error': 'Anfrage konnte nicht geöffnet werden',
  'title.open': 'Eine Anfrage nach einem Geheimnis',
  'title.sent': 'Antwort gesendet',
  'page.footer':
    'Ende-zu-Ende-verschlüsselt: Ihre Antwort wird in diesem Browser für die Person verschlüsselt, die gefragt hat. Der Server sieht weder sie noch den Teil des Links nach #.',
  'loading.title': 'Anfrage wird geöffnet…',
  'loading.status': 'Es wird geprüft, ob die Anfrage noch offen ist.',
  'incomplete.title': 'Prüfen Sie den Link',
  'incomplete.why':
    'Der Teil nach # enthält den Schlüssel, mit dem Ihre Antwort verschlüsselt wird. Manche Mail- und Chat-Apps kürzen lange Links; den Link von Hand zu kopieren hilft meist.',
  'answered.title': 'Diese Anfrage wurde beantwortet',
  'expired.title': 'Diese Anfrage ist abgelaufen',
  'expired.text':
    'Sie kann nicht mehr beantwortet werden. Bitten Sie die Person, die sie geschickt hat, um einen neuen Link.',
  'revoked.title': 'Diese Anfrage wurde zurückgezogen',
  'revoked.text':
    'Die Person, die gefragt hat, hat sie widerrufen; sie nimmt keine Antwort mehr an. Fragen Sie sie, wenn Sie unsicher sind.',
  'unavailable.title': 'Diese Anfrage ist nicht verfügbar',
  'unavailable.text':
    'Sie wurde vielleicht schon beantwortet, ist abgelaufen oder hat nie existiert. Bitten Sie die Person, die sie geschickt hat, um einen neuen Link.',
  'loadError.title': 'Anfrage konnte nicht geöffnet werden',
  'sent.title': 'Gesendet: Nur die Person, die gefragt hat, kann es lesen',
  'sent.text':
    'Ihre Antwort wurde in diesem Browser allein für sie verschlüsselt; der Server speichert nur den Chiffretext und löscht ihn, sobald sie ihn gelesen hat. Dieser Link nimmt keine zweite Antwort an.',
  'sent.close': 'Sie können diese Seite schließen.',
  'open.title': 'Jemand bittet Sie um ein Geheimnis',
  'open.theyWrote': 'Die Nachricht:',
  'open.openUntil': 'Offen bis',
  'open.answers': 'Antworten',
  'open.answersOne': 'Eine: Die erste Antwort ist die einzige',
  'open.answerLabel': 'Ihre Antwort',
  'open.answerHint':
    'Geben Sie sie genau ein oder fügen Sie sie ein; Zeilenumbrüche und Leerzeichen bleiben erhalten. Sie wird in diesem Browser für die Person verschlüsselt, die gefragt hat: Weder der Server noch sonst jemand kann sie lesen.',
  'open.showGenerator': 'Stattdessen eines generieren (ein neues Passwort, eine PIN, ein Token…)',
  'open.hideGenerator': 'Generator ausblenden',
  'open.send': 'Verschlüsseln und senden',
  'open.sending': 'Wird verschlüsselt und gesendet…',
  'open.sendingStatus': 'Ihre Antwort wird verschlüsselt und gesendet…',
  'gen.another': 'Ein anderes',
  'gen.use': 'Dieses verwenden',
} satisfies Catalog;
