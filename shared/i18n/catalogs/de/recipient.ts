// The recipient page in German, translated from catalogs/en/recipient.ts.
import type { Catalog } from '../../format';

export default {
  'page.footer':
    'Ende-zu-Ende-verschlüsselt: Das Geheimnis wird in diesem Browser entschlüsselt. Der Server sieht weder es noch Ihre Passphrase noch den Teil des Links nach #.',
  'page.preferExtension':
    'Sie haben die oncelink-Erweiterung? Klicken Sie mit der rechten Maustaste auf den Link und wählen Sie „Mit oncelink öffnen“: Der Code, der entschlüsselt, kommt dann aus Ihrem Browser, nicht von diesem Server.',
  'title.loading': 'Geheimnis wird geöffnet',
  'title.incomplete': 'Unvollständiger Link',
  'title.unavailable': 'Geheimnis nicht verfügbar',
  'title.load-error': 'Geheimnis konnte nicht geöffnet werden',
  'title.ready': 'Ein Geheimnis für Sie',
  'title.revealed': 'Ihr Geheimnis',
  'title.destroyed': 'Geheimnis vernichtet',
  'title.failed': 'Geheimnis konnte nicht geöffnet werden',
  'loading.title': 'Link wird geöffnet…',
  'loading.status': 'Es wird geprüft, ob das Geheimnis noch da ist. Dabei wird nichts verbraucht.',
  'unavailable.title': 'Hier gibt es nichts aufzudecken',
  'unavailable.why':
    'Einmal-Geheimnisse verschwinden, sobald sie gelesen wurden, wenn sie ablaufen oder wenn der Absender sie widerruft, und niemand kann sie zurückholen.',
  'incomplete.title': 'Prüfen Sie den Link',
  'incomplete.why':
    'Es wurde nichts verbraucht: Das Geheimnis wartet, falls es noch da ist, auf den vollständigen Link. Manche Mail- und Chat-Apps kürzen lange Links oder lassen den Teil nach dem #-Zeichen weg; den Link von Hand zu kopieren hilft meist.',
  'loadError.title': 'Geheimnis konnte nicht geöffnet werden',
  'destroyed.title': 'Das Geheimnis wurde vernichtet',
  'destroyed.why':
    'Niemand kann es jetzt noch lesen, auch nicht der Absender. Wenn es erneut geteilt wird, prüfen Sie die Passphrase gemeinsam mit dem Absender.',
  'failed.title': 'Das Geheimnis konnte nicht geöffnet werden',
  'failed.why': 'Bitten Sie den Absender um einen neuen Link.',
  'ready.title': 'Jemand hat Ihnen ein Geheimnis geschickt',
  'ready.lead':
    'Es ist verschlüsselt, und nur die Passphrase, die Ihnen der Absender gegeben hat, kann es öffnen. Sobald Sie es lesen, wird es vom Server gelöscht.',
  'ready.resumed':
    'Ihr letzter Versuch, dieses Geheimnis zu lesen, wurde unterbrochen, bevor es ankam. Geben Sie die Passphrase erneut ein, um es anzuzeigen: Dabei wird nichts weiter verbraucht.',
  'ready.expires': 'Läuft ab',
  'ready.canBeRead': 'Lesbar',
  'ready.attempts': 'Versuche',
  'ready.spentNothing':
    'Das Öffnen dieser Seite hat nichts verbraucht: Das Geheimnis bleibt auf dem Server, bis die richtige Passphrase eingegeben wird.',
  'ready.reveal': 'Geheimnis aufdecken',
  'views.once': 'Einmal, danach wird es gelöscht',
  'views.more': { one: 'noch {count}-mal', other: 'noch {count}-mal' },
  attempts: {
    one: '{count} falsche Passphrase vernichtet es; Tippfehler werden erkannt, bevor sie zählen',
    other: '{count} falsche Passphrasen vernichten es; Tippfehler werden erkannt, bevor sie zählen',
  },
  'after.deleted':
    'Es wurde vom Server gelöscht: Diese Seite enthält die einzige Kopie. Kopieren Sie es an einen sicheren Ort, bevor Sie diese Seite schließen oder neu laden.',
  'after.more': {
    one: 'Es kann mit demselben Link und derselben Passphrase noch einmal geöffnet werden.',
    other: 'Es kann mit demselben Link und derselben Passphrase noch {count}-mal geöffnet werden.',
  },
  'kind.password': 'Generiertes Passwort',
  'kind.passphrase': 'Generierte Passphrase',
  'kind.pin': 'Generierte PIN',
  'kind.token': 'Generiertes Token',
  'kind.uuid': 'Generierte UUID',
  'passphrase.label': 'Passphrase',
  'passphrase.hint':
    'Die Wörter, die Ihnen der Absender gegeben hat, in ihrer Reihenfolge. Groß- und Kleinschreibung, Kommas und Zeilenumbrüche spielen keine Rolle; die ersten vier Buchstaben jedes Wortes genügen.',
  'passphrase.english':
    'Die Wörter sind immer englisch, aus der BIP39-Wortliste, egal in welcher Sprache diese Seite angezeigt wird: Geben Sie sie so ein, wie Sie sie erhalten haben.',
  'summary.unknown': 'Wort {index}, „{word}“, steht nicht in der Wortliste.',
  'summary.ambiguous':
    'Wort {index}, „{word}“, kann mehrere Wörter sein: Geben Sie mehr Buchstaben ein.',
  'summary.short': 'Wort {index}, „{word}“, ist zu kurz: Geben Sie mindestens vier Buchstaben ein.',
  'summary.complete': {
    one: '{count} Wort, alle erkannt.',
    other: '{count} Wörter, alle erkannt.',
  },
  'summary.typing': {
    one: 'Bisher {count} Wort; schreiben Sie weiter.',
    other: 'Bisher {count} Wörter; schreiben Sie weiter.',
  },
  'summary.tooMany': {
    one: '{count} Wort: Eine Passphrase hat höchstens {max}.',
    other: '{count} Wörter: Eine Passphrase hat höchstens {max}.',
  },
  'summary.tooFew': {
    one: '{count} Wort erkannt; eine Passphrase hat mindestens {min}.',
    other: '{count} Wörter erkannt; eine Passphrase hat mindestens {min}.',
  },
  'unlock.label': 'Geheimnis wird geöffnet',
  'unlock.derive': 'Schlüssel wird aus Ihrer Passphrase abgeleitet',
  'unlock.reveal': 'Verschlüsseltes Geheimnis wird abgerufen',
  'unlock.decrypt': 'Entschlüsselung in diesem Browser',
  'revealed.title': 'Hier ist Ihr Geheimnis',
  'revealed.secret': 'Geheimnis',
  'revealed.hiddenLabel': '{label}: verborgen',
  'revealed.hidden': 'Verborgen. Klicken Sie auf „Anzeigen“, um es wieder zu sehen.',
  'revealed.copy': 'Kopieren',
  'revealed.copied': 'Kopiert ✓',
  'revealed.show': 'Anzeigen',
  'revealed.hide': 'Verbergen',
  'after.deletedFile':
    'Es wurde vom Server gelöscht: Diese Seite enthält die einzige Kopie. Laden Sie sie herunter, bevor Sie diese Seite schließen oder neu laden.',
  'file.title': 'Hier ist Ihre Datei',
  'file.savedAs': 'Gespeichert als {name}, ein Name, der auf jedem System sicher ist.',
  'file.download': 'Herunterladen',
  'file.showText': 'Als Text anzeigen',
  'file.hideText': 'Text ausblenden',
  'file.saving': 'Ihr Browser speichert die Datei.',
  'file.asText': '{name} als Text',
} satisfies Catalog;
