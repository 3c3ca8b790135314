// The shared components’ words (web/ui) in Dutch, translated from catalogs/en/common.ts.
import type { Catalog } from '../../format';

export default {
  'page.tagline': 'één geheim, één persoon, één keer',
  'language.label': 'Taal',
  'notice.retry': 'Opnieuw proberen',
  'copy.done': 'Gekopieerd',
  'copy.failed': 'Selecteer en kopieer',
  'copy.doneStatus': 'Naar het klembord gekopieerd.',
  'copy.failedStatus': 'Kopiëren lukte niet: selecteer de tekst en kopieer hem zelf.',
  'progress.step': 'Stap {at} van {total}: {label}',
  'expiry.soon': 'binnenkort',
  'expiry.underAMinute': 'over minder dan een minuut',
  'expiry.at': '{date} ({relative})',
  'file.name': 'Naam',
  'file.size': 'Grootte',
  'file.type': 'Type',
  'size.bytes': { one: '{count} byte', other: '{count} bytes' },
  'size.kib': '{size} KiB',
  'size.mib': '{size} MiB',
} satisfies Catalog;
