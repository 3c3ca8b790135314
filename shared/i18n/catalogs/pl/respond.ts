// The request page in Polish, translated from catalogs/en/respond.ts.
import type { Catalog } from '../../format';

export default {
  'title.loading': 'Otwieranie prośby',
  'title.incomplete': 'Niepełny link',
  'title.closed': 'Prośba zamknięta',
  'title.load-error': 'Nie udało się otworzyć prośby',
  'title.open': 'Prośba o sekret',
  'title.sent': 'Odpowiedź wysłana',
  'page.footer':
    'Szyfrowanie end-to-end: Twoja odpowiedź jest szyfrowana w tej przeglądarce dla osoby, która o nią prosiła. Serwer nigdy jej nie widzi, podobnie jak części linku po #.',
  'loading.title': 'Otwieranie prośby…',
  'loading.status': 'Sprawdzanie, czy prośba jest nadal otwarta.',
  'incomplete.title': 'Sprawdź link',
  'incomplete.why':
    'Część po # zawiera klucz, którym szyfrowana jest Twoja odpowiedź. Niektóre aplikacje pocztowe i czaty obcinają długie linki; zwykle pomaga ręczne skopiowanie linku.',
  'answered.title': 'Na tę prośbę już odpowiedziano',
  'expired.title': 'Ta prośba wygasła',
  'expired.text': 'Nie można już na nią odpowiedzieć. Poproś osobę, która ją wysłała, o nowy link.',
  'revoked.title': 'Ta prośba została anulowana',
  'revoked.text':
    'Osoba, która prosiła, wycofała ją, więc nie przyjmuje ona odpowiedzi. W razie wątpliwości zapytaj ją.',
  'unavailable.title': 'Ta prośba jest niedostępna',
  'unavailable.text':
    'Mogła już otrzymać odpowiedź, wygasnąć albo nigdy nie istnieć. Poproś osobę, która ją wysłała, o nowy link.',
  'loadError.title': 'Nie udało się otworzyć prośby',
  'sent.title': 'Wysłano: odczytać to może tylko osoba, która prosiła',
  'sent.text':
    'Twoja odpowiedź została zaszyfrowana w tej przeglądarce wyłącznie dla niej; serwer przechowuje tylko szyfrogram i usuwa go, gdy tylko ta osoba go odczyta. Ten link nie przyjmie drugiej odpowiedzi.',
  'sent.close': 'Możesz zamknąć tę stronę.',
  'open.title': 'Ktoś prosi Cię o sekret',
  'open.theyWrote': 'Wiadomość:',
  'open.openUntil': 'Otwarta do',
  'open.answers': 'Odpowiedzi',
  'open.answersOne': 'Jedna: pierwsza odpowiedź jest jedyną',
  'open.answerLabel': 'Twoja odpowiedź',
  'open.answerHint':
    'Wpisz ją lub wklej dokładnie; podziały wierszy i spacje zostaną zachowane. Jest szyfrowana w tej przeglądarce dla osoby, która prosiła: ani serwer, ani nikt inny nie może jej odczytać.',
  'open.showGenerator': 'Zamiast tego wygeneruj (nowe hasło, PIN, token…)',
  'open.hideGenerator': 'Ukryj generator',
  'open.send': 'Zaszyfruj i wyślij',
  'open.sending': 'Szyfrowanie i wysyłanie…',
  'open.sendingStatus': 'Szyfrowanie i wysyłanie Twojej odpowiedzi…',
  'gen.another': 'Inne',
  'gen.use': 'Użyj tego',
} satisfies Catalog;
