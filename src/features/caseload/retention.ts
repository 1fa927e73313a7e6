import type { Repository } from '../../db';

/** Kept apart from residents.ts so that start-up does not load zod or the statecharts. */
export const RETENTION_DEFAULT_DAYS = 90;
export const SETTING_RETENTION_DAYS = 'retentionDays';

const DAY = 24 * 60 * 60 * 1000;

export async function retentionDays(repository: Repository): Promise<number> {
  // Only a whole number of days within the range the settings form allows; anything else
  // (a damaged row, a value from a release with other bounds) keeps the default.
  const stored = await repository.settings.get<unknown>(SETTING_RETENTION_DAYS);
  return typeof stored === 'number' && Number.isInteger(stored) && stored >= 7 && stored <= 730 ? stored : RETENTION_DEFAULT_DAYS;
}

/** Deletes the files untouched for longer than the retention period (CNIL référentiel: a
 * limited, stated retention). Runs at start-up; the mediator is told how many went. */
export async function purgeExpiredFiles(repository: Repository, now: Date): Promise<{ count: number; days: number }> {
  const days = await retentionDays(repository);
  const count = await repository.residents.deleteUntouchedSince(now.getTime() - days * DAY);
  return { count, days };
}
