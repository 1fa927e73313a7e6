import { useMemo } from 'react';
import { PARCOURS_IDS } from '../../../machines';
import { compareOutlines, parcoursOutline, parcoursShape, type ParcoursOutline, type ParcoursShape, type StageComparison } from '../../../machines/outline';

/** Today, as the plans date themselves: an ended scheme is not drawn. */
export const today = () => new Date().toISOString().slice(0, 10);

/** The four outlines (computed once per day and kept by machines/outline.ts). */
export function useOutlines(): { outlines: ParcoursOutline[]; comparison: StageComparison[] } {
  const day = today();
  return useMemo(() => {
    const outlines = PARCOURS_IDS.map((p) => parcoursOutline(p, day));
    return { outlines, comparison: compareOutlines(outlines) };
  }, [day]);
}

export function useOutline(parcours: ParcoursOutline['parcours']): ParcoursOutline {
  const day = today();
  return useMemo(() => parcoursOutline(parcours, day), [parcours, day]);
}

/** The four roads alone (stages, badges), without building any plan: the workshop's home. */
export function useShapes(): ParcoursShape[] {
  return useMemo(() => PARCOURS_IDS.map((p) => parcoursShape(p)), []);
}
