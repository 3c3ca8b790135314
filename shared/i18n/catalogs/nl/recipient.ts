// The recipient page in Dutch, translated from catalogs/en/recipient.ts.
import type { Catalog } from '../../format';

export default {
  'page.footer':
    'End-to-end versleuteld: het geheim wordt in deze browser ontsleuteld. De server ziet nooit het geheim, uw wachtzin of het deel van de link na #.',
  'page.preferExtension':
    'Hebt u de oncelink-extensie? Klik met de rechtermuisknop op de link en kies ‘Openen met oncelink’: de code die ontsleutelt komt dan uit uw browser, niet van deze server.',
  'title.loading': 'Geheim openen',
  'title.incomplete': 'Onvolledige link',
  'title.unavailable': 'Geheim niet beschikbaar',
  'title.load-error': 'Kon het geheim niet openen',
  'title.ready': 'Een geheim voor u',
  'title.revealed': 'Uw geheim',
  'title.destroyed': 'Geheim vernietigd',
  'title.failed': 'Geheim kon niet worden geopend',
  'loading.title': 'De link wordt geopend…',
  'loading.status': 'Er wordt gecontroleerd of het geheim er nog is. Dit verbruikt niets.',
  'unavailable.title': 'Hier valt niets te onthullen',
  'unavailable.why':
    'Eenmalige geheimen verdwijnen zodra ze gelezen zijn, als ze verlopen of als de afzender ze intrekt, en niemand kan ze terughalen.',
  'incomplete.title': 'Controleer de link',
  'incomplete.why':
    'Er is niets verbruikt: het geheim wacht, als het er nog is, op de volledige link. Sommige mail- en chat-apps knippen lange links af of laten het deel na het #-teken weg; de link met de hand kopiëren werkt meestal.',
  'loadError.title': 'Kon het geheim niet openen',
  'destroyed.title': 'Het geheim is vernietigd',
  'destroyed.why':
    'Niemand kan het nu nog lezen, ook de afzender niet. Als het opnieuw wordt gedeeld, controleer dan de wachtzin samen met de afzender.',
  'failed.title': 'Het geheim kon niet worden geopend',
  'failed.why': 'Vraag de afzender om een nieuwe link.',
  'ready.title': 'Iemand heeft u een geheim gestuurd',
  'ready.lead':
    'Het is versleuteld, en alleen de wachtzin die de afzender u gaf kan het openen. Zodra u het leest, wordt het van de server verwijderd.',
  'ready.resumed':
    'Uw vorige poging om dit geheim te lezen werd onderbroken voordat het aankwam. Typ de wachtzin opnieuw om het te tonen: er wordt niets meer verbruikt.',
  'ready.expires': 'Verloopt',
  'ready.canBeRead': 'Te lezen',
  'ready.attempts': 'Pogingen',
  'ready.spentNothing':
    'Het openen van deze pagina heeft niets verbruikt: het geheim blijft op de server tot de juiste wachtzin is ingevoerd.',
  'ready.reveal': 'Geheim onthullen',
  'views.once': 'Eén keer, daarna wordt het verwijderd',
  'views.more': { one: 'nog {count} keer', other: 'nog {count} keer' },
  attempts: {
    one: '{count} verkeerde wachtzin vernietigt het; typefouten worden opgemerkt voordat ze tellen',
    other:
      '{count} verkeerde wachtzinnen vernietigen het; typefouten worden opgemerkt voordat ze tellen',
  },
  'after.deleted':
    'Het is van de server verwijderd: deze pagina bevat de enige kopie. Kopieer het naar een veilige plek voordat u deze pagina sluit of herlaadt.',
  'after.more': {
    one: 'Het kan nog één keer worden geopend met dezelfde link en wachtzin.',
    other: 'Het kan nog {count} keer worden geopend met dezelfde link en wachtzin.',
  },
  'kind.password': 'Gegenereerd wachtwoord',
  'kind.passphrase': 'Gegenereerde wachtzin',
  'kind.pin': 'Gegenereerde pincode',
  'kind.token': 'Gegenereerd token',
  'kind.uuid': 'Gegenereerde UUID',
  'passphrase.label': 'Wachtzin',
  'passphrase.hint':
    'De woorden die de afzender u gaf, in volgorde. Hoofdletters, komma’s en regeleinden maken niet uit; de eerste vier letters van elk woord zijn genoeg.',
  'passphrase.english':
    'De woorden zijn altijd Engels, uit de BIP39-woordenlijst, in welke taal deze pagina ook staat: typ ze zoals u ze hebt ontvangen.',
  'summary.unknown': 'Woord {index}, ‘{word}’, staat niet in de woordenlijst.',
  'summary.ambiguous': 'Woord {index}, ‘{word}’, kan meerdere woorden zijn: typ meer letters.',
  'summary.short': 'Woord {index}, ‘{word}’, is te kort: typ minstens vier letters.',
  'summary.complete': {
    one: '{count} woord, allemaal herkend.',
    other: '{count} woorden, allemaal herkend.',
  },
  'summary.typing': {
    one: '{count} woord tot nu toe; typ verder.',
    other: '{count} woorden tot nu toe; typ verder.',
  },
  'summary.tooMany': {
    one: '{count} woord: een wachtzin heeft er hoogstens {max}.',
    other: '{count} woorden: een wachtzin heeft er hoogstens {max}.',
  },
  'summary.tooFew': {
    one: '{count} woord herkend; een wachtzin heeft er minstens {min}.',
    other: '{count} woorden herkend; een wachtzin heeft er minstens {min}.',
  },
  'unlock.label': 'Het geheim openen',
  'unlock.derive': 'De sleutel afleiden uit uw wachtzin',
  'unlock.reveal': 'Het versleutelde geheim ophalen',
  'unlock.decrypt': 'Ontsleutelen in deze browser',
  'revealed.title': 'Hier is uw geheim',
  'revealed.secret': 'Geheim',
  'revealed.hiddenLabel': '{label}: verborgen',
  'revealed.hidden': 'Verborgen. Druk op Tonen om het weer te zien.',
  'revealed.copy': 'Kopiëren',
  'revealed.copied': 'Gekopieerd ✓',
  'revealed.show': 'Tonen',
  'revealed.hide': 'Verbergen',
  'after.deletedFile':
    'Het is van de server verwijderd: deze pagina bevat de enige kopie. Download het voordat u deze pagina sluit of herlaadt.',
  'file.title': 'Hier is uw bestand',
  'file.savedAs': 'Opgeslagen als {name}, een naam die op elk systeem veilig is.',
  'file.download': 'Downloaden',
  'file.showText': 'Als tekst tonen',
  'file.hideText': 'Tekst verbergen',
  'file.saving': 'Uw browser slaat het bestand op.',
  'file.asText': '{name}, als tekst',
} satisfies Catalog;
