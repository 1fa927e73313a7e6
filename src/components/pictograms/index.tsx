import { DRAWINGS, isDrawingId, type DrawingId } from './drawings';

export { DRAWINGS, isDrawingId, type DrawingId };

/** The picture of each stage of a parcours (`stage.<id>` names it). */
export const STAGE_PICTOGRAMS: Record<string, DrawingId> = {
  profil: 'stage-profil',
  accueil: 'stage-accueil',
  freins: 'stage-freins',
  savoirsDeBase: 'stage-savoirsDeBase',
  projet: 'stage-projet',
  qualification: 'stage-qualification',
  titrePro: 'stage-titrePro',
  emploi: 'stage-emploi',
};

/** The picture of each parcours-type, beside its name on the orientation screen. */
export const PARCOURS_PICTOGRAMS: Record<string, DrawingId> = {
  jeune: 'school',
  allophone: 'speech',
  reprise: 'handshake',
  reconversion: 'stage-projet',
};

/** The picture of each frein (same as the answer of the « freins » question). */
export const FREIN_PICTOGRAMS: Record<string, DrawingId> = {
  bilan: 'frein-bilan',
  mobilite: 'bus',
  permis: 'car',
  'garde-enfants': 'child',
  logement: 'house',
  sante: 'health',
  numerique: 'computer',
  papiers: 'papers',
};

/** Frequent schemes, grouped by what they are for a resident. */
export const SCHEME_PICTOGRAMS: Record<string, DrawingId> = {
  cej: 'handshake',
  pacea: 'handshake',
  'garantie-jeunes': 'handshake',
  e2c: 'school',
  epide: 'school',
  'service-civique': 'heart',
  pmsmp: 'search',
  'ofii-cir-fle': 'speech',
  'fle-alpha': 'speech',
  'visa-trois-en-un': 'pen',
  'visa-pro-numerique': 'computer',
  'visa-plus-parcours-emploi': 'handshake',
  clea: 'check',
  'prf-qualifiant': 'training',
  'remuneration-region': 'euro',
  defi: 'training',
  'prepa-apprentissage': 'training',
  apprentissage: 'work',
  'contrat-pro': 'work',
  'iae-aci': 'work',
  'iae-ei': 'work',
  'iae-etti': 'work',
  'iae-ai': 'work',
  vae: 'diploma',
  pec: 'work',
  'combo-parfait': 'car',
  'emplois-francs': 'work',
  'adultes-relais': 'handshake',
  'aide-mobilite-ft': 'car',
  cpf: 'euro',
  'cpf-permis': 'car',
  'obligation-formation': 'school',
  asl: 'speech',
};
