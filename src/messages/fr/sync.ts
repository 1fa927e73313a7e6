import type { Message } from '../types';

/** The sync of a structure's devices as the caseload and a file show it; its settings are in
 * settings.ts (Réglages). */
export const sync = {
  'sync.caseload.intro': {
    std: 'Chaque dossier garde les réponses d’une personne. Ils sont partagés, chiffrés, avec les autres appareils de la structure.',
    falc: 'Un dossier = les réponses d’une personne. Les autres appareils de la structure les voient aussi.',
  },
  'sync.status.connecting': { std: 'Synchronisation : connexion au serveur…', falc: 'Connexion au serveur…' },
  'sync.status.syncing': { std: 'Synchronisation en cours…', falc: 'Partage en cours…' },
  'sync.status.syncedNow': { std: 'Synchronisé à l’instant', falc: 'Partagé à l’instant' },
  'sync.status.synced': { std: 'Synchronisé il y a {minutes} min', falc: 'Partagé il y a {minutes} min' },
  'sync.status.offline': { std: 'Hors ligne : {count} dossier(s) à envoyer', falc: 'Pas de connexion : {count} dossier(s) à envoyer' },
  'sync.retry': { std: 'Réessayer', falc: 'Réessayer' },
  'sync.alternatives.title': { std: 'Réponses données sur d’autres appareils', falc: 'Réponses d’un autre appareil' },
  'sync.alternative': {
    std: '{question} : une autre réponse a été donnée sur l’appareil {device} le {date} : « {answer} ».',
    falc: '{question} : sur l’appareil {device}, le {date}, la réponse était « {answer} ».',
  },
  'sync.alternatives.dismiss': { std: 'J’ai vu, ne plus afficher', falc: 'J’ai vu' },
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
} as const satisfies Record<string, Message>;
