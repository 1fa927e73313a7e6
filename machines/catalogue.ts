/**
 * Names that come from the catalogue (data/), for the UI to show beside message-file words:
 * a plan step's scheme, titre, CCP or structure, and the ids carried in reason/next params.
 * The names are catalogue content (French), not interface sentences.
 */
import { getScheme, getStructureType, getTitre, sectors, ParcoursIdSchema, type ParcoursId } from '../data';
import { getQuestionDef } from '../data';
import { questionView, type QuestionView } from './questions';
import type { Journey } from './journey';

export const PARCOURS_IDS: readonly ParcoursId[] = ParcoursIdSchema.options;

/** The view of any question, its options resolved from the journey's answers (recap, editing). */
export const questionViewFor = (journey: Journey, questionId: string): QuestionView | undefined =>
  getQuestionDef(questionId) ? questionView(questionId, journey.answers) : undefined;

export interface CatalogueRef {
  scheme?: string;
  titre?: string;
  ccp?: string;
  structure?: string;
  secteur?: string;
}

/** The catalogue name of the most specific thing referenced, or undefined (frein, action: message files). */
export const catalogueName = (ref: CatalogueRef): string | undefined => {
  if (ref.ccp && ref.titre) return getTitre(ref.titre)?.ccp.find((c) => c.id === ref.ccp)?.name;
  if (ref.scheme) return getScheme(ref.scheme)?.name;
  if (ref.titre) return getTitre(ref.titre)?.name;
  if (ref.structure) return getStructureType(ref.structure)?.name;
  if (ref.secteur) return sectors.find((s) => s.id === ref.secteur)?.name;
  return undefined;
};

/** Replaces catalogue ids in message params (`structure`, `scheme`, `titre`, `secteur`) by their names. */
export const catalogueParams = (
  params: Record<string, string | number> | undefined,
): Record<string, string | number> | undefined => {
  if (!params) return params;
  const out: Record<string, string | number> = { ...params };
  for (const key of ['structure', 'scheme', 'titre', 'secteur'] as const) {
    const id = params[key];
    if (typeof id === 'string') out[key] = catalogueName({ [key]: id }) ?? id;
  }
  return out;
};

export { getScheme, getTitre, getStructureType } from '../data';

