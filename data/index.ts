/**
 * Typed access to the catalogue. The files are parsed with their zod schemas (data/schemas.ts)
 * when the app is built, by data/catalogue-plugin.ts: a broken catalogue stops the build and the
 * tests (tests/data), never a person's journey, and the browser receives the result as plain
 * JSON, without the schemas of the files or their parse (issue 15).
 *
 * Here is what a journey needs to ask its questions. Two parts are elsewhere, so that a question
 * does not carry them:
 * - the schemes, the structures and the local addresses, which only a plan needs: `data/plan-data.ts`;
 * - the territory (1,750 communes, ~115 KB): `data/territory.ts`.
 */
import catalogue from 'virtual:passerelle-catalogue';
import type { Titre, QuestionDef, ParcoursId } from './schemas';

// The run-time schemas the app needs; the types of all of them.
export * from './values';
export type * from './schemas';

export const titresFile = catalogue.titres;
export const titres = titresFile.titres;
export const sectors = titresFile.sectors;
export const parcoursFile = catalogue.parcours;
export const parcoursDefs = parcoursFile.parcours;
export const thresholds = parcoursFile.thresholds;
/** The steps every parcours shares (basic skills by need, VAE, freins). */
export const parcoursShared = parcoursFile.shared;
export const questionDefs = catalogue.questions;
/** Communes with a QPV entry (generated from territory.json's QPV list; 18 rows). */
export const qpvCommunes = catalogue.qpvCommunes.communes;

/** A list of the catalogue by id. */
export const indexById = <T extends { id: string }>(list: readonly T[]): ReadonlyMap<string, T> =>
  new Map(list.map((item) => [item.id, item]));

const titreById = indexById(titres);
const questionById = indexById(questionDefs);

export const getTitre = (id: string): Titre | undefined => titreById.get(id);
export const getQuestionDef = (id: string): QuestionDef | undefined => questionById.get(id);
export const titresOfSector = (sectorId: string): Titre[] => titres.filter((t) => t.sector === sectorId);

const parcoursById = indexById(parcoursDefs);
/** A parcours-type's definition; every id of ParcoursIdSchema has one (tests/data). */
export const parcoursDef = (id: ParcoursId) => {
  const def = parcoursById.get(id);
  if (!def) throw new Error(`No parcours ${id} in data/parcours.json`);
  return def;
};
