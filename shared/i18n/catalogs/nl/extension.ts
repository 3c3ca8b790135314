// The extension's own words in Dutch (en/extension.ts is the source).
import type en from '../en/extension';
import type { Message } from '../../format';

export default {
  'manifest.description':
    'Deel een geheim één keer: versleuteld in je browser, een link en een wachtwoordzin.',
  'manifest.command': 'De geselecteerde tekst veilig delen',
  'menu.share': 'Veilig delen',
  'menu.open': 'Openen met oncelink',

  'tabs.label': 'Onderdelen',
  'tab.share': 'Delen',
  'tab.generate': 'Genereren',
  'tab.open': 'Openen',
  'tab.request': 'Vragen',
  'tab.sent': 'Verzonden',
  'tab.options': 'Opties',
  'request.followHint': 'Je krijgt een melding zodra het is beantwoord.',

  'open.link': 'Link naar het geheim',
  'open.hint':
    'Het geheim wordt geopend door de eigen code van de extensie, niet door de pagina die de server stuurt: de server kan geen code leveren die het leest. Openen verbruikt niets zolang de wachtwoordzin niet klopt.',
  'open.words':
    'De wachtwoordzin bestaat in elke taal uit Engelse woorden: typ ze precies zoals je ze kreeg.',
  'open.opened': 'Geopend in een nieuw venster.',
  'open.submit': 'Link openen',

  'share.taken':
    'De selectie is al aan een venster doorgegeven, of is verlopen. Plak het geheim hier of selecteer het opnieuw.',
  'share.unreadable':
    'Op die pagina kon geen geselecteerde tekst worden gelezen. Plak het geheim hier.',
  'share.lossy':
    'Deze pagina kon niet direct worden gelezen, dus de selectie is misschien regeleinden kwijt of afgekapt. Controleer de tekst voordat je hem deelt.',
  'bridge.noAnswer': 'De extensie reageerde niet. Sluit dit venster en probeer het opnieuw.',

  'options.languageAuto': 'Zoals de browser ({language})',
  'options.languageHint': 'Voor de pop-up, het deelvenster, het menu en meldingen.',
  'options.server': 'Server',
  'options.serverHint': 'Waar geheimen worden bewaard en waar links naartoe wijzen. Standaard:',
  'options.defaults': 'Standaardinstellingen voor nieuwe geheimen',
  'options.checking': 'Controleren…',
  'options.save': 'Opslaan',
  'options.saved': 'Opgeslagen.',
  'options.permission':
    'oncelink heeft je toestemming nodig om contact te maken met {origin}. Sla opnieuw op en kies Toestaan.',
  'options.unreachable':
    '{server} is niet bereikbaar. Controleer het adres en of de server draait; er is niets opgeslagen.',
  'options.notOncelink':
    '{server} antwoordde, maar niet als oncelink-server (status {status}). Controleer het adres; er is niets opgeslagen.',
  'serverUrl.NOT_A_URL':
    'Het serveradres is niet volledig: geef het op met https://, bijv. https://once.example.',
  'serverUrl.NOT_HTTP': 'Het serveradres moet beginnen met https://.',
  'serverUrl.INSECURE':
    'Het serveradres moet https:// gebruiken (onversleuteld http mag alleen voor localhost).',
  'serverUrl.EXTRA_PARTS': 'Het serveradres mag geen ?, # of gebruikersnaam bevatten.',

  'answer.loading.title': 'Het antwoord wordt gelezen…',
  'answer.loading.status':
    'Het wordt één keer opgehaald en ontsleuteld met de sleutel van deze browser.',
  'answer.waiting.title': 'Nog geen antwoord',
  'answer.waiting.text': 'Er is niets verbruikt: lees het zodra er is geantwoord.',
  'answer.failed.title': 'Het antwoord kon niet worden gelezen',

  'notice.named': '‘{label}’',
  'notice.unnamed': 'Een geheim dat je hebt gedeeld',
  'notice.viewed.title': 'Geheim bekeken',
  'notice.viewed.gone': '{name} is geopend met de wachtwoordzin en bestaat nu niet meer.',
  'notice.viewed.left': {
    one: '{name} is geopend met de wachtwoordzin (nog {count} weergave).',
    other: '{name} is geopend met de wachtwoordzin (nog {count} weergaven).',
  },
  'notice.destroyed.title': 'Geheim vernietigd',
  'notice.destroyed':
    '{name} is vernietigd na onjuiste wachtwoordzinnen. Deel het zo nodig opnieuw.',
  'notice.answered.title': 'Je verzoek is beantwoord',
  'notice.answered': '{name} heeft een antwoord. Open oncelink om het te lezen (één keer).',
} satisfies Record<keyof typeof en, Message>;
