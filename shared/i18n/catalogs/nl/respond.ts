// The request page in Dutch, translated from catalogs/en/respond.ts.
import type { Catalog } from '../../format';

export default {
  'title.loading': 'Verzoek openen',
  'title.incomplete': 'Onvolledige link',
  'title.closed': 'Verzoek gesloten',
  'title.load-error': 'Kon het verzoek niet openen',
  'title.open': 'Een verzoek om een geheim',
  'title.sent': 'Antwoord verstuurd',
  'page.footer':
    'End-to-end versleuteld: uw antwoord wordt in deze browser versleuteld voor degene die erom vroeg. De server ziet het nooit, en ook niet het deel van de link na #.',
  'loading.title': 'Het verzoek wordt geopend…',
  'loading.status': 'Er wordt gecontroleerd of het verzoek nog open is.',
  'incomplete.title': 'Controleer de link',
  'incomplete.why':
    'Het deel na # bevat de sleutel waarmee uw antwoord wordt versleuteld. Sommige mail- en chat-apps knippen lange links af; de link met de hand kopiëren werkt meestal.',
  'answered.title': 'Dit verzoek is beantwoord',
  'expired.title': 'Dit verzoek is verlopen',
  'expired.text':
    'Het kan niet meer worden beantwoord. Vraag degene die het stuurde om een nieuwe link.',
  'revoked.title': 'Dit verzoek is geannuleerd',
  'revoked.text':
    'Degene die het vroeg heeft het ingetrokken, dus het neemt geen antwoord aan. Vraag het na als u twijfelt.',
  'unavailable.title': 'Dit verzoek is niet beschikbaar',
  'unavailable.text':
    'Misschien is het al beantwoord, verlopen of heeft het nooit bestaan. Vraag degene die het stuurde om een nieuwe link.',
  'loadError.title': 'Kon het verzoek niet openen',
  'sent.title': 'Verstuurd: alleen degene die erom vroeg kan het lezen',
  'sent.text':
    'Uw antwoord is in deze browser alleen voor die persoon versleuteld; de server bewaart alleen de versleutelde tekst en verwijdert die zodra de persoon hem leest. Deze link neemt geen tweede antwoord aan.',
  'sent.close': 'U kunt deze pagina sluiten.',
  'open.title': 'Iemand vraagt u om een geheim',
  'open.theyWrote': 'Het bericht:',
  'open.openUntil': 'Open tot',
  'open.answers': 'Antwoorden',
  'open.answersOne': 'Eén: het eerste antwoord is het enige',
  'open.answerLabel': 'Uw antwoord',
  'open.answerHint':
    'Typ of plak het precies; regeleinden en spaties blijven behouden. Het wordt in deze browser versleuteld voor degene die erom vroeg: niemand anders kan het lezen, ook de server niet.',
  'open.showGenerator':
    'Genereer er in plaats daarvan een (een nieuw wachtwoord, een pincode, een token…)',
  'open.hideGenerator': 'Generator verbergen',
  'open.send': 'Versleutelen en versturen',
  'open.sending': 'Versleutelen en versturen…',
  'open.sendingStatus': 'Uw antwoord wordt versleuteld en verstuurd…',
  'gen.another': 'Nog een',
  'gen.use': 'Dit gebruiken',
} satisfies Catalog;
