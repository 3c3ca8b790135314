// The extension's own words in German (en/extension.ts is the source).
import type en from '../en/extension';
import type { Message } from '../../format';

export default {
  'manifest.description':
    'Ein Geheimnis einmal teilen: im Browser verschlüsselt, ein Link und eine Passphrase.',
  'manifest.command': 'Den markierten Text sicher teilen',
  'menu.share': 'Sicher teilen',
  'menu.open': 'Mit oncelink öffnen',

  'tabs.label': 'Bereiche',
  'tab.share': 'Teilen',
  'tab.generate': 'Erzeugen',
  'tab.open': 'Öffnen',
  'tab.request': 'Anfragen',
  'tab.sent': 'Gesendet',
  'tab.options': 'Optionen',
  'request.followHint': 'Sie werden benachrichtigt, sobald sie beantwortet ist.',

  'open.link': 'Link zum Geheimnis',
  'open.hint':
    'Das Geheimnis öffnet der eigene Code der Erweiterung, nicht die Seite, die der Server schickt: Der Server kann keinen Code unterschieben, der es liest. Das Öffnen verbraucht nichts, solange die Passphrase nicht stimmt.',
  'open.words':
    'Die Passphrase besteht in jeder Sprache aus englischen Wörtern: Geben Sie sie genau so ein, wie Sie sie erhalten haben.',
  'open.opened': 'In einem neuen Fenster geöffnet.',
  'open.submit': 'Link öffnen',

  'share.taken':
    'Die Auswahl wurde bereits an ein Fenster übergeben oder ist abgelaufen. Fügen Sie das Geheimnis hier ein oder markieren Sie es erneut.',
  'share.unreadable':
    'Auf dieser Seite ließ sich kein markierter Text lesen. Fügen Sie das Geheimnis hier ein.',
  'share.lossy':
    'Diese Seite ließ sich nicht direkt lesen; der Auswahl fehlen daher vielleicht Zeilenumbrüche, oder sie ist abgeschnitten. Prüfen Sie den Text vor dem Teilen.',
  'bridge.noAnswer':
    'Die Erweiterung hat nicht geantwortet. Schließen Sie dieses Fenster und versuchen Sie es erneut.',

  'options.languageAuto': 'Wie der Browser ({language})',
  'options.languageHint': 'Für das Pop-up, das Teilen-Fenster, das Menü und Benachrichtigungen.',
  'options.server': 'Server',
  'options.serverHint': 'Wo Geheimnisse gespeichert werden und wohin Links zeigen. Voreingestellt:',
  'options.defaults': 'Voreinstellungen für neue Geheimnisse',
  'options.checking': 'Wird geprüft…',
  'options.save': 'Speichern',
  'options.saved': 'Gespeichert.',
  'options.permission':
    'oncelink braucht Ihre Erlaubnis, um {origin} zu kontaktieren. Speichern Sie erneut und wählen Sie „Zulassen“.',
  'options.unreachable':
    '{server} ist nicht erreichbar. Prüfen Sie die Adresse und ob der Server läuft; es wurde nichts gespeichert.',
  'options.notOncelink':
    '{server} hat geantwortet, aber nicht als oncelink-Server (Status {status}). Prüfen Sie die Adresse; es wurde nichts gespeichert.',
  'serverUrl.NOT_A_URL':
    'Die Serveradresse ist unvollständig: Geben Sie sie mit https:// an, z. B. https://once.example.',
  'serverUrl.NOT_HTTP': 'Die Serveradresse muss mit https:// beginnen.',
  'serverUrl.INSECURE':
    'Die Serveradresse muss https:// verwenden (unverschlüsseltes http ist nur für localhost erlaubt).',
  'serverUrl.EXTRA_PARTS': 'Die Serveradresse darf weder ?, # noch einen Benutzernamen enthalten.',

  'answer.loading.title': 'Die Antwort wird gelesen…',
  'answer.loading.status':
    'Sie wird einmal abgerufen und mit dem Schlüssel dieses Browsers entschlüsselt.',
  'answer.waiting.title': 'Noch keine Antwort',
  'answer.waiting.text': 'Es wurde nichts verbraucht: Lesen Sie sie, sobald sie beantwortet ist.',
  'answer.failed.title': 'Die Antwort ließ sich nicht lesen',

  'notice.named': '„{label}“',
  'notice.unnamed': 'Ein von Ihnen geteiltes Geheimnis',
  'notice.viewed.title': 'Geheimnis angesehen',
  'notice.viewed.gone': '{name} wurde mit der Passphrase geöffnet und ist jetzt gelöscht.',
  'notice.viewed.left': {
    one: '{name} wurde mit der Passphrase geöffnet (noch {count} Ansicht).',
    other: '{name} wurde mit der Passphrase geöffnet (noch {count} Ansichten).',
  },
  'notice.destroyed.title': 'Geheimnis vernichtet',
  'notice.destroyed':
    '{name} wurde nach falschen Passphrasen vernichtet. Teilen Sie es bei Bedarf erneut.',
  'notice.answered.title': 'Ihre Anfrage wurde beantwortet',
  'notice.answered':
    '{name} ist beantwortet. Öffnen Sie oncelink, um die Antwort zu lesen (nur einmal).',
} satisfies Record<keyof typeof en, Message>;
