import { nameKeyOf, type ResidentSummary } from '../../db';

/**
 * The files whose name contains what was typed, accents and case aside. Kept light (no zod, no
 * statecharts) so the list of files opens fast; the typed text is normalised once per search,
 * not once per file (5,000 files on every keystroke).
 */
export function filesMatching<T extends Pick<ResidentSummary, 'nameKey'>>(files: readonly T[], query: string): T[] {
  const key = nameKeyOf(query);
  return key === '' ? [...files] : files.filter((file) => file.nameKey.includes(key));
}
