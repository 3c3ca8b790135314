// The shared components’ words (web/ui) in German, translated from catalogs/en/common.ts.
import type { Catalog } from '../../format';

export default {
  'page.tagline': 'ein Geheimnis, eine Person, einmal',
  'language.label': 'Sprache',
  'notice.retry': 'Erneut versuchen',
  'copy.done': 'Kopiert',
  'copy.failed': 'Markieren und kopieren',
  'copy.doneStatus': 'In die Zwischenablage kopiert.',
  'copy.failedStatus':
    'Kopieren nicht möglich: Markieren Sie den Text und kopieren Sie ihn selbst.',
  'progress.step': 'Schritt {at} von {total}: {label}',
  'expiry.soon': 'bald',
  'expiry.underAMinute': 'in weniger als einer Minute',
  'expiry.at': '{date} ({relative})',
  'file.name': 'Name',
  'file.size': 'Größe',
  'file.type': 'Typ',
  'size.bytes': { one: '{count} Byte', other: '{count} Bytes' },
  'size.kib': '{size} KiB',
  'size.mib': '{size} MiB',
} satisfies Catalog;
