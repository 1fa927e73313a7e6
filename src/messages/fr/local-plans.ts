import type { Message } from '../types';

/** Issue 12: the commune question, the links to the staff's local data and the public address
 * the QR codes hold. The address book and the training sessions' import are in staff-tools.ts,
 * a plan's contact and sessions in plan-places.ts. */
export const localPlans = {
  // --- the commune question and the commune box ---
  'q.commune.title': { std: 'Dans quelle commune habitez-vous ?', falc: 'Dans quelle ville habitez-vous ?' },
  'q.commune.help': {
    std: 'Tapez les premières lettres et choisissez dans la liste. Nous ne demandons jamais votre adresse.',
    falc: 'Écrivez le début du nom. Choisissez dans la liste. Pas besoin de votre adresse.',
  },
  'question.error.commune': {
    std: 'Choisissez une commune dans la liste, ou « Je ne sais pas ».',
    falc: 'Choisissez une ville dans la liste. Ou « Je ne sais pas ».',
  },
  'commune.loading': { std: 'Chargement de la liste des communes…', falc: 'Un instant…' },
  'commune.failed': { std: 'La liste des communes n’a pas pu être chargée.', falc: 'La liste des villes ne marche pas.' },
  'commune.none': { std: 'Aucune commune ne correspond.', falc: 'Pas de ville avec ce nom.' },
  'commune.count': { std: '{count} commune(s) proposée(s) : flèches haut et bas, puis Entrée.', falc: '{count} ville(s). Choisissez avec les flèches, puis Entrée.' },
  'commune.chosen': { std: 'Commune choisie : {name}', falc: 'Ville choisie : {name}' },
  'commune.list': { std: 'Communes', falc: 'Villes' },

  'staff.links': { std: 'Données locales', falc: 'Données locales' },
  'trainings.link': { std: 'Sessions de formation de la Région (import LHÉO)', falc: 'Formations de la Région' },

  // --- the address book (staff) ---
  'directory.link': { std: 'Annuaire local', falc: 'Annuaire local' },

  // --- the address the QR codes hold ---
  'publicUrl.title': { std: 'Adresse des codes QR', falc: 'L’adresse dans les codes QR' },
  'publicUrl.text': { std: 'Les codes QR des plans ouvrent cette adresse :', falc: 'Le téléphone qui lit le code QR ouvre :' },
  'publicUrl.loopback': {
    std: 'Attention : cette adresse ne désigne que cet appareil. Le téléphone d’une personne ne pourra pas ouvrir le plan. Indiquez l’adresse publique de l’application au moment de la construire (VITE_PUBLIC_URL).',
    falc: 'Attention : cette adresse marche seulement sur cet appareil. Un téléphone ne pourra pas ouvrir le plan. Demandez l’adresse publique à la personne qui installe Passerelle.',
  },
  'publicUrl.private': {
    std: 'Attention : cette adresse n’est joignable que depuis le réseau de votre structure. Le téléphone d’une personne ne pourra sans doute pas ouvrir le plan. Indiquez l’adresse publique de l’application au moment de la construire (VITE_PUBLIC_URL).',
    falc: 'Attention : cette adresse marche seulement dans votre structure. Un téléphone ne pourra sans doute pas ouvrir le plan. Demandez l’adresse publique à la personne qui installe Passerelle.',
  },
} as const satisfies Record<string, Message>;
