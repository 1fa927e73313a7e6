import type { Message } from '../types';

export const speech = {
  'speech.listen': { std: 'Écouter', falc: 'Écouter' },
  'speech.stop': { std: 'Arrêter la lecture', falc: 'Arrêter la lecture' },
  'speech.noVoice': {
    std: 'Aucune voix française n’est installée sur cet appareil : la lecture à voix haute n’est pas possible ici. Demandez à un membre du personnel, ou lisez le texte affiché.',
    falc: 'Aucune voix française n’est installée sur cet appareil. L’appareil ne peut pas lire à voix haute. Demandez de l’aide à une personne de l’accueil.',
  },
  'speech.unsupported': {
    std: 'Ce navigateur ne sait pas lire à voix haute. Demandez à un membre du personnel, ou lisez le texte affiché.',
    falc: 'Cet appareil ne sait pas lire à voix haute. Demandez de l’aide à une personne de l’accueil.',
  },
  'speech.failed': {
    std: 'La lecture à voix haute s’est arrêtée à cause d’un problème de l’appareil.',
    falc: 'La lecture s’est arrêtée. L’appareil a un problème.',
  },
} as const satisfies Record<string, Message>;
