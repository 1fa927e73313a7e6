import type { Message } from '../types';

/** Keeping files safe: unreadable files, the backup of all files, persistent storage. */
export const safekeeping = {
  'unreadable.newer.title': {
    std: 'Ce dossier a été enregistré par une version plus récente de Passerelle',
    falc: 'Ce dossier vient d’une version plus récente',
  },
  'unreadable.newer.text': {
    std: 'Cette version de l’application ne sait pas encore le lire. Rien n’a été modifié. Mettez Passerelle à jour (rechargez la page connecté à internet), puis rouvrez le dossier. Vous pouvez aussi l’exporter pour le support.',
    falc: 'Cette application est trop ancienne pour ce dossier. Le dossier n’est pas changé. Mettez l’application à jour, puis ouvrez le dossier.',
  },
  'unreadable.damaged.title': { std: 'Ce dossier ne peut pas être lu', falc: 'Ce dossier est abîmé' },
  'unreadable.damaged.text': {
    std: 'Les données enregistrées pour ce dossier sont incomplètes ou abîmées. Rien n’a été modifié. Vous pouvez l’exporter pour le support, qui pourra peut-être le réparer, ou l’oublier et en créer un nouveau.',
    falc: 'Le dossier est abîmé. Il n’est pas changé. Vous pouvez l’envoyer au support. Ou l’effacer et faire un nouveau dossier.',
  },
  'unreadable.storage.title': { std: 'Ce dossier ne peut pas être ouvert pour le moment', falc: 'Le dossier ne s’ouvre pas' },
  'unreadable.storage.text': {
    std: 'Le stockage de l’appareil n’a pas répondu. Rien n’a été modifié. Rechargez la page ; si cela continue, exportez vos dossiers depuis la liste.',
    falc: 'L’appareil ne répond pas. Le dossier n’est pas changé. Rechargez la page.',
  },
  'unreadable.export': { std: 'Exporter pour le support', falc: 'Envoyer au support' },
  'unreadable.readOnly': { std: 'Voir les réponses (lecture seule)', falc: 'Voir les réponses' },
  'unreadable.readOnly.title': { std: 'Réponses enregistrées (lecture seule)', falc: 'Les réponses (on ne peut pas les changer)' },
  'unreadable.name': { std: 'Dossier illisible', falc: 'Dossier abîmé' },
} as const satisfies Record<string, Message>;
