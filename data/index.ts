/**
 * Typed access to the catalogue. The files are parsed with their zod schemas (data/schemas.ts)
 * when the app is built, by data/catalogue-plugin.ts: a broken catalogue stops the build and the
 * tests (tests/data), never a person's journey, and the browser receives the result as plain
 * JSON, without the schemas of the files or their parse (issue 15).
 *
 * The territory (1,750 communes, ~115 KB) is not here: import it from `data/territory.ts`
 * where it is needed, so the journey does not carry it in every bundle.
 */
import catalogue from 'virtual:passerelle-catalogue';
import type { Scheme, Titre, StructureType, QuestionDef, ParcoursId } from './schemas';

// The run-time schemas the app needs; the types of all of them.
export * from './values';
export type * from './schemas';

export const schemes = catalogue.schemes;
export const titresFile = catalogue.titres;
export const titres = titresFile.titres;
export const sectors = titresFile.sectors;
export const structures = catalogue.structures;
export const structureTypes = structures.types;
export const structureSites = structures.sites;
export const localDirectory = catalogue.localDirectory;
export const parcoursFile = catalogue.parcours;
export const parcoursDefs = parcoursFile.parcours;
export const thresholds = parcoursFile.thresholds;
/** The steps every parcours shares (basic skills by need, VAE, freins). */
export const parcoursShared = parcoursFile.shared;
export const questionDefs = catalogue.questions;
/** Communes with a QPV entry (generated from territory.json's QPV list; 18 rows). */
export const qpvCommunes = catalogue.qpvCommunes.communes;

const index = <T extends { id: string }>(list: readonly T[]): ReadonlyMap<string, T> =>
  new Map(list.map((item) => [item.id, item]));

const schemeById = index(schemes);
const titreById = index(titres);
const structureTypeById = index(structureTypes);
const questionById = index(questionDefs);

export const getScheme = (id: string): Scheme | undefined => schemeById.get(id);
export const getTitre = (id: string): Titre | undefined => titreById.get(id);
export const getStructureType = (id: string): StructureType | undefined => structureTypeById.get(id);
export const getQuestionDef = (id: string): QuestionDef | undefined => questionById.get(id);
export const titresOfSector = (sectorId: string): Titre[] => titres.filter((t) => t.sector === sectorId);


const parcoursById = index(parcoursDefs);
/** A parcours-type's definition; every id of ParcoursIdSchema has one (tests/data). */
export const parcoursDef = (id: ParcoursId) => {
  const def = parcoursById.get(id);
  if (!def) throw new Error(`No parcours ${id} in data/parcours.json`);
  return def;
};
