// The sentences of shared/messages.ts in French, translated from catalogs/en/messages.ts.
import type { Catalog } from '../../format';

export default {
  'TOO_LARGE.mib':
    'Le secret est trop volumineux : ce serveur accepte jusqu’à {mib} Mio. Raccourcissez-le ou répartissez-le en plusieurs secrets.',
  BAD_FILE_NAME: 'Le fichier doit avoir un nom de 255 octets au plus. Renommez-le et réessayez.',
  'lost.view':
    'La réponse du serveur n’est pas arrivée : une consultation ou une tentative a peut-être été consommée, ou peut-être pas. Rouvrez le lien : s’il indique que le secret n’est pas disponible, demandez-en un nouveau à l’expéditeur.',
  'lost.answer':
    'La réponse du serveur n’est pas arrivée : votre réponse a peut-être été enregistrée, ou peut-être pas. Rouvrez le lien : s’il indique que la demande a déjà reçu une réponse, la vôtre est arrivée ; sinon, envoyez-la à nouveau.',
  'lost.read':
    'La réponse du serveur n’est pas arrivée : la réponse a peut-être été lue, ou peut-être pas (le serveur la supprime dès qu’elle est lue). Réessayez : s’il indique que la demande n’est pas disponible, redemandez le secret avec une nouvelle demande.',
  'WRONG_PASSPHRASE.last':
    'Phrase secrète incorrecte. C’était la dernière tentative : le secret a été détruit. Demandez-en un nouveau à l’expéditeur.',
  'WRONG_PASSPHRASE.left': {
    one: 'Phrase secrète incorrecte. Il reste {count} tentative.',
    many: 'Phrase secrète incorrecte. Il reste {count} tentatives.',
    other: 'Phrase secrète incorrecte. Il reste {count} tentatives.',
  },
  CHECK_MISMATCH:
    'Cette phrase secrète ne correspond pas à ce lien. Vérifiez s’il y a une faute de frappe : rien n’a été consommé.',
  BAD_PASSPHRASE:
    'Ce n’est pas une phrase secrète valide. Saisissez les mots exactement comme vous les avez reçus.',
  UNAVAILABLE:
    'Ce secret n’est pas disponible. Il a peut-être déjà été consulté, il a expiré ou il n’a jamais existé. Demandez un nouveau lien à l’expéditeur.',
  BAD_LINK:
    'Ce lien est incomplet ou abîmé. Copiez le lien entier, y compris la partie après #, ou redemandez-le à l’expéditeur.',
  RATE_LIMITED: {
    one: 'Trop de requêtes. Réessayez dans {count} seconde.',
    many: 'Trop de requêtes. Réessayez dans {count} secondes.',
    other: 'Trop de requêtes. Réessayez dans {count} secondes.',
  },
  'TOO_LARGE.limit':
    'Le secret est trop volumineux : ce serveur accepte jusqu’à {kib} Kio. Raccourcissez-le ou répartissez-le en plusieurs secrets.',
  TOO_LARGE:
    'Le secret est trop volumineux pour ce serveur. Raccourcissez-le ou répartissez-le en plusieurs secrets.',
  'SERVICE_UNAVAILABLE.unknown':
    'Le serveur a perdu sa base de données en répondant : il ne peut pas dire si l’opération a abouti. Réessayez dans quelques secondes.',
  SERVICE_UNAVAILABLE:
    'Le serveur est momentanément indisponible. Rien n’a été consommé : réessayez dans quelques secondes.',
  SERVICE_FULL:
    'Ce serveur est plein : il contient autant de secrets que son opérateur l’autorise. Rien n’a été enregistré. Réessayez plus tard, lorsque certains auront été consultés ou auront expiré, ou utilisez un autre serveur.',
  NETWORK:
    'Impossible de joindre le serveur. Vérifiez votre connexion et réessayez : rien n’a été consommé.',
  'INVALID_INPUT.issue': 'Le serveur a refusé la requête : {path} : {issue}.',
  INVALID_INPUT: 'Le serveur a refusé la requête comme non valide.',
  ALREADY_ANSWERED:
    'Cette demande a déjà reçu une réponse et n’en accepte qu’une seule. Si ce n’est pas vous qui avez répondu, prévenez la personne qui l’a faite.',
  DUPLICATE_ID: 'Le serveur a déjà un secret avec cet identifiant. Réessayez.',
  DECRYPT_FAILED:
    'Le secret n’a pas pu être déchiffré : le lien ou les données enregistrées sont abîmés.',
  BAD_ENVELOPE: 'Le secret a été déchiffré, mais son contenu est abîmé.',
  BAD_KDF_PARAMS:
    'Ce secret utilise des paramètres de clé que ce client refuse (trop faibles ou trop coûteux).',
  INTERNAL: 'Le serveur a rencontré une erreur inattendue. Réessayez plus tard.',
  'previewer.unknown': 'ouvert par un aperçu de lien ou un analyseur',
  'previewer.preview': 'ouvert par l’aperçu de lien de {name}',
  'previewer.preview.an': 'ouvert par l’aperçu de lien de {name}',
  'previewer.scanner': 'ouvert par l’analyseur de liens de {name}',
  'previewer.scanner.an': 'ouvert par l’analyseur de liens de {name}',
  'previewer.check': 'ouvert par la vérification de liens de {name}',
  'previewer.check.an': 'ouvert par la vérification de liens de {name}',
  'previewer.crawler': 'ouvert par le robot d’indexation de {name}',
  'previewer.crawler.an': 'ouvert par le robot d’indexation de {name}',
} satisfies Catalog;
