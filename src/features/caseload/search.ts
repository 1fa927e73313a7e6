import { nameKeyOf, type ResidentSummary } from '../../db';

/** Kept light (no zod, no statecharts) so the list of files opens fast. */
export function matchesQuery(file: Pick<ResidentSummary, 'nameKey'>, query: string): boolean {
  const key = nameKeyOf(query);
  return key === '' || file.nameKey.includes(key);
}
