/**
 * Names that come from the catalogue (data/), for the UI to show beside message-file words:
 * a plan step's scheme, titre, CCP or structure, and the ids carried in reason/next params.
 * The names are catalogue content (French), not interface sentences. Part of the plan's side
 * (machines/plans.ts): schemes and structures are in data/plan-data.ts.
 */
import { getTitre, sectors } from '../data';
import { getScheme, getStructureType } from '../data/plan-data';

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

export { getTitre } from '../data';
export { getScheme, getStructureType } from '../data/plan-data';
