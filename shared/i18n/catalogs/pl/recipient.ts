// The recipient page in Polish, translated from catalogs/en/recipient.ts.
import type { Catalog } from '../../format';

export default {
  'page.footer':
    'Szyfrowanie end-to-end: sekret jest odszyfrowywany w tej przeglądarce. Serwer nigdy nie widzi ani sekretu, ani Twojej frazy hasła, ani części linku po #.',
  'page.preferExtension':
    'Masz rozszerzenie oncelink? Kliknij link prawym przyciskiem i wybierz „Otwórz w oncelink”: kod, który odszyfrowuje, pochodzi wtedy z Twojej przeglądarki, a nie z tego serwera.',
  'title.loading': 'Otwieranie sekretu',
  'title.incomplete': 'Niepełny link',
  'title.unavailable': 'Sekret niedostępny',
  'title.load-error': 'Nie udało się otworzyć sekretu',
  'title.ready': 'Sekret dla Ciebie',
  'title.revealed': 'Twój sekret',
  'title.destroyed': 'Sekret zniszczony',
  'title.failed': 'Nie udało się otworzyć sekretu',
  'loading.title': 'Otwieranie linku…',
  'loading.status': 'Sprawdzanie, czy sekret nadal istnieje. Nic przy tym nie jest zużywane.',
  'unavailable.title': 'Nie ma tu nic do odkrycia',
  'unavailable.why':
    'Jednorazowe sekrety znikają po odczytaniu, po wygaśnięciu lub gdy nadawca je unieważni, i nikt nie może ich przywrócić.',
  'incomplete.title': 'Sprawdź link',
  'incomplete.why':
    'Nic nie zostało zużyte: sekret, jeśli nadal istnieje, czeka na pełny link. Niektóre aplikacje pocztowe i czaty obcinają długie linki lub usuwają część po znaku #; zwykle pomaga ręczne skopiowanie linku.',
  'loadError.title': 'Nie udało się otworzyć sekretu',
  'destroyed.title': 'Sekret został zniszczony',
  'destroyed.why':
    'Nikt nie może go już odczytać, nawet nadawca. Gdy zostanie udostępniony ponownie, sprawdź frazę hasła z nadawcą.',
  'failed.title': 'Nie udało się otworzyć sekretu',
  'failed.why': 'Poproś nadawcę o nowy link.',
  'ready.title': 'Ktoś wysłał Ci sekret',
  'ready.lead':
    'Jest zaszyfrowany i otworzyć go może tylko fraza hasła, którą dał Ci nadawca. Gdy go odczytasz, zostanie usunięty z serwera.',
  'ready.resumed':
    'Twoja poprzednia próba odczytania tego sekretu została przerwana, zanim dotarł. Wpisz frazę hasła ponownie, aby go wyświetlić: nic więcej nie zostanie zużyte.',
  'ready.expires': 'Wygasa',
  'ready.canBeRead': 'Można odczytać',
  'ready.attempts': 'Próby',
  'ready.spentNothing':
    'Otwarcie tej strony niczego nie zużyło: sekret pozostaje na serwerze, dopóki nie zostanie wpisana właściwa fraza hasła.',
  'ready.reveal': 'Odkryj sekret',
  'views.once': 'Raz, potem zostanie usunięty',
  'views.more': {
    one: 'jeszcze {count} raz',
    few: 'jeszcze {count} razy',
    many: 'jeszcze {count} razy',
    other: 'jeszcze {count} razy',
  },
  attempts: {
    one: '{count} błędna fraza hasła go niszczy; literówki są wychwytywane, zanim zostaną policzone',
    few: '{count} błędne frazy hasła go niszczą; literówki są wychwytywane, zanim zostaną policzone',
    many: '{count} błędnych fraz hasła go niszczy; literówki są wychwytywane, zanim zostaną policzone',
    other:
      '{count} błędnej frazy hasła go niszczy; literówki są wychwytywane, zanim zostaną policzone',
  },
  'after.deleted':
    'Został usunięty z serwera: ta strona zawiera jedyną kopię. Skopiuj go w bezpieczne miejsce, zanim zamkniesz lub odświeżysz tę stronę.',
  'after.more': {
    one: 'Można go otworzyć jeszcze raz tym samym linkiem i tą samą frazą hasła.',
    few: 'Można go otworzyć jeszcze {count} razy tym samym linkiem i tą samą frazą hasła.',
    many: 'Można go otworzyć jeszcze {count} razy tym samym linkiem i tą samą frazą hasła.',
    other: 'Można go otworzyć jeszcze {count} razy tym samym linkiem i tą samą frazą hasła.',
  },
  'kind.password': 'Wygenerowane hasło',
  'kind.passphrase': 'Wygenerowana fraza hasła',
  'kind.pin': 'Wygenerowany PIN',
  'kind.token': 'Wygenerowany token',
  'kind.uuid': 'Wygenerowany UUID',
  'passphrase.label': 'Fraza hasła',
  'passphrase.hint':
    'Słowa, które dał Ci nadawca, w kolejności. Wielkość liter, przecinki i podziały wierszy nie mają znaczenia; wystarczą pierwsze cztery litery każdego słowa.',
  'passphrase.english':
    'Słowa są zawsze angielskie, z listy słów BIP39, niezależnie od języka tej strony: wpisz je tak, jak zostały Ci przekazane.',
  'summary.unknown': 'Słowo {index}, „{word}”, nie występuje na liście słów.',
  'summary.ambiguous': 'Słowo {index}, „{word}”, może oznaczać kilka słów: wpisz więcej liter.',
  'summary.short': 'Słowo {index}, „{word}”, jest za krótkie: wpisz co najmniej cztery litery.',
  'summary.complete': {
    one: '{count} słowo, wszystkie rozpoznane.',
    few: '{count} słowa, wszystkie rozpoznane.',
    many: '{count} słów, wszystkie rozpoznane.',
    other: '{count} słowa, wszystkie rozpoznane.',
  },
  'summary.typing': {
    one: 'Na razie {count} słowo; pisz dalej.',
    few: 'Na razie {count} słowa; pisz dalej.',
    many: 'Na razie {count} słów; pisz dalej.',
    other: 'Na razie {count} słowa; pisz dalej.',
  },
  'summary.tooMany': {
    one: '{count} słowo: fraza hasła ma najwyżej {max}.',
    few: '{count} słowa: fraza hasła ma najwyżej {max}.',
    many: '{count} słów: fraza hasła ma najwyżej {max}.',
    other: '{count} słowa: fraza hasła ma najwyżej {max}.',
  },
  'summary.tooFew': {
    one: 'Rozpoznano {count} słowo; fraza hasła ma co najmniej {min}.',
    few: 'Rozpoznano {count} słowa; fraza hasła ma co najmniej {min}.',
    many: 'Rozpoznano {count} słów; fraza hasła ma co najmniej {min}.',
    other: 'Rozpoznano {count} słowa; fraza hasła ma co najmniej {min}.',
  },
  'unlock.label': 'Otwieranie sekretu',
  'unlock.derive': 'Wyprowadzanie klucza z Twojej frazy hasła',
  'unlock.reveal': 'Pobieranie zaszyfrowanego sekretu',
  'unlock.decrypt': 'Odszyfrowywanie w tej przeglądarce',
  'revealed.title': 'Oto Twój sekret',
  'revealed.secret': 'Sekret',
  'revealed.hiddenLabel': '{label}: ukryty',
  'revealed.hidden': 'Ukryty. Naciśnij Pokaż, aby zobaczyć go ponownie.',
  'revealed.copy': 'Kopiuj',
  'revealed.copied': 'Skopiowano ✓',
  'revealed.show': 'Pokaż',
  'revealed.hide': 'Ukryj',
  'after.deletedFile':
    'Został usunięty z serwera: ta strona zawiera jedyną kopię. Pobierz go, zanim zamkniesz lub odświeżysz tę stronę.',
  'file.title': 'Oto Twój plik',
  'file.savedAs': 'Zapisano jako {name} – nazwa bezpieczna w każdym systemie.',
  'file.download': 'Pobierz',
  'file.showText': 'Pokaż jako tekst',
  'file.hideText': 'Ukryj tekst',
  'file.saving': 'Przeglądarka zapisuje plik.',
  'file.asText': '{name} jako tekst',
} satisfies Catalog;
