import type { Repository } from '../../db';

/** Kept apart from residents.ts so that start-up does not load zod or the statecharts. */
export const RETENTION_DEFAULT_DAYS = 90;
export const SETTING_RETENTION_DAYS = 'retentionDays';

const DAY = 24 * 60 * 60 * 1000;

export async function retentionDays(repository: Repository): Promise<number> {
  return (await repository.settings.get<number>(SETTING_RETENTION_DAYS)) ?? RETENTION_DEFAULT_DAYS;
}

/** Deletes the files untouched for longer than the retention period (CNIL référentiel: a
 * limited, stated retention). Runs at start-up; the mediator is told how many went. */
export async function purgeExpiredFiles(repository: Repository, now: Date): Promise<{ count: number; days: number }> {
  const days = await retentionDays(repository);
  const count = await repository.residents.deleteUntouchedSince(now.getTime() - days * DAY);
  return { count, days };
}
