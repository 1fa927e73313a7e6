/**
 * Typed access to the catalogue. Every file is parsed with its zod schema once, at import:
 * a broken catalogue fails loudly at start-up (and in tests/data), never halfway through a
 * person's journey.
 *
 * The territory (1,750 communes, ~115 KB) is not here: import it from `data/territory.ts`
 * where it is needed, so the journey does not carry it in every bundle.
 */
import schemesJson from './schemes.json';
import titresJson from './titres.json';
import structuresJson from './structures.json';
import localDirectoryJson from './local-directory.json';
import parcoursJson from './parcours.json';
import questionsJson from './questions.json';
import qpvCommunesJson from './qpv-communes.json';
import {
  SchemesFileSchema,
  TitresFileSchema,
  StructuresFileSchema,
  LocalDirectorySchema,
  ParcoursFileSchema,
  QuestionsFileSchema,
  QpvCommunesSchema,
  type Scheme,
  type Titre,
  type StructureType,
  type QuestionDef,
  type ParcoursId,
} from './schemas';

export * from './schemas';

export const schemes = SchemesFileSchema.parse(schemesJson);
export const titresFile = TitresFileSchema.parse(titresJson);
export const titres = titresFile.titres;
export const sectors = titresFile.sectors;
export const structures = StructuresFileSchema.parse(structuresJson);
export const structureTypes = structures.types;
export const structureSites = structures.sites;
export const localDirectory = LocalDirectorySchema.parse(localDirectoryJson);
export const parcoursFile = ParcoursFileSchema.parse(parcoursJson);
export const parcoursDefs = parcoursFile.parcours;
export const thresholds = parcoursFile.thresholds;
/** The steps every parcours shares (basic skills by need, VAE, freins). */
export const parcoursShared = parcoursFile.shared;
export const questionDefs = QuestionsFileSchema.parse(questionsJson);
/** Communes with a QPV entry (generated from territory.json's QPV list; 18 rows). */
export const qpvCommunes = QpvCommunesSchema.parse(qpvCommunesJson).communes;

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
