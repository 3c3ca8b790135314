// The sentences of shared/messages.ts in Dutch, translated from catalogs/en/messages.ts.
import type { Catalog } from '../../format';

export default {
  'TOO_LARGE.mib':
    'Het geheim is te groot: deze server neemt tot {mib} MiB aan. Maak het korter of verdeel het over meerdere geheimen.',
  BAD_FILE_NAME:
    'Het bestand moet een naam van hoogstens 255 bytes hebben. Geef het een andere naam en probeer het opnieuw.',
  'lost.view':
    'Het antwoord van de server is niet aangekomen, dus er is misschien een weergave of een poging verbruikt, misschien ook niet. Open de link opnieuw: staat er dat het geheim niet beschikbaar is, vraag de afzender dan om een nieuw.',
  'lost.answer':
    'Het antwoord van de server is niet aangekomen, dus uw antwoord is misschien opgeslagen, misschien ook niet. Open de link opnieuw: staat er dat het verzoek al beantwoord is, dan is uw antwoord aangekomen; zo niet, stuur het dan nog eens.',
  'lost.read':
    'Het antwoord van de server is niet aangekomen, dus het antwoord is misschien gelezen, misschien ook niet (de server verwijdert het zodra het gelezen is). Probeer het opnieuw: staat er dat het verzoek niet beschikbaar is, vraag dan met een nieuw verzoek opnieuw om het geheim.',
  'WRONG_PASSPHRASE.last':
    'Verkeerde wachtzin. Dat was de laatste poging: het geheim is vernietigd. Vraag de afzender om een nieuw.',
  'WRONG_PASSPHRASE.left': {
    one: 'Verkeerde wachtzin. Er is nog {count} poging over.',
    other: 'Verkeerde wachtzin. Er zijn nog {count} pogingen over.',
  },
  CHECK_MISMATCH:
    'Die wachtzin past niet bij deze link. Controleer op typefouten: er is niets verbruikt.',
  BAD_PASSPHRASE: 'Dat is geen geldige wachtzin. Typ de woorden precies zoals u ze hebt ontvangen.',
  UNAVAILABLE:
    'Dit geheim is niet beschikbaar. Misschien is het al bekeken, verlopen of heeft het nooit bestaan. Vraag de afzender om een nieuwe link.',
  BAD_LINK:
    'Deze link is onvolledig of beschadigd. Kopieer de hele link, inclusief het deel na #, of vraag de afzender er opnieuw om.',
  RATE_LIMITED: {
    one: 'Te veel verzoeken. Probeer het over {count} seconde opnieuw.',
    other: 'Te veel verzoeken. Probeer het over {count} seconden opnieuw.',
  },
  'TOO_LARGE.limit':
    'Het geheim is te groot: deze server neemt tot {kib} KiB aan. Maak het korter of verdeel het over meerdere geheimen.',
  TOO_LARGE:
    'Het geheim is te groot voor deze server. Maak het korter of verdeel het over meerdere geheimen.',
  'SERVICE_UNAVAILABLE.unknown':
    'De server verloor tijdens het antwoorden zijn database en kan dus niet zeggen of dit gelukt is. Probeer het over een paar seconden opnieuw.',
  SERVICE_UNAVAILABLE:
    'De server is even niet beschikbaar. Er is niets verbruikt: probeer het over een paar seconden opnieuw.',
  SERVICE_FULL:
    'Deze server is vol: hij bevat zoveel geheimen als de beheerder toestaat. Er is niets opgeslagen. Probeer het later opnieuw, als er een aantal bekeken of verlopen zijn, of gebruik een andere server.',
  NETWORK:
    'De server is niet bereikbaar. Controleer uw verbinding en probeer het opnieuw: er is niets verbruikt.',
  'INVALID_INPUT.issue': 'De server weigerde het verzoek: {path}: {issue}.',
  INVALID_INPUT: 'De server weigerde het verzoek als ongeldig.',
  ALREADY_ANSWERED:
    'Dit verzoek is al beantwoord en neemt maar één antwoord aan. Als u niet degene was die antwoordde, laat het dan weten aan wie het vroeg.',
  DUPLICATE_ID: 'De server heeft al een geheim met deze id. Probeer het opnieuw.',
  DECRYPT_FAILED:
    'Het geheim kon niet worden ontsleuteld: de link of de opgeslagen gegevens zijn beschadigd.',
  BAD_ENVELOPE: 'Het geheim is ontsleuteld, maar de inhoud is beschadigd.',
  BAD_KDF_PARAMS:
    'Dit geheim gebruikt sleutelinstellingen die deze client weigert (te zwak of te zwaar).',
  INTERNAL: 'Er trad een onverwachte fout op in de server. Probeer het later opnieuw.',
  'previewer.unknown': 'geopend door een linkvoorbeeld of linkscanner',
  'previewer.preview': 'geopend door het linkvoorbeeld van {name}',
  'previewer.preview.an': 'geopend door het linkvoorbeeld van {name}',
  'previewer.scanner': 'geopend door de linkscanner van {name}',
  'previewer.scanner.an': 'geopend door de linkscanner van {name}',
  'previewer.check': 'geopend door de linkcontrole van {name}',
  'previewer.check.an': 'geopend door de linkcontrole van {name}',
  'previewer.crawler': 'geopend door de crawler van {name}',
  'previewer.crawler.an': 'geopend door de crawler van {name}',
} satisfies Catalog;
