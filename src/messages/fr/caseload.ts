import type { Message } from '../types';

export const caseload = {
  'caseload.title': { std: 'Les dossiers sur cet appareil', falc: 'Les dossiers' },
  'caseload.intro': {
    std: 'Chaque dossier garde les réponses d’une personne sur cet appareil seulement. Rien n’est envoyé sur internet.',
    falc: 'Un dossier = les réponses d’une personne. Elles restent sur cet appareil.',
  },
  'caseload.new': { std: 'Nouveau dossier', falc: 'Nouveau dossier' },
  'caseload.import': { std: 'Importer un dossier', falc: 'Importer un dossier' },
  'caseload.settings': { std: 'Réglages', falc: 'Réglages' },
  'caseload.search': { std: 'Chercher un prénom ou un surnom', falc: 'Chercher un prénom' },
  'caseload.empty': {
    std: 'Aucun dossier pour le moment. Créez-en un avec « Nouveau dossier ».',
    falc: 'Il n’y a pas encore de dossier.',
  },
  'caseload.noMatch': { std: 'Aucun dossier ne correspond à « {query} ».', falc: 'Aucun dossier pour « {query} ».' },
  'caseload.count': { std: '{shown} dossier(s) affiché(s) sur {total}', falc: '{shown} dossier(s) sur {total}' },
  'caseload.showMore': { std: 'Afficher plus de dossiers', falc: 'Voir plus' },
  'caseload.column.name': { std: 'Prénom ou surnom', falc: 'Prénom' },
  'caseload.column.parcours': { std: 'Parcours', falc: 'Parcours' },
  'caseload.column.progress': { std: 'Avancement', falc: 'Où en est la personne' },
  'caseload.column.updated': { std: 'Dernière modification', falc: 'Modifié le' },
  'caseload.parcours.none': { std: 'Pas encore choisi', falc: 'Pas encore choisi' },
  'caseload.progress.step': { std: 'Étape {step} sur {stepCount}', falc: 'Étape {step} sur {stepCount}' },
  'caseload.progress.done': { std: 'Plan prêt', falc: 'Plan prêt' },
  'caseload.open': { std: 'Ouvrir le dossier de {name}', falc: 'Ouvrir le dossier de {name}' },
  'caseload.purged': {
    std: '{count} dossier(s) non modifié(s) depuis plus de {days} jours ont été supprimés de cet appareil, comme prévu par la durée de conservation.',
    falc: '{count} dossier(s) trop anciens ont été effacés. Ils n’avaient pas changé depuis {days} jours.',
  },

  'newFile.title': { std: 'Nouveau dossier', falc: 'Nouveau dossier' },
  'newFile.intro': {
    std: 'Nous demandons seulement un prénom ou un surnom, et l’accord de la personne. Pas de date de naissance, pas d’adresse, pas de numéro de sécurité sociale.',
    falc: 'On demande seulement un prénom ou un surnom. Et votre accord.',
  },
  'newFile.nickname': { std: 'Prénom ou surnom', falc: 'Prénom ou surnom' },
  'newFile.nickname.help': {
    std: 'Un surnom suffit : il sert à retrouver le dossier.',
    falc: 'Un surnom, c’est bien aussi.',
  },
  'newFile.nickname.required': { std: 'Écrivez un prénom ou un surnom.', falc: 'Écrivez un prénom ou un surnom.' },
  'newFile.nickname.tooLong': { std: 'Le prénom ou surnom doit faire 40 caractères au plus.', falc: 'Ce prénom est trop long. 40 lettres au plus.' },
  'newFile.consent.legend': { std: 'Accord de la personne', falc: 'Votre accord' },
  'newFile.consent.text': {
    std: 'J’accepte que mes réponses soient gardées sur cet appareil pour préparer mon parcours avec la personne qui m’accompagne. Je peux demander à tout moment de voir, d’emporter ou d’effacer mon dossier. Sans modification, il est effacé au bout de {days} jours.',
    falc: 'Je suis d’accord. Mes réponses restent sur cet appareil. Elles servent à préparer mon parcours. Je peux demander de les effacer quand je veux. Elles sont effacées après {days} jours sans changement.',
  },
  'newFile.consent.required': {
    std: 'Sans l’accord de la personne, le dossier ne peut pas être créé.',
    falc: 'Il faut l’accord de la personne pour créer le dossier.',
  },
  'newFile.create': { std: 'Créer le dossier et commencer', falc: 'Créer et commencer' },
  'newFile.errorSummary': { std: 'Le formulaire contient des erreurs :', falc: 'Il y a des erreurs :' },

  'file.forget': { std: 'Oublier cette personne', falc: 'Effacer ce dossier' },
  'file.forget.title': { std: 'Oublier {name} ?', falc: 'Effacer le dossier de {name} ?' },
  'file.forget.text': {
    std: 'Toutes les réponses et le plan de {name} seront effacés de cet appareil. Ce n’est pas réversible.',
    falc: 'Toutes les réponses de {name} seront effacées. On ne pourra pas les retrouver.',
  },
  'file.forget.confirm': { std: 'Oui, tout effacer', falc: 'Oui, tout effacer' },
  'file.forgotten': { std: 'Le dossier de {name} a été effacé de cet appareil.', falc: 'Le dossier de {name} est effacé.' },
  'file.export': { std: 'Exporter ce dossier (fichier)', falc: 'Enregistrer ce dossier dans un fichier' },
  'file.backToList': { std: 'Retour à la liste des dossiers', falc: 'Retour aux dossiers' },
  'file.notFound': {
    std: 'Ce dossier n’existe pas sur cet appareil. Il a peut-être été effacé.',
    falc: 'Ce dossier n’est pas sur cet appareil.',
  },
  'file.heading': { std: 'Dossier de {name}', falc: 'Dossier de {name}' },

  'import.title': { std: 'Importer un dossier', falc: 'Importer un dossier' },
  'import.choose': { std: 'Choisir le fichier du dossier (.json)', falc: 'Choisir le fichier' },
  'import.done': { std: 'Le dossier de {name} a été importé.', falc: 'Le dossier de {name} est importé.' },
  'import.error.notJson': {
    std: 'Ce fichier n’est pas un dossier Passerelle lisible. Rien n’a été modifié.',
    falc: 'Ce fichier ne marche pas. Rien n’a changé.',
  },
  'import.error.foreign': {
    std: 'Ce fichier ne vient pas de Passerelle, ou il est abîmé. Rien n’a été modifié.',
    falc: 'Ce fichier ne vient pas de Passerelle. Rien n’a changé.',
  },
  'import.error.tooLarge': {
    std: 'Ce fichier est trop gros pour être un dossier Passerelle. Rien n’a été modifié.',
    falc: 'Ce fichier est trop gros. Rien n’a changé.',
  },
  'import.error.newerVersion': {
    std: 'Ce dossier vient d’une version plus récente de Passerelle. Mettez l’application à jour, puis réessayez. Rien n’a été modifié.',
    falc: 'Ce dossier vient d’une version plus récente. Mettez Passerelle à jour. Rien n’a changé.',
  },
  'import.replace.title': { std: 'Remplacer un dossier plus récent ?', falc: 'Remplacer un dossier plus récent ?' },
  'import.replace.text': {
    std: 'Cet appareil a déjà le dossier de {name}, modifié le {local}. Le fichier date du {incoming}, il est plus ancien. Le remplacer effacera les changements faits ici depuis.',
    falc: 'Le dossier de {name} existe déjà ici. Il est plus récent que le fichier. Si vous remplacez, les derniers changements seront perdus.',
  },
  'import.replace.confirm': { std: 'Remplacer par le fichier', falc: 'Remplacer' },
  'import.replace.keep': { std: 'Garder le dossier de cet appareil', falc: 'Garder le dossier d’ici' },

  'settings.title': { std: 'Réglages', falc: 'Réglages' },
  'settings.retention': { std: 'Durée de conservation des dossiers non modifiés (en jours)', falc: 'Effacer les dossiers après combien de jours sans changement ?' },
  'settings.retention.help': {
    std: 'Un dossier qui n’a pas changé depuis ce nombre de jours est effacé au démarrage. 90 jours par défaut.',
    falc: 'Par défaut : 90 jours.',
  },
  'settings.retention.invalid': { std: 'Indiquez un nombre de jours entre 7 et 730.', falc: 'Écrivez un nombre entre 7 et 730.' },
  'settings.structure': { std: 'Nom de votre structure (affiché sur le plan imprimé)', falc: 'Nom de votre structure' },
  'settings.structure.tooLong': { std: 'Le nom doit faire 80 caractères au plus.', falc: 'Ce nom est trop long.' },
  'settings.save': { std: 'Enregistrer les réglages', falc: 'Enregistrer' },
  'settings.saved': { std: 'Réglages enregistrés.', falc: 'C’est enregistré.' },
} as const satisfies Record<string, Message>;
