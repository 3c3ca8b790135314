// The shared components’ words (web/ui) in Italian, translated from catalogs/en/common.ts.
import type { Catalog } from '../../format';

export default {
  'page.tagline': 'un segreto, una persona, una volta',
  'language.label': 'Lingua',
  'notice.retry': 'Riprova',
  'copy.done': 'Copiato',
  'copy.failed': 'Seleziona e copia',
  'copy.doneStatus': 'Copiato negli appunti.',
  'copy.failedStatus': 'Impossibile copiare: seleziona il testo e copialo tu.',
  'progress.step': 'Passaggio {at} di {total}: {label}',
  'expiry.soon': 'a breve',
  'expiry.underAMinute': 'tra meno di un minuto',
  'expiry.at': '{date} ({relative})',
  'file.name': 'Nome',
  'file.size': 'Dimensione',
  'file.type': 'Tipo',
  'size.bytes': { one: '{count} byte', many: '{count} byte', other: '{count} byte' },
  'size.kib': '{size} KiB',
  'size.mib': '{size} MiB',
} satisfies Catalog;
