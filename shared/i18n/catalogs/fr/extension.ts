// The extension's own words in French (en/extension.ts is the source).
import type en from '../en/extension';
import type { Message } from '../../format';

export default {
  'manifest.description':
    'Partager un secret une seule fois : chiffré dans votre navigateur, un lien et une phrase secrète.',
  'manifest.command': 'Partager le texte sélectionné en toute sécurité',
  'menu.share': 'Partager en toute sécurité',
  'menu.open': 'Ouvrir avec oncelink',

  'tabs.label': 'Sections',
  'tab.share': 'Partager',
  'tab.generate': 'Générer',
  'tab.open': 'Ouvrir',
  'tab.request': 'Demander',
  'tab.sent': 'Envoyés',
  'tab.options': 'Options',
  'request.followHint': 'Vous recevrez une notification dès qu’elle aura une réponse.',

  'open.link': 'Lien du secret',
  'open.hint':
    'Le secret est ouvert par le code de l’extension elle-même, et non par la page qu’envoie le serveur : le serveur ne peut pas fournir de code qui le lise. L’ouverture ne consomme rien tant que la phrase secrète n’est pas la bonne.',
  'open.words':
    'La phrase secrète est faite de mots anglais, quelle que soit la langue : saisissez-les tels que vous les avez reçus.',
  'open.opened': 'Ouvert dans une nouvelle fenêtre.',
  'open.submit': 'Ouvrir le lien',

  'share.taken':
    'La sélection a déjà été transmise à une fenêtre, ou elle a expiré. Collez le secret ici, ou sélectionnez-le à nouveau.',
  'share.unreadable':
    'Aucun texte sélectionné n’a pu être lu sur cette page. Collez le secret ici.',
  'share.lossy':
    'Cette page n’a pas pu être lue directement : la sélection a peut-être perdu des retours à la ligne ou été tronquée. Vérifiez le texte avant de le partager.',
  'bridge.noAnswer': 'L’extension n’a pas répondu. Fermez cette fenêtre et réessayez.',

  'options.languageAuto': 'Celle du navigateur ({language})',
  'options.languageHint':
    'Pour la fenêtre contextuelle, la fenêtre de partage, le menu et les notifications.',
  'options.server': 'Serveur',
  'options.serverHint': 'Là où les secrets sont stockés et où pointent les liens. Par défaut :',
  'options.defaults': 'Réglages par défaut des nouveaux partages',
  'options.checking': 'Vérification…',
  'options.save': 'Enregistrer',
  'options.saved': 'Enregistré.',
  'options.permission':
    'oncelink a besoin de votre autorisation pour contacter {origin}. Enregistrez à nouveau et choisissez Autoriser.',
  'options.unreachable':
    'Impossible de joindre {server}. Vérifiez l’adresse et que le serveur fonctionne ; rien n’a été enregistré.',
  'options.notOncelink':
    '{server} a répondu, mais pas comme un serveur oncelink (statut {status}). Vérifiez l’adresse ; rien n’a été enregistré.',
  'serverUrl.NOT_A_URL':
    'L’adresse du serveur est incomplète : indiquez-la avec https://, par exemple https://once.example.',
  'serverUrl.NOT_HTTP': 'L’adresse du serveur doit commencer par https://.',
  'serverUrl.INSECURE':
    'L’adresse du serveur doit utiliser https:// (le http non chiffré n’est permis que pour localhost).',
  'serverUrl.EXTRA_PARTS':
    'L’adresse du serveur ne doit contenir ni ?, ni #, ni nom d’utilisateur.',

  'answer.loading.title': 'Lecture de la réponse…',
  'answer.loading.status':
    'Elle est récupérée une seule fois et déchiffrée avec la clé de ce navigateur.',
  'answer.waiting.title': 'Pas encore de réponse',
  'answer.waiting.text': 'Rien n’a été consommé : lisez-la une fois qu’elle aura été donnée.',
  'answer.failed.title': 'Impossible de lire la réponse',

  'notice.named': '« {label} »',
  'notice.unnamed': 'Un secret que vous avez partagé',
  'notice.viewed.title': 'Secret consulté',
  'notice.viewed.gone': '{name} a été ouvert avec la phrase secrète et n’existe plus.',
  'notice.viewed.left': {
    one: '{name} a été ouvert avec la phrase secrète (encore {count} consultation possible).',
    many: '{name} a été ouvert avec la phrase secrète (encore {count} de consultations possibles).',
    other: '{name} a été ouvert avec la phrase secrète (encore {count} consultations possibles).',
  },
  'notice.destroyed.title': 'Secret détruit',
  'notice.destroyed':
    '{name} a été détruit après des phrases secrètes erronées. Partagez-le à nouveau si besoin.',
  'notice.answered.title': 'Votre demande a reçu une réponse',
  'notice.answered': '{name} a reçu sa réponse. Ouvrez oncelink pour la lire (une seule fois).',
} satisfies Record<keyof typeof en, Message>;
