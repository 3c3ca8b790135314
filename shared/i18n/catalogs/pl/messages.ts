// The sentences of shared/messages.ts in Polish, translated from catalogs/en/messages.ts.
import type { Catalog } from '../../format';

export default {
  'TOO_LARGE.mib':
    'Sekret jest za duży: ten serwer przyjmuje do {mib} MiB. Skróć go lub podziel na kilka sekretów.',
  BAD_FILE_NAME: 'Nazwa pliku może mieć najwyżej 255 bajtów. Zmień nazwę pliku i spróbuj ponownie.',
  'lost.view':
    'Odpowiedź serwera nie dotarła, więc wyświetlenie lub próba mogły, ale nie musiały zostać zużyte. Otwórz link ponownie: jeśli pojawi się informacja, że sekret jest niedostępny, poproś nadawcę o nowy.',
  'lost.answer':
    'Odpowiedź serwera nie dotarła, więc Twoja odpowiedź mogła, ale nie musiała zostać zapisana. Otwórz link ponownie: jeśli pojawi się informacja, że prośba ma już odpowiedź, Twoja odpowiedź dotarła; jeśli nie, wyślij ją jeszcze raz.',
  'lost.read':
    'Odpowiedź serwera nie dotarła, więc odpowiedź mogła, ale nie musiała zostać odczytana (serwer usuwa ją zaraz po odczytaniu). Spróbuj ponownie: jeśli pojawi się informacja, że prośba jest niedostępna, poproś o sekret ponownie nową prośbą.',
  'WRONG_PASSPHRASE.last':
    'Błędna fraza hasła. To była ostatnia próba: sekret został zniszczony. Poproś nadawcę o nowy.',
  'WRONG_PASSPHRASE.left': {
    one: 'Błędna fraza hasła. Została {count} próba.',
    few: 'Błędna fraza hasła. Zostały {count} próby.',
    many: 'Błędna fraza hasła. Zostało {count} prób.',
    other: 'Błędna fraza hasła. Zostało {count} próby.',
  },
  CHECK_MISMATCH:
    'Ta fraza hasła nie pasuje do tego linku. Sprawdź, czy nie ma literówki: nic nie zostało zużyte.',
  BAD_PASSPHRASE:
    'To nie jest prawidłowa fraza hasła. Wpisz słowa dokładnie tak, jak zostały Ci przekazane.',
  UNAVAILABLE:
    'Ten sekret jest niedostępny. Mógł zostać już wyświetlony, wygasnąć albo nigdy nie istnieć. Poproś nadawcę o nowy link.',
  BAD_LINK:
    'Ten link jest niepełny lub uszkodzony. Skopiuj cały link, razem z częścią po #, albo poproś nadawcę o niego ponownie.',
  RATE_LIMITED: {
    one: 'Zbyt wiele żądań. Spróbuj ponownie za {count} sekundę.',
    few: 'Zbyt wiele żądań. Spróbuj ponownie za {count} sekundy.',
    many: 'Zbyt wiele żądań. Spróbuj ponownie za {count} sekund.',
    other: 'Zbyt wiele żądań. Spróbuj ponownie za {count} sekundy.',
  },
  'TOO_LARGE.limit':
    'Sekret jest za duży: ten serwer przyjmuje do {kib} KiB. Skróć go lub podziel na kilka sekretów.',
  TOO_LARGE: 'Sekret jest za duży dla tego serwera. Skróć go lub podziel na kilka sekretów.',
  'SERVICE_UNAVAILABLE.unknown':
    'Serwer stracił połączenie z bazą danych w trakcie odpowiedzi, więc nie wie, czy operacja się powiodła. Spróbuj ponownie za kilka sekund.',
  SERVICE_UNAVAILABLE:
    'Serwer jest chwilowo niedostępny. Nic nie zostało zużyte: spróbuj ponownie za kilka sekund.',
  SERVICE_FULL:
    'Ten serwer jest pełny: przechowuje tyle sekretów, ile pozwala jego operator. Nic nie zostało zapisane. Spróbuj ponownie później, gdy część zostanie wyświetlona lub wygaśnie, albo użyj innego serwera.',
  NETWORK:
    'Nie udało się połączyć z serwerem. Sprawdź połączenie i spróbuj ponownie: nic nie zostało zużyte.',
  'INVALID_INPUT.issue': 'Serwer odrzucił żądanie: {path}: {issue}.',
  INVALID_INPUT: 'Serwer odrzucił żądanie jako nieprawidłowe.',
  ALREADY_ANSWERED:
    'Na tę prośbę już odpowiedziano, a przyjmuje ona tylko jedną odpowiedź. Jeśli odpowiedź nie pochodzi od Ciebie, powiedz o tym osobie, która prosiła.',
  DUPLICATE_ID: 'Serwer ma już sekret o tym identyfikatorze. Spróbuj ponownie.',
  DECRYPT_FAILED: 'Nie udało się odszyfrować sekretu: link lub zapisane dane są uszkodzone.',
  BAD_ENVELOPE: 'Sekret został odszyfrowany, ale jego zawartość jest uszkodzona.',
  BAD_KDF_PARAMS:
    'Ten sekret używa ustawień klucza, których ten klient nie akceptuje (zbyt słabych lub zbyt kosztownych).',
  INTERNAL: 'Na serwerze wystąpił nieoczekiwany błąd. Spróbuj ponownie później.',
  'previewer.unknown': 'otwarty przez podgląd lub skaner linków',
  'previewer.preview': 'otwarty przez podgląd linków {name}',
  'previewer.preview.an': 'otwarty przez podgląd linków {name}',
  'previewer.scanner': 'otwarty przez skaner linków {name}',
  'previewer.scanner.an': 'otwarty przez skaner linków {name}',
  'previewer.check': 'otwarty przez sprawdzanie linków {name}',
  'previewer.check.an': 'otwarty przez sprawdzanie linków {name}',
  'previewer.crawler': 'otwarty przez robota indeksującego {name}',
  'previewer.crawler.an': 'otwarty przez robota indeksującego {name}',
} satisfies Catalog;
