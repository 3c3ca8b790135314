// The shared components’ words (web/ui) in Spanish, translated from catalogs/en/common.ts.
import type { Catalog } from '../../format';

export default {
  'page.tagline': 'un secreto, una persona, una vez',
  'language.label': 'Idioma',
  'notice.retry': 'Volver a intentar',
  'copy.done': 'Copiado',
  'copy.failed': 'Selecciona y copia',
  'copy.doneStatus': 'Copiado al portapapeles.',
  'copy.failedStatus': 'No se pudo copiar: selecciona el texto y cópialo tú.',
  'progress.step': 'Paso {at} de {total}: {label}',
  'expiry.soon': 'pronto',
  'expiry.underAMinute': 'en menos de un minuto',
  'expiry.at': '{date} ({relative})',
  'file.name': 'Nombre',
  'file.size': 'Tamaño',
  'file.type': 'Tipo',
  'size.bytes': { one: '{count} byte', many: '{count} bytes', other: '{count} bytes' },
  'size.kib': '{size} KiB',
  'size.mib': '{size} MiB',
} satisfies Catalog;
