import type { Message } from '../types';

/** Keeping files safe: unreadable files and the backup reminder; the backup itself and persistent
 * storage are Réglages' words (settings.ts). */
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
  'file.changedElsewhere': {
    std: 'Ce dossier a été modifié dans un autre onglet ou une autre fenêtre : il est affiché ici tel qu’il est maintenant enregistré.',
    falc: 'Ce dossier a changé dans une autre fenêtre. Vous voyez maintenant la dernière version.',
  },
  'unreadable.name': { std: 'Dossier illisible', falc: 'Dossier abîmé' },
  'backup.reminderDays': { std: 'Rappel de sauvegarde après (jours)', falc: 'Me rappeler de sauvegarder après (jours)' },
  'backup.reminderDays.help': { std: 'De 1 à 90 jours ; 0 pour ne jamais le rappeler. Jamais en mode borne.', falc: 'Entre 1 et 90. Mettez 0 pour ne pas avoir de rappel.' },
  'backup.reminderDays.invalid': { std: 'Indiquez un nombre de jours entre 0 et 90.', falc: 'Écrivez un nombre entre 0 et 90.' },
  'backup.reminder': {
    std: 'Pensez à sauvegarder les dossiers : la dernière sauvegarde date de plus de {days} jours.',
    falc: 'Pensez à sauvegarder les dossiers. La dernière sauvegarde est ancienne.',
  },
  'backup.reminder.never': { std: 'Pensez à sauvegarder les dossiers : aucune sauvegarde n’a encore été faite sur cet appareil.', falc: 'Pensez à sauvegarder les dossiers. Il n’y a pas encore de sauvegarde.' },
  'backup.reminder.link': { std: 'Sauvegarder maintenant', falc: 'Sauvegarder' },
} as const satisfies Record<string, Message>;
