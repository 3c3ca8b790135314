// The shared components’ words (web/ui) in Portuguese (Brazil), translated from catalogs/en/common.ts.
import type { Catalog } from '../../format';

export default {
  'page.tagline': 'um segredo, uma pessoa, uma vez',
  'language.label': 'Idioma',
  'notice.retry': 'Tentar de novo',
  'copy.done': 'Copiado',
  'copy.failed': 'Selecione e copie',
  'copy.doneStatus': 'Copiado para a área de transferência.',
  'copy.failedStatus': 'Não foi possível copiar: selecione o texto e copie você mesmo.',
  'progress.step': 'Etapa {at} de {total}: {label}',
  'expiry.soon': 'em breve',
  'expiry.underAMinute': 'em menos de um minuto',
  'expiry.at': '{date} ({relative})',
  'file.name': 'Nome',
  'file.size': 'Tamanho',
  'file.type': 'Tipo',
  'size.bytes': { one: '{count} byte', many: '{count} bytes', other: '{count} bytes' },
  'size.kib': '{size} KiB',
  'size.mib': '{size} MiB',
} satisfies Catalog;
