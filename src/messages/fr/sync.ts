import type { Message } from '../types';

/** The sync of a structure's devices (src/sync, Réglages, the caseload's status line). */
export const sync = {
  'sync.title': { std: 'Synchronisation', falc: 'Partager avec les autres appareils' },
  'sync.intro': {
    std: 'Les appareils de la structure peuvent partager leurs dossiers par le serveur de la structure. Tout est chiffré sur cet appareil avant l’envoi : le serveur ne peut rien lire.',
    falc: 'Les appareils de la structure peuvent partager les dossiers. Tout est codé avant l’envoi. Le serveur ne peut pas lire les dossiers.',
  },
  'sync.caseload.intro': {
    std: 'Chaque dossier garde les réponses d’une personne. Ils sont partagés, chiffrés, avec les autres appareils de la structure.',
    falc: 'Un dossier = les réponses d’une personne. Les autres appareils de la structure les voient aussi.',
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
  'sync.status.connecting': { std: 'Synchronisation : connexion au serveur…', falc: 'Connexion au serveur…' },
  'sync.status.syncing': { std: 'Synchronisation en cours…', falc: 'Partage en cours…' },
  'sync.status.syncedNow': { std: 'Synchronisé à l’instant', falc: 'Partagé à l’instant' },
  'sync.status.synced': { std: 'Synchronisé il y a {minutes} min', falc: 'Partagé il y a {minutes} min' },
  'sync.status.offline': { std: 'Hors ligne : {count} dossier(s) à envoyer', falc: 'Pas de connexion : {count} dossier(s) à envoyer' },
  'sync.failure.unauthorized': {
    std: 'Le serveur refuse ce mot de passe. Vérifiez l’identifiant et le mot de passe de l’appareil dans les Réglages.',
    falc: 'Le serveur refuse ce mot de passe.',
  },
  'sync.failure.forbidden': { std: 'Le serveur refuse à cet appareil l’accès à la base de la structure.', falc: 'Cet appareil n’a pas le droit d’entrer.' },
  'sync.failure.notFound': { std: 'Le serveur n’a pas de base à cette adresse.', falc: 'L’adresse du serveur est fausse.' },
  'sync.failure.wrongPassphrase': {
    std: 'Cette phrase secrète n’est pas celle de la structure : aucun dossier n’a été partagé ni affiché.',
    falc: 'Ce n’est pas la bonne phrase secrète. Rien n’est partagé.',
  },
  'sync.failure.storage': {
    std: 'Cet appareil ne peut pas garder sa copie chiffrée des dossiers (mémoire pleine ou navigation privée).',
    falc: 'Cet appareil n’a plus de place pour partager.',
  },
  'sync.failure.server': { std: 'Le serveur a répondu par une erreur. Réessayez plus tard.', falc: 'Le serveur ne marche pas. Réessayez plus tard.' },
  'sync.failure.offline': {
    std: 'Le serveur ne répond pas. Vérifiez l’adresse et la connexion à internet.',
    falc: 'Le serveur ne répond pas. Regardez la connexion internet.',
  },
  'sync.retry': { std: 'Réessayer', falc: 'Réessayer' },
  'sync.alternatives.title': { std: 'Réponses données sur d’autres appareils', falc: 'Réponses d’un autre appareil' },
  'sync.alternative': {
    std: '{question} : une autre réponse a été donnée sur l’appareil {device} le {date} : « {answer} ».',
    falc: '{question} : sur l’appareil {device}, le {date}, la réponse était « {answer} ».',
  },
  'sync.alternatives.dismiss': { std: 'J’ai vu, ne plus afficher', falc: 'J’ai vu' },
} as const satisfies Record<string, Message>;
