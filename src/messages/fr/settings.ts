import type { Message } from '../types';

/** Words of Réglages only: the backup and its restore, the sync settings, the storage's persistence. */
export const settings = {
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
  'sync.title': { std: 'Synchronisation', falc: 'Partager avec les autres appareils' },
  'sync.intro': {
    std: 'Les appareils de la structure peuvent partager leurs dossiers par le serveur de la structure. Tout est chiffré sur cet appareil avant l’envoi : le serveur ne peut rien lire.',
    falc: 'Les appareils de la structure peuvent partager les dossiers. Tout est codé avant l’envoi. Le serveur ne peut pas lire les dossiers.',
  },
  'sync.unavailable': {
    std: 'Cette version de Passerelle n’a pas de serveur de synchronisation. La personne qui l’installe pour la structure peut en indiquer un.',
    falc: 'Cette version ne peut pas partager les dossiers. Demandez à la personne qui gère Passerelle.',
  },
  'sync.url': { std: 'Adresse de la base de la structure', falc: 'Adresse du serveur de la structure' },
  'sync.url.help': { std: 'Par exemple {example}', falc: 'Par exemple {example}' },
  'sync.deviceName': { std: 'Nom de cet appareil', falc: 'Nom de cet appareil' },
  'sync.deviceName.help': {
    std: 'Vos collègues le voient quand deux réponses différentes ont été données, par exemple « Tablette accueil ».',
    falc: 'Par exemple « Tablette accueil ». Les collègues voient ce nom.',
  },
  'sync.username': { std: 'Identifiant de cet appareil sur le serveur', falc: 'Identifiant de l’appareil' },
  'sync.password': { std: 'Mot de passe de cet appareil sur le serveur', falc: 'Mot de passe de l’appareil' },
  'sync.passphrase': { std: 'Phrase secrète de la structure', falc: 'Phrase secrète de la structure' },
  'sync.passphrase.help': {
    std: 'La même sur tous les appareils de la structure : elle chiffre les dossiers. Pour le premier appareil, faites-en proposer une.',
    falc: 'C’est la même phrase sur tous les appareils. Elle protège les dossiers.',
  },
  'sync.passphrase.generate': { std: 'Proposer une phrase secrète', falc: 'Proposer une phrase' },
  'sync.passphrase.shown': {
    std: 'Notez cette phrase sur papier maintenant et rangez-la dans le bureau de la structure : elle ne sera plus jamais affichée. Sans elle, aucun autre appareil ne pourra lire les dossiers.',
    falc: 'Écrivez cette phrase sur un papier. Rangez le papier au bureau. Elle ne sera plus montrée.',
  },
  'sync.share.legend': { std: 'Quels dossiers de cet appareil partager ?', falc: 'Quels dossiers partager ?' },
  'sync.share.help': {
    std: 'Les dossiers non cochés restent sur cet appareil seulement. Les nouveaux dossiers seront partagés.',
    falc: 'Un dossier pas coché reste ici. Les nouveaux dossiers seront partagés.',
  },
  'sync.submit': { std: 'Activer la synchronisation', falc: 'Activer le partage' },
  'sync.checking': { std: 'Vérification auprès du serveur…', falc: 'Un moment…' },
  'sync.on': {
    std: 'La synchronisation est activée sur cet appareil, nommé « {device} », avec {url}.',
    falc: 'Le partage est activé. Cet appareil s’appelle « {device} ».',
  },
  'sync.turnOff': { std: 'Arrêter la synchronisation sur cet appareil', falc: 'Arrêter le partage' },
  'sync.turnedOff': {
    std: 'La synchronisation est arrêtée. Les dossiers restent sur cet appareil.',
    falc: 'Le partage est arrêté. Les dossiers restent ici.',
  },
  'sync.error.required': { std: 'Remplissez ce champ.', falc: 'Écrivez quelque chose ici.' },
  'sync.error.address.invalid': { std: 'Ce n’est pas une adresse web (elle commence par https://).', falc: 'Cette adresse ne marche pas.' },
  'sync.error.address.insecure': {
    std: 'L’adresse doit commencer par https:// : une connexion non chiffrée n’est permise que vers cet appareil même.',
    falc: 'L’adresse doit commencer par https://',
  },
  'sync.error.address.otherHost': { std: 'Cette version de Passerelle ne peut joindre que {origin}.', falc: 'Le serveur doit être {origin}.' },
  'sync.error.address.noDatabase': {
    std: 'Ajoutez le nom de la base de la structure à la fin de l’adresse, par exemple {example}.',
    falc: 'Il manque le nom de la base. Par exemple {example}.',
  },
  'sync.error.address.notConfigured': { std: 'Cette version de Passerelle n’a pas de serveur de synchronisation.', falc: 'Le partage n’est pas possible ici.' },
  'sync.error.passphrase.short': { std: 'La phrase secrète doit compter au moins 4 mots.', falc: 'Il faut au moins 4 mots.' },

  // --- the address book in a backup ---
  'restore.plan.directory': {
    std: '{count} contact(s) de l’annuaire local seront remis ; ceux de cet appareil absents de la sauvegarde restent.',
    falc: '{count} adresse(s) de l’annuaire seront remises.',
  },
} as const satisfies Record<string, Message>;
