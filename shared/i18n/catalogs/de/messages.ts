// The sentences of shared/messages.ts in German, translated from catalogs/en/messages.ts.
import type { Catalog } from '../../format';

export default {
  'TOO_LARGE.mib':
    'Das Geheimnis ist zu groß: Dieser Server nimmt bis zu {mib} MiB an. Kürzen Sie es oder teilen Sie es auf mehrere Geheimnisse auf.',
  BAD_FILE_NAME:
    'Die Datei braucht einen Namen von höchstens 255 Bytes. Benennen Sie sie um und versuchen Sie es erneut.',
  'lost.view':
    'Die Antwort des Servers ist nicht angekommen, daher wurde ein Abruf oder ein Versuch möglicherweise verbraucht – oder auch nicht. Öffnen Sie den Link erneut: Heißt es dann, das Geheimnis sei nicht verfügbar, bitten Sie den Absender um ein neues.',
  'lost.answer':
    'Die Antwort des Servers ist nicht angekommen, daher wurde Ihre Antwort möglicherweise gespeichert – oder auch nicht. Öffnen Sie den Link erneut: Heißt es dann, die Anfrage sei bereits beantwortet, ist Ihre Antwort angekommen; andernfalls senden Sie sie noch einmal.',
  'lost.read':
    'Die Antwort des Servers ist nicht angekommen, daher wurde die Antwort möglicherweise gelesen – oder auch nicht (der Server löscht sie, sobald sie gelesen ist). Versuchen Sie es erneut: Heißt es dann, die Anfrage sei nicht verfügbar, fragen Sie mit einer neuen Anfrage noch einmal nach dem Geheimnis.',
  'WRONG_PASSPHRASE.last':
    'Falsche Passphrase. Das war der letzte Versuch: Das Geheimnis wurde vernichtet. Bitten Sie den Absender um ein neues.',
  'WRONG_PASSPHRASE.left': {
    one: 'Falsche Passphrase. {count} Versuch bleibt noch.',
    other: 'Falsche Passphrase. {count} Versuche bleiben noch.',
  },
  CHECK_MISMATCH:
    'Diese Passphrase passt nicht zu diesem Link. Prüfen Sie sie auf Tippfehler: Es wurde nichts verbraucht.',
  BAD_PASSPHRASE:
    'Das ist keine gültige Passphrase. Geben Sie die Wörter genau so ein, wie Sie sie erhalten haben.',
  UNAVAILABLE:
    'Dieses Geheimnis ist nicht verfügbar. Es wurde vielleicht schon abgerufen, ist abgelaufen oder hat nie existiert. Bitten Sie den Absender um einen neuen Link.',
  BAD_LINK:
    'Dieser Link ist unvollständig oder beschädigt. Kopieren Sie den ganzen Link, einschließlich des Teils nach #, oder fragen Sie den Absender noch einmal.',
  RATE_LIMITED: {
    one: 'Zu viele Anfragen. Versuchen Sie es in {count} Sekunde erneut.',
    other: 'Zu viele Anfragen. Versuchen Sie es in {count} Sekunden erneut.',
  },
  'TOO_LARGE.limit':
    'Das Geheimnis ist zu groß: Dieser Server nimmt bis zu {kib} KiB an. Kürzen Sie es oder teilen Sie es auf mehrere Geheimnisse auf.',
  TOO_LARGE:
    'Das Geheimnis ist zu groß für diesen Server. Kürzen Sie es oder teilen Sie es auf mehrere Geheimnisse auf.',
  'SERVICE_UNAVAILABLE.unknown':
    'Der Server hat beim Antworten die Verbindung zu seiner Datenbank verloren und kann nicht sagen, ob der Vorgang durchgegangen ist. Versuchen Sie es in ein paar Sekunden erneut.',
  SERVICE_UNAVAILABLE:
    'Der Server ist kurz nicht erreichbar. Es wurde nichts verbraucht: Versuchen Sie es in ein paar Sekunden erneut.',
  SERVICE_FULL:
    'Dieser Server ist voll: Er enthält so viele Geheimnisse, wie sein Betreiber zulässt. Es wurde nichts gespeichert. Versuchen Sie es später erneut, wenn einige abgerufen wurden oder abgelaufen sind, oder verwenden Sie einen anderen Server.',
  NETWORK:
    'Der Server ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut: Es wurde nichts verbraucht.',
  'INVALID_INPUT.issue': 'Der Server hat die Anfrage abgelehnt: {path}: {issue}.',
  INVALID_INPUT: 'Der Server hat die Anfrage als ungültig abgelehnt.',
  ALREADY_ANSWERED:
    'Diese Anfrage wurde bereits beantwortet und nimmt nur eine Antwort an. Wenn nicht Sie geantwortet haben, sagen Sie es der Person, die gefragt hat.',
  DUPLICATE_ID: 'Der Server hat bereits ein Geheimnis mit dieser ID. Versuchen Sie es erneut.',
  DECRYPT_FAILED:
    'Das Geheimnis konnte nicht entschlüsselt werden: Der Link oder die gespeicherten Daten sind beschädigt.',
  BAD_ENVELOPE: 'Das Geheimnis wurde entschlüsselt, aber sein Inhalt ist beschädigt.',
  BAD_KDF_PARAMS:
    'Dieses Geheimnis verwendet Schlüsseleinstellungen, die dieser Client ablehnt (zu schwach oder zu aufwendig).',
  INTERNAL:
    'Auf dem Server ist ein unerwarteter Fehler aufgetreten. Versuchen Sie es später erneut.',
  'previewer.unknown': 'von einer Linkvorschau oder einem Linkscanner geöffnet',
  'previewer.preview': 'von der Linkvorschau von {name} geöffnet',
  'previewer.preview.an': 'von der Linkvorschau von {name} geöffnet',
  'previewer.scanner': 'vom Linkscanner von {name} geöffnet',
  'previewer.scanner.an': 'vom Linkscanner von {name} geöffnet',
  'previewer.check': 'von der Linkprüfung von {name} geöffnet',
  'previewer.check.an': 'von der Linkprüfung von {name} geöffnet',
  'previewer.crawler': 'vom Crawler von {name} geöffnet',
  'previewer.crawler.an': 'vom Crawler von {name} geöffnet',
} satisfies Catalog;
