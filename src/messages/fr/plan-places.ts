import type { Message } from '../types';

/** Words of a plan's local part: the chosen contact, the next training sessions. */
export const planPlaces = {
  // --- the chosen contact on a plan ---
  'contact.scope.commune': { std: 'Dans votre commune', falc: 'Dans votre ville' },
  'contact.scope.departement': { std: 'Dans votre département', falc: 'Près de chez vous' },
  'contact.phone': { std: 'Tél. {phone}', falc: 'Téléphone : {phone}' },
  'contact.hours': { std: 'Horaires : {hours}', falc: 'Ouvert : {hours}' },
  'contact.permanences': { std: 'Permanences : {text}', falc: 'Aussi : {text}' },

  // --- next sessions on a titre's training step ---
  'sessions.title': { std: 'Prochaines sessions', falc: 'Les prochaines formations' },
  'sessions.fallback': {
    std: 'Sessions au titre proche (même intitulé, code RNCP différent ou absent) : à vérifier avec l’organisme.',
    falc: 'Formations qui ressemblent : à vérifier.',
  },
  'sessions.line': { std: 'du {start} au {end} — {organisme}, {commune} ({dep})', falc: 'du {start} au {end} — {organisme}, {commune} ({dep})' },
  'sessions.lineNoEnd': { std: 'à partir du {start} — {organisme}, {commune} ({dep})', falc: 'à partir du {start} — {organisme}, {commune} ({dep})' },
  'sessions.prf': { std: 'financée par la Région', falc: 'payée par la Région' },
  'sessions.rhythm': { std: 'rythme : {rhythm}', falc: '{rhythm}' },
  'sessions.near.commune': { std: 'dans votre commune', falc: 'dans votre ville' },
  'sessions.near.departement': { std: 'dans votre département', falc: 'près de chez vous' },
  'sessions.near.region': { std: 'en Centre-Val de Loire', falc: 'dans la région' },
  'sessions.importedOn': { std: 'Offre de formation du {date}.', falc: 'Liste du {date}.' },
} as const satisfies Record<string, Message>;
