// The request page in French, translated from catalogs/en/respond.ts.
import type { Catalog } from '../../format';

export default {
  'title.loading': 'Ouverture d’une demande',
  'title.incomplete': 'Lien incomplet',
  'title.closed': 'Demande close',
  'title.load-error': 'Impossible d’ouvrir la demande',
  'title.open': 'Une demande de secret',
  'title.sent': 'Réponse envoyée',
  'page.footer':
    'Chiffré de bout en bout : votre réponse est chiffrée dans ce navigateur pour la personne qui l’a demandée. Le serveur ne voit jamais ni votre réponse, ni la partie du lien après #.',
  'loading.title': 'Ouverture de la demande…',
  'loading.status': 'Vérification que la demande est toujours ouverte.',
  'incomplete.title': 'Vérifiez le lien',
  'incomplete.why':
    'La partie après # contient la clé avec laquelle votre réponse est chiffrée. Certaines applications de messagerie coupent les liens longs ; copier le lien à la main fonctionne généralement.',
  'answered.title': 'Cette demande a reçu une réponse',
  'expired.title': 'Cette demande a expiré',
  'expired.text':
    'On ne peut plus y répondre. Demandez un nouveau lien à la personne qui vous l’a envoyée.',
  'revoked.title': 'Cette demande a été annulée',
  'revoked.text':
    'La personne qui l’a faite l’a retirée : elle n’accepte plus de réponse. Demandez-lui en cas de doute.',
  'unavailable.title': 'Cette demande n’est pas disponible',
  'unavailable.text':
    'Elle a peut-être déjà reçu une réponse, elle a expiré ou elle n’a jamais existé. Demandez un nouveau lien à la personne qui vous l’a envoyée.',
  'loadError.title': 'Impossible d’ouvrir la demande',
  'sent.title': 'Envoyé : seule la personne qui l’a demandé peut le lire',
  'sent.text':
    'Votre réponse a été chiffrée dans ce navigateur pour elle seule ; le serveur ne garde que le texte chiffré et le supprime dès qu’elle l’a lu. Ce lien n’accepte pas de deuxième réponse.',
  'sent.close': 'Vous pouvez fermer cette page.',
  'open.title': 'Quelqu’un vous demande un secret',
  'open.theyWrote': 'Son message :',
  'open.openUntil': 'Ouverte jusqu’au',
  'open.answers': 'Réponses',
  'open.answersOne': 'Une seule : la première réponse est la seule',
  'open.answerLabel': 'Votre réponse',
  'open.answerHint':
    'Saisissez-la ou collez-la telle quelle ; les retours à la ligne et les espaces sont conservés. Elle est chiffrée dans ce navigateur pour la personne qui l’a demandée : ni le serveur ni personne d’autre ne peut la lire.',
  'open.showGenerator':
    'En générer une à la place (un nouveau mot de passe, un code PIN, un jeton…)',
  'open.hideGenerator': 'Masquer le générateur',
  'open.send': 'Chiffrer et envoyer',
  'open.sending': 'Chiffrement et envoi…',
  'open.sendingStatus': 'Chiffrement et envoi de votre réponse…',
  'gen.another': 'Un autre',
  'gen.use': 'Utiliser celui-ci',
} satisfies Catalog;
