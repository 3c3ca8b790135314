// The extension's own words in Polish (en/extension.ts is the source).
import type en from '../en/extension';
import type { Message } from '../../format';

export default {
  'manifest.description':
    'Przekaż sekret jeden raz: zaszyfrowany w przeglądarce, link i fraza hasła.',
  'manifest.command': 'Bezpiecznie udostępnij zaznaczony tekst',
  'menu.share': 'Udostępnij bezpiecznie',
  'menu.open': 'Otwórz w oncelink',

  'tabs.label': 'Sekcje',
  'tab.share': 'Udostępnij',
  'tab.generate': 'Generuj',
  'tab.open': 'Otwórz',
  'tab.request': 'Poproś',
  'tab.sent': 'Wysłane',
  'tab.options': 'Opcje',
  'request.followHint': 'Dostaniesz powiadomienie, gdy ktoś odpowie.',

  'open.link': 'Link do sekretu',
  'open.hint':
    'Sekret otwiera własny kod rozszerzenia, a nie strona wysłana przez serwer: serwer nie może podsunąć kodu, który by go odczytał. Otwieranie niczego nie zużywa, dopóki fraza hasła nie jest poprawna.',
  'open.words':
    'Fraza hasła w każdym języku składa się z angielskich słów: wpisz je dokładnie w otrzymanej postaci.',
  'open.opened': 'Otwarto w nowym oknie.',
  'open.submit': 'Otwórz link',

  'share.taken':
    'Zaznaczenie zostało już przekazane do okna albo wygasło. Wklej tu sekret albo zaznacz go ponownie.',
  'share.unreadable':
    'Nie udało się odczytać zaznaczonego tekstu z tamtej strony. Wklej tu sekret.',
  'share.lossy':
    'Tej strony nie dało się odczytać bezpośrednio, więc zaznaczenie mogło stracić podziały wierszy lub zostać ucięte. Sprawdź tekst przed udostępnieniem.',
  'bridge.noAnswer': 'Rozszerzenie nie odpowiedziało. Zamknij to okno i spróbuj ponownie.',

  'options.languageAuto': 'Jak w przeglądarce ({language})',
  'options.languageHint': 'Dla okienka rozszerzenia, okna udostępniania, menu i powiadomień.',
  'options.server': 'Serwer',
  'options.serverHint': 'Gdzie przechowywane są sekrety i dokąd prowadzą linki. Wbudowany:',
  'options.defaults': 'Domyślne ustawienia nowych sekretów',
  'options.checking': 'Sprawdzanie…',
  'options.save': 'Zapisz',
  'options.saved': 'Zapisano.',
  'options.permission':
    'oncelink potrzebuje Twojej zgody na łączenie się z {origin}. Zapisz ponownie i wybierz Zezwól.',
  'options.unreachable':
    'Nie udało się połączyć z {server}. Sprawdź adres i czy serwer działa; nic nie zostało zapisane.',
  'options.notOncelink':
    '{server} odpowiedział, ale nie jak serwer oncelink (status {status}). Sprawdź adres; nic nie zostało zapisane.',
  'serverUrl.NOT_A_URL':
    'Adres serwera jest niepełny: podaj go z https://, np. https://once.example.',
  'serverUrl.NOT_HTTP': 'Adres serwera musi zaczynać się od https://.',
  'serverUrl.INSECURE':
    'Adres serwera musi używać https:// (nieszyfrowane http jest dozwolone tylko dla localhost).',
  'serverUrl.EXTRA_PARTS': 'Adres serwera nie może zawierać ?, # ani nazwy użytkownika.',

  'answer.loading.title': 'Odczytywanie odpowiedzi…',
  'answer.loading.status': 'Pobierana jest raz i odszyfrowywana kluczem tej przeglądarki.',
  'answer.waiting.title': 'Brak odpowiedzi',
  'answer.waiting.text': 'Nic nie zostało zużyte: przeczytaj ją, gdy ktoś odpowie.',
  'answer.failed.title': 'Nie udało się odczytać odpowiedzi',

  'notice.named': '„{label}”',
  'notice.unnamed': 'Udostępniony przez Ciebie sekret',
  'notice.viewed.title': 'Sekret wyświetlony',
  'notice.viewed.gone': '{name} został otwarty frazą hasła i już nie istnieje.',
  'notice.viewed.left': {
    one: '{name} został otwarty frazą hasła (pozostało {count} wyświetlenie).',
    few: '{name} został otwarty frazą hasła (pozostały {count} wyświetlenia).',
    many: '{name} został otwarty frazą hasła (pozostało {count} wyświetleń).',
    other: '{name} został otwarty frazą hasła (pozostało {count} wyświetlenia).',
  },
  'notice.destroyed.title': 'Sekret zniszczony',
  'notice.destroyed':
    '{name} został zniszczony po błędnych frazach hasła. W razie potrzeby udostępnij go ponownie.',
  'notice.answered.title': 'Twoja prośba ma odpowiedź',
  'notice.answered': '{name}: jest odpowiedź. Otwórz oncelink, aby ją przeczytać (jeden raz).',
} satisfies Record<keyof typeof en, Message>;
