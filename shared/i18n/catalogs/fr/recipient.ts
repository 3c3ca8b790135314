// The recipient page in French, translated from catalogs/en/recipient.ts.
import type { Catalog } from '../../format';

export default {
  'page.footer':
    'Chiffré de bout en bout : le secret est déchiffré dans ce navigateur. Le serveur ne voit jamais ni le secret, ni votre phrase secrète, ni la partie du lien après #.',
  'page.preferExtension':
    'Vous avez l’extension oncelink ? Faites un clic droit sur le lien et choisissez « Ouvrir avec oncelink » : le code qui déchiffre vient alors de votre navigateur, et non de ce serveur.',
  'title.loading': 'Ouverture d’un secret',
  'title.incomplete': 'Lien incomplet',
  'title.unavailable': 'Secret indisponible',
  'title.load-error': 'Impossible d’ouvrir le secret',
  'title.ready': 'Un secret pour vous',
  'title.revealed': 'Votre secret',
  'title.destroyed': 'Secret détruit',
  'title.failed': 'Le secret n’a pas pu être ouvert',
  'loading.title': 'Ouverture du lien…',
  'loading.status': 'Vérification que le secret est toujours là. Cela ne consomme rien.',
  'unavailable.title': 'Rien à révéler ici',
  'unavailable.why':
    'Les secrets à usage unique disparaissent une fois lus, lorsqu’ils expirent ou lorsque l’expéditeur les révoque, et personne ne peut les faire revenir.',
  'incomplete.title': 'Vérifiez le lien',
  'incomplete.why':
    'Rien n’a été consommé : le secret, s’il est encore là, attend le lien complet. Certaines applications de messagerie coupent les liens longs ou suppriment la partie après le signe # ; copier le lien à la main fonctionne généralement.',
  'loadError.title': 'Impossible d’ouvrir le secret',
  'destroyed.title': 'Le secret a été détruit',
  'destroyed.why':
    'Personne ne peut plus le lire, pas même l’expéditeur. S’il est partagé de nouveau, vérifiez la phrase secrète avec l’expéditeur.',
  'failed.title': 'Le secret n’a pas pu être ouvert',
  'failed.why': 'Demandez un nouveau lien à l’expéditeur.',
  'ready.title': 'Quelqu’un vous a envoyé un secret',
  'ready.lead':
    'Il est chiffré, et seule la phrase secrète que l’expéditeur vous a donnée peut l’ouvrir. Dès que vous le lisez, il est supprimé du serveur.',
  'ready.resumed':
    'Votre dernière tentative de lecture de ce secret a été interrompue avant son arrivée. Saisissez de nouveau la phrase secrète pour l’afficher : rien de plus n’est consommé.',
  'ready.expires': 'Expire',
  'ready.canBeRead': 'Lisible',
  'ready.attempts': 'Tentatives',
  'ready.spentNothing':
    'L’ouverture de cette page n’a rien consommé : le secret reste sur le serveur jusqu’à ce que la bonne phrase secrète soit saisie.',
  'ready.reveal': 'Révéler le secret',
  'views.once': 'Une fois, puis il est supprimé',
  'views.more': {
    one: 'encore {count} fois',
    many: 'encore {count} fois',
    other: 'encore {count} fois',
  },
  attempts: {
    one: '{count} phrase secrète incorrecte le détruit ; les fautes de frappe sont repérées avant de compter',
    many: '{count} phrases secrètes incorrectes le détruisent ; les fautes de frappe sont repérées avant de compter',
    other:
      '{count} phrases secrètes incorrectes le détruisent ; les fautes de frappe sont repérées avant de compter',
  },
  'after.deleted':
    'Il a été supprimé du serveur : cette page en contient la seule copie. Copiez-le en lieu sûr avant de fermer ou de recharger cette page.',
  'after.more': {
    one: 'Il peut être ouvert encore une fois avec le même lien et la même phrase secrète.',
    many: 'Il peut être ouvert encore {count} fois avec le même lien et la même phrase secrète.',
    other: 'Il peut être ouvert encore {count} fois avec le même lien et la même phrase secrète.',
  },
  'kind.password': 'Mot de passe généré',
  'kind.passphrase': 'Phrase secrète générée',
  'kind.pin': 'Code PIN généré',
  'kind.token': 'Jeton généré',
  'kind.uuid': 'UUID généré',
  'passphrase.label': 'Phrase secrète',
  'passphrase.hint':
    'Les mots que l’expéditeur vous a donnés, dans l’ordre. Majuscules, virgules et retours à la ligne n’ont pas d’importance ; les quatre premières lettres de chaque mot suffisent.',
  'passphrase.english':
    'Les mots sont toujours en anglais, tirés de la liste de mots BIP39, quelle que soit la langue de cette page : saisissez-les tels que vous les avez reçus.',
  'summary.unknown': 'Le mot {index}, « {word} », n’est pas dans la liste de mots.',
  'summary.ambiguous':
    'Le mot {index}, « {word} », peut correspondre à plusieurs mots : saisissez plus de lettres.',
  'summary.short':
    'Le mot {index}, « {word} », est trop court : saisissez au moins quatre lettres.',
  'summary.complete': {
    one: '{count} mot, tous reconnus.',
    many: '{count} mots, tous reconnus.',
    other: '{count} mots, tous reconnus.',
  },
  'summary.typing': {
    one: '{count} mot pour l’instant ; continuez.',
    many: '{count} mots pour l’instant ; continuez.',
    other: '{count} mots pour l’instant ; continuez.',
  },
  'summary.tooMany': {
    one: '{count} mot : une phrase secrète en a au plus {max}.',
    many: '{count} mots : une phrase secrète en a au plus {max}.',
    other: '{count} mots : une phrase secrète en a au plus {max}.',
  },
  'summary.tooFew': {
    one: '{count} mot reconnu ; une phrase secrète en a au moins {min}.',
    many: '{count} mots reconnus ; une phrase secrète en a au moins {min}.',
    other: '{count} mots reconnus ; une phrase secrète en a au moins {min}.',
  },
  'unlock.label': 'Ouverture du secret',
  'unlock.derive': 'Dérivation de la clé à partir de votre phrase secrète',
  'unlock.reveal': 'Récupération du secret chiffré',
  'unlock.decrypt': 'Déchiffrement dans ce navigateur',
  'revealed.title': 'Voici votre secret',
  'revealed.secret': 'Secret',
  'revealed.hiddenLabel': '{label} : masqué',
  'revealed.hidden': 'Masqué. Appuyez sur Afficher pour le revoir.',
  'revealed.copy': 'Copier',
  'revealed.copied': 'Copié ✓',
  'revealed.show': 'Afficher',
  'revealed.hide': 'Masquer',
  'after.deletedFile':
    'Il a été supprimé du serveur : cette page en contient la seule copie. Téléchargez-le avant de fermer ou de recharger cette page.',
  'file.title': 'Voici votre fichier',
  'file.savedAs': 'Enregistré sous {name}, un nom sûr sur tous les systèmes.',
  'file.download': 'Télécharger',
  'file.showText': 'Afficher comme texte',
  'file.hideText': 'Masquer le texte',
  'file.saving': 'Votre navigateur enregistre le fichier.',
  'file.asText': '{name}, en texte',
} satisfies Catalog;
