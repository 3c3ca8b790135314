// The shared components’ words (web/ui) in Polish, translated from catalogs/en/common.ts.
import type { Catalog } from '../../format';

export default {
  'page.tagline': 'jeden sekret, jedna osoba, jeden raz',
  'language.label': 'Język',
  'notice.retry': 'Spróbuj ponownie',
  'copy.done': 'Skopiowano',
  'copy.failed': 'Zaznacz i skopiuj',
  'copy.doneStatus': 'Skopiowano do schowka.',
  'copy.failedStatus': 'Nie udało się skopiować: zaznacz tekst i skopiuj go samodzielnie.',
  'progress.step': 'Krok {at} z {total}: {label}',
  'expiry.soon': 'wkrótce',
  'expiry.underAMinute': 'za mniej niż minutę',
  'expiry.at': '{date} ({relative})',
  'file.name': 'Nazwa',
  'file.size': 'Rozmiar',
  'file.type': 'Typ',
  'size.bytes': {
    one: '{count} bajt',
    few: '{count} bajty',
    many: '{count} bajtów',
    other: '{count} bajta',
  },
  'size.kib': '{size} KiB',
  'size.mib': '{size} MiB',
} satisfies Catalog;
