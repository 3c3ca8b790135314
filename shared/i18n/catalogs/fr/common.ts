// The shared components’ words (web/ui) in French, translated from catalogs/en/common.ts.
import type { Catalog } from '../../format';

export default {
  'page.tagline': 'un secret, une personne, une fois',
  'language.label': 'Langue',
  'notice.retry': 'Réessayer',
  'copy.done': 'Copié',
  'copy.failed': 'Sélectionner et copier',
  'copy.doneStatus': 'Copié dans le presse-papiers.',
  'copy.failedStatus': 'Copie impossible : sélectionnez le texte et copiez-le vous-même.',
  'progress.step': 'Étape {at} sur {total} : {label}',
  'expiry.soon': 'bientôt',
  'expiry.underAMinute': 'dans moins d’une minute',
  'expiry.at': '{date} ({relative})',
  'file.name': 'Nom',
  'file.size': 'Taille',
  'file.type': 'Type',
  'size.bytes': { one: '{count} octet', many: '{count} octets', other: '{count} octets' },
  'size.kib': '{size} Kio',
  'size.mib': '{size} Mio',
} satisfies Catalog;
