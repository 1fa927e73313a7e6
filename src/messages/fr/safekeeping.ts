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
  'file.changedElsewhere': {
    std: 'Ce dossier a été modifié dans un autre onglet ou une autre fenêtre : il est affiché ici tel qu’il est maintenant enregistré.',
    falc: 'Ce dossier a changé dans une autre fenêtre. Vous voyez maintenant la dernière version.',
  },
  'storage.closed': {
    std: 'Les données enregistrées sur cet appareil viennent d’être effacées par le navigateur, ou mises à jour depuis une autre fenêtre. Ce que vous faites ici reste en mémoire jusqu’à la fermeture de la page, mais n’est plus enregistré : exportez le dossier ouvert, puis rechargez la page.',
    falc: 'Attention : l’appareil n’enregistre plus. Vos réponses restent jusqu’à la fermeture de la page. Exportez le dossier, puis rechargez la page.',
  },
  'unreadable.name': { std: 'Dossier illisible', falc: 'Dossier abîmé' },
  'backup.title': { std: 'Sauvegarde de tous les dossiers', falc: 'Sauvegarder les dossiers' },
  'backup.intro': {
    std: 'Si la tablette est perdue ou cassée, les dossiers sont perdus avec elle. Une sauvegarde met tous les dossiers et les réglages dans un seul fichier chiffré : sans la phrase de passe, personne ne peut le lire. Gardez le fichier et la phrase de passe à deux endroits différents.',
    falc: 'Si la tablette est perdue, les dossiers sont perdus. La sauvegarde met tous les dossiers dans un fichier. Le fichier est fermé par une phrase secrète.',
  },
  'backup.last': { std: 'Dernière sauvegarde : {date}.', falc: 'Dernière sauvegarde : {date}.' },
  'backup.never': { std: 'Aucune sauvegarde n’a été faite sur cet appareil.', falc: 'Pas encore de sauvegarde.' },
  'backup.passphrase': { std: 'Phrase de passe', falc: 'Phrase secrète' },
  'backup.passphrase.help': {
    std: 'Au moins {min} caractères. Plusieurs mots faciles à retenir valent mieux qu’un mot compliqué. Elle n’est gardée nulle part : si elle est oubliée, la sauvegarde ne pourra pas être ouverte.',
    falc: 'Au moins {min} lettres ou chiffres. Notez-la à part. Sans elle, on ne peut pas ouvrir la sauvegarde.',
  },
  'backup.passphrase.tooShort': { std: 'La phrase de passe doit faire au moins {min} caractères.', falc: 'La phrase est trop courte : {min} lettres au moins.' },
  'backup.passphrase.confirm': { std: 'Répétez la phrase de passe', falc: 'Écrivez encore la phrase secrète' },
  'backup.passphrase.mismatch': { std: 'Les deux phrases de passe ne sont pas identiques.', falc: 'Les 2 phrases ne sont pas pareilles.' },
  'backup.create': { std: 'Sauvegarder tous les dossiers', falc: 'Sauvegarder tous les dossiers' },
  'backup.working': { std: 'Chiffrement en cours…', falc: 'Un instant…' },
  'backup.done': {
    std: 'Sauvegarde prête : {count} dossier(s) dans le fichier « {name} ». Rangez-le hors de cet appareil (clé USB, espace de la structure).',
    falc: 'C’est fait : {count} dossier(s) dans le fichier. Rangez le fichier hors de la tablette.',
  },
  'backup.failed': { std: 'La sauvegarde n’a pas pu être faite. Rien n’a été modifié. Réessayez.', falc: 'La sauvegarde n’a pas marché. Réessayez.' },
  'backup.reminderDays': { std: 'Rappel de sauvegarde après (jours)', falc: 'Me rappeler de sauvegarder après (jours)' },
  'backup.reminderDays.help': { std: 'De 1 à 90 jours ; 0 pour ne jamais le rappeler. Jamais en mode borne.', falc: 'Entre 1 et 90. Mettez 0 pour ne pas avoir de rappel.' },
  'backup.reminderDays.invalid': { std: 'Indiquez un nombre de jours entre 0 et 90.', falc: 'Écrivez un nombre entre 0 et 90.' },
  'backup.reminder': {
    std: 'Pensez à sauvegarder les dossiers : la dernière sauvegarde date de plus de {days} jours.',
    falc: 'Pensez à sauvegarder les dossiers. La dernière sauvegarde est ancienne.',
  },
  'backup.reminder.never': { std: 'Pensez à sauvegarder les dossiers : aucune sauvegarde n’a encore été faite sur cet appareil.', falc: 'Pensez à sauvegarder les dossiers. Il n’y a pas encore de sauvegarde.' },
  'backup.reminder.link': { std: 'Sauvegarder maintenant', falc: 'Sauvegarder' },
  'restore.title': { std: 'Restaurer une sauvegarde', falc: 'Remettre une sauvegarde' },
  'restore.intro': {
    std: 'Remet sur cet appareil les dossiers d’une sauvegarde. Avant de modifier quoi que ce soit, l’application montre ce qui sera ajouté ou remplacé.',
    falc: 'Remet les dossiers d’une sauvegarde sur cette tablette. On vous montre d’abord ce qui va changer.',
  },
  'restore.file': { std: 'Fichier de sauvegarde', falc: 'Le fichier de sauvegarde' },
  'restore.file.missing': { std: 'Choisissez le fichier de sauvegarde.', falc: 'Choisissez le fichier.' },
  'restore.passphrase': { std: 'Phrase de passe de la sauvegarde', falc: 'La phrase secrète de la sauvegarde' },
  'restore.passphrase.missing': { std: 'Écrivez la phrase de passe choisie lors de la sauvegarde.', falc: 'Écrivez la phrase secrète.' },
  'restore.read': { std: 'Lire la sauvegarde', falc: 'Ouvrir la sauvegarde' },
  'restore.working': { std: 'Lecture de la sauvegarde…', falc: 'Un instant…' },
  'restore.error.wrongPassphrase': {
    std: 'La phrase de passe ne correspond pas à cette sauvegarde. Rien n’a été modifié. Vérifiez les majuscules et les espaces, puis réessayez.',
    falc: 'Ce n’est pas la bonne phrase secrète. Rien n’a changé. Réessayez.',
  },
  'restore.error.truncated': {
    std: 'Ce fichier de sauvegarde est incomplet (coupé pendant la copie ?). Rien n’a été modifié. Reprenez une copie complète du fichier.',
    falc: 'Le fichier est coupé. Il manque un morceau. Rien n’a changé. Prenez une autre copie.',
  },
  'restore.error.damaged': {
    std: 'Ce fichier de sauvegarde est abîmé et ne peut pas être lu. Rien n’a été modifié. Essayez une autre copie de la sauvegarde.',
    falc: 'Le fichier est abîmé. Rien n’a changé. Essayez une autre copie.',
  },
  'restore.error.newer': {
    std: 'Cette sauvegarde a été faite par une version plus récente de Passerelle. Rien n’a été modifié. Mettez l’application à jour, puis recommencez.',
    falc: 'Cette sauvegarde vient d’une version plus récente. Rien n’a changé. Mettez l’application à jour.',
  },
  'restore.error.notBackup': {
    std: 'Ce fichier n’est pas une sauvegarde Passerelle. Rien n’a été modifié. (Un dossier exporté seul s’importe depuis la liste des dossiers.)',
    falc: 'Ce fichier n’est pas une sauvegarde. Rien n’a changé.',
  },
  'restore.error.tooLarge': { std: 'Ce fichier est bien trop gros pour être une sauvegarde Passerelle. Rien n’a été modifié.', falc: 'Ce fichier est trop gros. Rien n’a changé.' },
  'restore.plan.title': { std: 'Ce que la restauration va faire', falc: 'Ce qui va changer' },
  'restore.plan.date': { std: 'Sauvegarde faite le {date}.', falc: 'Sauvegarde du {date}.' },
  'restore.plan.add': { std: '{count} dossier(s) ajouté(s) :', falc: '{count} dossier(s) en plus :' },
  'restore.plan.replace': { std: '{count} dossier(s) remplacé(s) par la copie de la sauvegarde :', falc: '{count} dossier(s) remplacé(s) :' },
  'restore.plan.keep': {
    std: '{count} dossier(s) gardé(s) tels qu’ils sont sur cet appareil (modifiés depuis la sauvegarde) :',
    falc: '{count} dossier(s) gardé(s) comme sur la tablette :',
  },
  'restore.plan.expired': {
    std: '{count} dossier(s) non restauré(s) : non modifiés depuis plus longtemps que la durée de conservation.',
    falc: '{count} dossier(s) trop anciens ne seront pas remis.',
  },
  'restore.plan.unreadable': {
    std: '{count} dossier(s) non restauré(s) : cette version de l’application ne sait pas les lire.',
    falc: '{count} dossier(s) ne peuvent pas être lus. Ils ne seront pas remis.',
  },
  'restore.plan.settings': { std: 'Les réglages de la sauvegarde remplaceront ceux de cet appareil.', falc: 'Les réglages de la sauvegarde seront remis.' },
  'restore.plan.nothing': { std: 'Aucun dossier à ajouter ni à remplacer.', falc: 'Aucun dossier à remettre.' },
  'restore.confirm': { std: 'Restaurer', falc: 'Oui, remettre' },
  'restore.cancel': { std: 'Annuler, ne rien changer', falc: 'Non, ne rien changer' },
  'restore.done': { std: 'Restauration terminée : {count} dossier(s) remis sur cet appareil.', falc: 'C’est fait : {count} dossier(s) remis.' },
  'restore.cancelled': { std: 'Restauration annulée. Rien n’a été modifié.', falc: 'Annulé. Rien n’a changé.' },
  'persistence.title': { std: 'Protection des données de cet appareil', falc: 'Protection des dossiers' },
  'persistence.granted': {
    std: 'Le navigateur garde les dossiers de façon durable : il ne les effacera pas pour faire de la place sans vous le demander.',
    falc: 'Le navigateur garde bien les dossiers.',
  },
  'persistence.denied': {
    std: 'Le navigateur n’a pas accordé le stockage durable : s’il manque de place, il pourrait effacer les dossiers. Faites des sauvegardes régulières ; installer l’application sur l’écran d’accueil aide souvent à l’obtenir.',
    falc: 'Attention : le navigateur peut effacer les dossiers s’il manque de place. Faites souvent des sauvegardes.',
  },
  'persistence.unsupported': {
    std: 'Ce navigateur ne dit pas s’il garde les dossiers de façon durable. Faites des sauvegardes régulières.',
    falc: 'On ne sait pas si le navigateur garde bien les dossiers. Faites souvent des sauvegardes.',
  },
  'persistence.checking': { std: 'Vérification…', falc: 'Un instant…' },
} as const satisfies Record<string, Message>;
