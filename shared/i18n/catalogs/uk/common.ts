// The shared components’ words (web/ui) in Ukrainian, translated from catalogs/en/common.ts.
import type { Catalog } from '../../format';

export default {
  'page.tagline': 'один секрет, одна людина, один раз',
  'language.label': 'Мова',
  'notice.retry': 'Спробувати ще раз',
  'copy.done': 'Скопійовано',
  'copy.failed': 'Виділіть і скопіюйте',
  'copy.doneStatus': 'Скопійовано в буфер обміну.',
  'copy.failedStatus': 'Не вдалося скопіювати: виділіть текст і скопіюйте його самостійно.',
  'progress.step': 'Крок {at} з {total}: {label}',
  'expiry.soon': 'незабаром',
  'expiry.underAMinute': 'менш ніж за хвилину',
  'expiry.at': '{date} ({relative})',
  'file.name': 'Назва',
  'file.size': 'Розмір',
  'file.type': 'Тип',
  'size.bytes': {
    one: '{count} байт',
    few: '{count} байти',
    many: '{count} байтів',
    other: '{count} байта',
  },
  'size.kib': '{size} КіБ',
  'size.mib': '{size} МіБ',
} satisfies Catalog;
