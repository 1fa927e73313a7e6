import type { Message } from '../types';

export const common = {
  'app.name': { std: 'Passerelle', falc: 'Passerelle' },
  'app.tagline': {
    std: 'Construire son parcours vers une formation et un emploi, pas à pas.',
    falc: 'Trouver une formation et un travail. Pas à pas.',
  },
  'nav.home': { std: 'Accueil', falc: 'Accueil' },
  'nav.skip': { std: 'Aller au contenu', falc: 'Aller au contenu' },
  'nav.main': { std: 'Navigation principale', falc: 'Menu' },
  'action.back': { std: 'Retour', falc: 'Retour' },
  'action.next': { std: 'Étape suivante', falc: 'Suivant' },
  'action.cancel': { std: 'Annuler', falc: 'Annuler' },
  'action.confirm': { std: 'Confirmer', falc: 'Oui, je confirme' },
  'action.close': { std: 'Fermer', falc: 'Fermer' },
  'status.loading': { std: 'Chargement…', falc: 'Un instant…' },
  'status.saved': { std: 'Enregistré', falc: 'Enregistré' },
  'status.saving': { std: 'Enregistrement…', falc: 'J’enregistre…' },
  'storage.unavailable': {
    std: 'Ce navigateur ne permet pas d’enregistrer les données sur cet appareil (navigation privée ?). Vous pouvez continuer, mais rien ne sera gardé après la fermeture de la page.',
    falc: 'Attention : cet appareil ne peut pas garder vos réponses. Vous pouvez continuer. Mais tout sera effacé quand vous fermerez la page.',
  },
  'storage.writeFailed': {
    std: 'L’appareil n’a plus de place pour enregistrer. Vous pouvez continuer, mais les nouvelles réponses ne seront pas gardées après la fermeture de la page. Libérez de la place, puis rechargez la page.',
    falc: 'Attention : l’appareil est plein. Vos nouvelles réponses ne seront pas gardées. Demandez de l’aide pour faire de la place.',
  },
  'storage.closed': {
    std: 'Les données enregistrées sur cet appareil viennent d’être effacées par le navigateur, ou mises à jour depuis une autre fenêtre. Ce que vous faites ici reste en mémoire jusqu’à la fermeture de la page, mais n’est plus enregistré : exportez le dossier ouvert, puis rechargez la page.',
    falc: 'Attention : l’appareil n’enregistre plus. Vos réponses restent jusqu’à la fermeture de la page. Exportez le dossier, puis rechargez la page.',
  },
  'update.available': {
    std: 'Nouvelle version disponible.',
    falc: 'Nouvelle version disponible.',
  },
  'update.reload': {
    std: 'Mettre à jour (vos réponses sont gardées)',
    falc: 'Mettre à jour. Vos réponses restent.',
  },
  'update.later': { std: 'Plus tard', falc: 'Plus tard' },
  'offline.ready': {
    std: 'Passerelle est prête à fonctionner sans internet sur cet appareil.',
    falc: 'Passerelle marche maintenant sans internet.',
  },
  'error.unexpected': {
    std: 'Un problème inattendu est survenu. Vos réponses déjà enregistrées sont gardées. Rechargez la page pour continuer.',
    falc: 'Il y a un problème. Vos réponses sont gardées. Rechargez la page.',
  },
  'error.reload': { std: 'Recharger la page', falc: 'Recharger' },
  'notFound.title': { std: 'Page introuvable', falc: 'Cette page n’existe pas' },
  'comingSoon': {
    std: 'Cet espace est en préparation.',
    falc: 'Cette partie n’est pas encore prête.',
  },
} as const satisfies Record<string, Message>;
