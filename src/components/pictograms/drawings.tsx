import type { ReactNode } from 'react';

/**
 * Pictograms drawn for Passerelle (64×64 grid, stroked lines, no external icon source): the
 * answers of the questions (ids from data/questions.json `options[].pictogram`), the stages of
 * a parcours, the freins and the frequent schemes. Kept out of the home screen's bundle: only
 * the wizard and the plan import this module.
 */
export const DRAWINGS = {
  // People and support
  person: (<><circle cx="32" cy="18" r="9" /><path d="M14 56c0-12 8-20 18-20s18 8 18 20" /></>),
  support: (<><circle cx="20" cy="18" r="7" /><circle cx="44" cy="18" r="7" /><path d="M6 54c0-10 6-17 14-17 5 0 9 2 12 6 3-4 7-6 12-6 8 0 14 7 14 17" /><path d="M26 44h12" /></>),
  child: (<><circle cx="24" cy="16" r="7" /><circle cx="44" cy="28" r="5" /><path d="M12 56c0-12 5-22 12-22s12 10 12 22M36 56c0-8 3-15 8-15s8 7 8 15" /></>),
  cake: (<><path d="M12 54h40V36H12zM12 44c5 4 9 4 13 0s9-4 13 0 9 4 14 0" /><path d="M22 36v-8M32 36v-8M42 36v-8" /><path d="M22 22c-2-3 0-5 0-7 2 2 2 4 0 7zM32 22c-2-3 0-5 0-7 2 2 2 4 0 7zM42 22c-2-3 0-5 0-7 2 2 2 4 0 7z" /></>),
  // Answers
  yes: (<><circle cx="32" cy="32" r="24" /><path d="M20 33l8 8 16-18" /></>),
  no: (<><circle cx="32" cy="32" r="24" /><path d="M23 23l18 18M41 23L23 41" /></>),
  check: (<><rect x="12" y="12" width="40" height="40" rx="6" /><path d="M21 33l8 8 14-16" /></>),
  question: (<><circle cx="32" cy="32" r="24" /><path d="M25 25a7 7 0 1 1 10 6c-2 1-3 3-3 5v2" /><circle cx="32" cy="45" r="1.5" /></>),
  other: (<><circle cx="16" cy="32" r="4" /><circle cx="32" cy="32" r="4" /><circle cx="48" cy="32" r="4" /></>),
  target: (<><circle cx="32" cy="32" r="24" /><circle cx="32" cy="32" r="14" /><circle cx="32" cy="32" r="4" /></>),
  search: (<><circle cx="27" cy="27" r="15" /><path d="M38 38l16 16" /></>),
  // Time
  calendar: (<><rect x="10" y="14" width="44" height="40" rx="3" /><path d="M10 26h44M22 8v10M42 8v10M20 36h6M30 36h6M40 36h6M20 45h6M30 45h6" /></>),
  clock: (<><circle cx="32" cy="32" r="24" /><path d="M32 18v14l10 6" /></>),
  'clock-half': (<><circle cx="32" cy="32" r="24" /><path d="M32 8v48M32 8a24 24 0 0 1 0 48z" /></>),
  // Places and things
  map: (<><path d="M8 14l16-6 16 6 16-6v42l-16 6-16-6-16 6z" /><path d="M24 8v42M40 14v42" /></>),
  globe: (<><circle cx="32" cy="32" r="24" /><path d="M8 32h48M32 8c-8 8-8 40 0 48M32 8c8 8 8 40 0 48" /></>),
  house: (<><path d="M8 30L32 10l24 20" /><path d="M14 26v28h36V26" /><path d="M27 54V40h10v14" /></>),
  school: (<><path d="M6 26l26-14 26 14-26 14z" /><path d="M16 32v12c4 4 10 6 16 6s12-2 16-6V32M58 26v16" /></>),
  diploma: (<><rect x="8" y="12" width="48" height="32" rx="2" /><path d="M16 22h32M16 30h20" /><circle cx="44" cy="44" r="7" /><path d="M40 50l-2 8 6-3 6 3-2-8" /></>),
  'diploma-none': (<><rect x="8" y="12" width="48" height="32" rx="2" /><path d="M16 22h32M16 30h20M8 56L56 8" /></>),
  papers: (<><path d="M18 8h20l10 10v38H18z" /><path d="M38 8v10h10M24 28h18M24 36h18M24 44h12" /></>),
  pen: (<><path d="M44 8l12 12-30 30-14 2 2-14z" /><path d="M38 14l12 12" /><path d="M10 58h44" /></>),
  numbers: (<><rect x="12" y="8" width="40" height="48" rx="4" /><rect x="18" y="14" width="28" height="10" /><path d="M20 34h4M30 34h4M40 34h4M20 42h4M30 42h4M40 42h4M20 50h4M30 50h4M40 50h4" /></>),
  computer: (<><rect x="10" y="12" width="44" height="30" rx="2" /><path d="M4 50h56l-4-8H8z" /></>),
  euro: (<><circle cx="32" cy="32" r="24" /><path d="M42 22a12 12 0 1 0 0 20M16 29h20M16 36h20" /></>),
  health: (<><path d="M32 54S8 40 8 24a12 12 0 0 1 24-4 12 12 0 0 1 24 4c0 16-24 30-24 30z" /><path d="M26 30h12M32 24v12" /></>),
  bus: (<><rect x="12" y="8" width="40" height="40" rx="6" /><path d="M12 30h40M12 20h40" /><circle cx="20" cy="40" r="3" /><circle cx="44" cy="40" r="3" /><path d="M18 48v6M46 48v6" /></>),
  car: (<><path d="M8 40v-8l6-12h36l6 12v8z" /><path d="M14 32h36" /><circle cx="18" cy="44" r="5" /><circle cx="46" cy="44" r="5" /></>),
  work: (<><rect x="8" y="22" width="48" height="30" rx="3" /><path d="M24 22v-6h16v6M8 34h48M30 34v4h4v-4" /></>),
  training: (<><path d="M8 14c8-2 16-1 24 4 8-5 16-6 24-4v36c-8-2-16-1-24 4-8-5-16-6-24-4zM32 18v36" /></>),
  // Speaking French
  speech: (<><path d="M10 12h44v28H30L20 50V40H10z" /><path d="M20 22h24M20 30h16" /></>),
  'speech-little': (<><path d="M10 12h44v28H30L20 50V40H10z" /><path d="M20 26h8" /></>),
  'speech-none': (<><path d="M10 12h44v28H30L20 50V40H10z" /><path d="M8 56L56 8" /></>),
  // Sectors
  'sector-services-personne': (<><path d="M8 30L32 10l24 20M14 26v28h36V26" /><path d="M32 48s-9-5-9-11a4.5 4.5 0 0 1 9-2 4.5 4.5 0 0 1 9 2c0 6-9 11-9 11z" /></>),
  'sector-proprete': (<><path d="M40 8L28 34" /><path d="M18 34h20l4 22H14z" /><path d="M22 42v14M30 42v14" /></>),
  'sector-restauration': (<><path d="M14 8v16a6 6 0 0 0 12 0V8M20 8v48" /><path d="M44 56V8c-6 4-8 14-8 22h8" /></>),
  'sector-logistique': (<><path d="M10 24l22-12 22 12v26L32 62 10 50z" /><path d="M10 24l22 12 22-12M32 36v26" /></>),
  'sector-transport': (<><rect x="4" y="16" width="36" height="28" rx="2" /><path d="M40 26h12l8 10v8H40" /><circle cx="16" cy="48" r="5" /><circle cx="48" cy="48" r="5" /></>),
  'sector-batiment': (<><path d="M8 56h48" /><rect x="12" y="40" width="16" height="8" /><rect x="28" y="40" width="16" height="8" /><rect x="20" y="32" width="16" height="8" /><path d="M44 24l8-14 6 4-8 14z" /></>),
  'sector-commerce': (<><path d="M10 14h8l6 28h26l6-20H20" /><circle cx="28" cy="50" r="4" /><circle cx="46" cy="50" r="4" /></>),
  'sector-administratif': (<><rect x="8" y="28" width="48" height="6" /><path d="M14 34v22M50 34v22" /><rect x="22" y="10" width="20" height="14" rx="2" /><path d="M28 24v4M36 24v4" /></>),
  'sector-securite-mediation': (<><path d="M32 6l22 8v14c0 14-10 24-22 30C20 52 10 42 10 28V14z" /><path d="M22 32l7 7 13-14" /></>),
  // Stages of a parcours
  'stage-profil': (<><circle cx="24" cy="20" r="8" /><path d="M8 54c0-10 7-18 16-18s16 8 16 18" /><path d="M42 18h14M42 28h14M46 38h10" /></>),
  'stage-accueil': (<><circle cx="20" cy="18" r="7" /><circle cx="44" cy="18" r="7" /><path d="M6 54c0-10 6-17 14-17 5 0 9 2 12 6 3-4 7-6 12-6 8 0 14 7 14 17" /><path d="M26 44h12" /></>),
  'stage-freins': (<><path d="M8 26h48v12H8z" /><path d="M16 26l8 12M32 26l8 12M48 26l6 9" /><path d="M14 38v18M50 38v18" /></>),
  'stage-savoirsDeBase': (<><rect x="8" y="10" width="48" height="44" rx="3" /><path d="M16 40l6-18 6 18M18 34h8M34 22v18h6a4 4 0 0 0 0-9h-6 5a4 4 0 0 0 0-9h-5" /></>),
  'stage-projet': (<><path d="M32 8v50" /><path d="M32 14h18l6 6-6 6H32M32 30H14l-6 6 6 6h18" /></>),
  'stage-qualification': (<><path d="M8 14c8-2 16-1 24 4 8-5 16-6 24-4v36c-8-2-16-1-24 4-8-5-16-6-24-4zM32 18v36" /></>),
  'stage-titrePro': (<><rect x="8" y="12" width="48" height="32" rx="2" /><path d="M16 22h32M16 30h20" /><circle cx="44" cy="44" r="7" /><path d="M40 50l-2 8 6-3 6 3-2-8" /></>),
  'stage-emploi': (<><rect x="8" y="22" width="48" height="30" rx="3" /><path d="M24 22v-6h16v6M8 34h48M30 34v4h4v-4" /></>),
  // Freins not already an answer picture
  'frein-bilan': (<><circle cx="27" cy="27" r="15" /><path d="M38 38l16 16M21 27h12M27 21v12" /></>),
  // Schemes
  handshake: (<><path d="M4 28l12-10 10 4 8-4 10 4 16 8" /><path d="M16 18l-4 22 10 8 6 6M48 26l-6 18-8 8-6-6M26 22l-8 10c2 3 6 3 8 0l6-6" /></>),
  heart: (<><path d="M32 54S8 40 8 24a12 12 0 0 1 24-4 12 12 0 0 1 24 4c0 16-24 30-24 30z" /></>),
} satisfies Record<string, ReactNode>;

export type DrawingId = keyof typeof DRAWINGS;

export function isDrawingId(id: string): id is DrawingId {
  return Object.prototype.hasOwnProperty.call(DRAWINGS, id);
}
