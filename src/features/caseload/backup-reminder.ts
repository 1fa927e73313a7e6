import type { Repository } from '../../db';
import { KIOSK_ACTIVE_KEY } from '../../lib/setting-keys';

/** Kept apart from backup.ts so that the list of files does not load zod, the statecharts and
 * the crypto just to decide whether to show a reminder. */
export const SETTING_LAST_BACKUP = 'backup.lastAt';
export const SETTING_BACKUP_REMINDER_DAYS = 'backup.reminderDays';
export const BACKUP_REMINDER_DEFAULT_DAYS = 7;
export const BACKUP_REMINDER_MAX_DAYS = 90;

const DAY = 24 * 60 * 60 * 1000;

/** 0 turns the reminder off; otherwise 1 to 90 days. */
export function backupReminderDays(stored: unknown): number {
  return typeof stored === 'number' && Number.isInteger(stored) && stored >= 0 && stored <= BACKUP_REMINDER_MAX_DAYS ? stored : BACKUP_REMINDER_DEFAULT_DAYS;
}

/** Whether staff should be reminded to back up: never in kiosk mode, never when turned off,
 * never with no file to lose. */
export async function backupReminderDue(repository: Repository, now: Date): Promise<{ due: boolean; lastAt?: number; days: number }> {
  const [last, days, kiosk, fileCount] = await Promise.all([
    repository.settings.get<unknown>(SETTING_LAST_BACKUP),
    repository.settings.get<unknown>(SETTING_BACKUP_REMINDER_DAYS),
    repository.settings.get<unknown>(KIOSK_ACTIVE_KEY),
    repository.residents.count(),
  ]);
  const lastAt = typeof last === 'number' ? last : undefined;
  const reminderDays = backupReminderDays(days);
  if (kiosk === true || reminderDays === 0 || fileCount === 0) return { due: false, lastAt, days: reminderDays };
  return { due: lastAt === undefined || now.getTime() - lastAt > reminderDays * DAY, lastAt, days: reminderDays };
}
