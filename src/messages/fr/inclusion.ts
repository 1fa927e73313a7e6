import type { Message } from '../types';

/** Words of the language picker, the bilingual plan and the pictograms' text alternatives. */
export const inclusion = {
  'language.legend': { std: 'Langue de l’application', falc: 'Votre langue' },
  'language.loading': { std: 'Chargement de la langue…', falc: 'Un moment…' },
  'language.failed': {
    std: 'Cette langue n’a pas pu être chargée. Réessayez une fois connecté à internet.',
    falc: 'La langue ne marche pas. Essayez plus tard avec internet.',
  },
  'plan.bilingual': { std: 'Plan bilingue (votre langue et le français)', falc: 'Plan en 2 langues' },
  'plan.bilingual.help': {
    std: 'Chaque étape est écrite dans votre langue et en français, pour le professionnel qui vous reçoit.',
    falc: 'Votre langue et le français. Le conseiller peut lire le français.',
  },
  'plan.inFrench': { std: 'En français, pour le professionnel', falc: 'En français, pour le conseiller' },
  'picto.option': { std: 'Image : {name}', falc: 'Image : {name}' },
} as const satisfies Record<string, Message>;
