/**
 * « Sauvegarder tous les dossiers » / « Restaurer »: what goes into a backup, and what a restore
 * would do, decided in full before anything is written. The envelope and its crypto are in
 * src/lib/backup-format.ts; the choices are in docs/decisions/2026-12-01-backup.md.
 */
import * as z from 'zod/mini';
import { DamagedRecordError, DirectoryEntrySchema, ResidentFileSchema, type DirectoryEntry, type Repository, type ResidentFile, type Setting } from '../../db';
import { fromRecord, JourneyError } from '../../../machines';
import { BackupError, openBackup, sealBackup } from '../../lib/backup-format';
import { retentionDays, SETTING_RETENTION_DAYS } from './retention';
import { todayIso } from './residents';
import { SETTING_LAST_BACKUP } from './backup-reminder';

export const BACKUP_CONTENT_FORMAT = 'passerelle.backup.content';
export const BACKUP_CONTENT_VERSION = 1;
export const PASSPHRASE_MIN_LENGTH = 10;

/** Settings that describe this device's moment, not the structure's choices: never carried over
 * (a restored tablet must not start locked in kiosk mode, nor believe it was just backed up). */
const DEVICE_ONLY_SETTINGS = new Set(['kiosk.active', 'kiosk.pinLock', SETTING_LAST_BACKUP]);

const DAY = 24 * 60 * 60 * 1000;

const ContentSchema = z.object({
  format: z.literal(BACKUP_CONTENT_FORMAT),
  version: z.int().check(z.positive()),
  createdAt: z.iso.datetime({ offset: true }),
  files: z.array(z.unknown()),
  /** Records that could not be read on the device that made the backup, kept as they were. */
  unreadable: z.array(z.unknown()),
  settings: z.array(z.object({ key: z.string(), value: z.unknown() })),
  /** The structure's address book (issue 12). Absent from backups made before it: nothing to
   * restore then. The imported training sessions are not carried: they come back by importing
   * the Region's LHÉO file again, and would make the backup tens of MB. */
  directory: z.optional(z.array(z.unknown())),
});
export type BackupContent = z.infer<typeof ContentSchema>;

/** Every file (readable or not) and the settings, sealed under the passphrase. */
export async function createBackup(repository: Repository, passphrase: string, now: Date): Promise<{ text: string; count: number; name: string }> {
  const files: ResidentFile[] = [];
  const unreadable: unknown[] = [];
  for (const summary of await repository.residents.list()) {
    try {
      const file = await repository.residents.get(summary.id);
      if (file) files.push(file);
    } catch (error) {
      if (!(error instanceof DamagedRecordError)) throw error;
      unreadable.push(error.raw);
    }
  }
  const settings = (await repository.settings.entries()).filter((s) => !DEVICE_ONLY_SETTINGS.has(s.key));
  const directory = await repository.directory.list();
  const content: BackupContent = {
    format: BACKUP_CONTENT_FORMAT,
    version: BACKUP_CONTENT_VERSION,
    createdAt: now.toISOString(),
    files,
    unreadable,
    settings,
    directory,
  };
  const text = await sealBackup(content, passphrase);
  return { text, count: files.length + unreadable.length, name: `passerelle-sauvegarde-${todayIso(now)}.json` };
}

export interface RestorePlan {
  createdAt: string;
  /** Not on this device yet. */
  add: ResidentFile[];
  /** On this device, older than (or as old as) the backup's copy, or damaged here. */
  replace: ResidentFile[];
  /** Changed on this device since the backup: the device's copy is kept. */
  keep: ResidentFile[];
  /** Untouched for longer than the retention period: not restored (CNIL). */
  expired: number;
  /** Cannot be read by this release (damaged, or a newer release's journey): not restored. */
  unreadable: number;
  settings: Setting[];
  /** Address-book entries of the backup: each replaces the entry of the same id; the device's
   * other entries stay. An entry that does not parse is left out. */
  directory: DirectoryEntry[];
}

/** Decrypts and checks a backup and works out what restoring it would change. Writes nothing. */
export async function planRestore(repository: Repository, text: string, passphrase: string, now: Date): Promise<RestorePlan> {
  const parsed = ContentSchema.safeParse(await openBackup(text, passphrase));
  if (!parsed.success) throw new BackupError('damaged');
  const content = parsed.data;
  if (content.version > BACKUP_CONTENT_VERSION) throw new BackupError('newer');
  const settings = content.settings.filter((s) => !DEVICE_ONLY_SETTINGS.has(s.key));
  // The retention period that will be in force after the restore: the backup's own setting
  // (it comes back with it), else this device's.
  const restoredDays = settings.find((s) => s.key === SETTING_RETENTION_DAYS)?.value;
  const days = typeof restoredDays === 'number' && Number.isInteger(restoredDays) && restoredDays >= 7 && restoredDays <= 730 ? restoredDays : await retentionDays(repository);
  const oldest = now.getTime() - days * DAY;
  const directory = (content.directory ?? []).flatMap((raw) => {
    const entry = DirectoryEntrySchema.safeParse(raw);
    return entry.success ? [entry.data] : [];
  });
  const plan: RestorePlan = { createdAt: content.createdAt, add: [], replace: [], keep: [], expired: 0, unreadable: content.unreadable.length, settings, directory };
  for (const raw of content.files) {
    const file = ResidentFileSchema.safeParse(raw);
    if (!file.success || !opens(file.data.journey)) {
      plan.unreadable++;
      continue;
    }
    const incoming = file.data as ResidentFile;
    if (incoming.updatedAt < oldest) {
      plan.expired++;
      continue;
    }
    const local = await repository.residents.get(incoming.id).catch((error: unknown) => {
      if (error instanceof DamagedRecordError) return null;
      throw error;
    });
    if (local === undefined) plan.add.push(incoming);
    else if (local === null || local.updatedAt <= incoming.updatedAt) plan.replace.push(incoming);
    else plan.keep.push(local);
  }
  return plan;
}

function opens(journey: unknown): boolean {
  try {
    fromRecord(journey);
    return true;
  } catch (error) {
    if (error instanceof JourneyError) return false;
    throw error;
  }
}

/** Writes what the plan says, the files in one transaction. */
export async function applyRestore(repository: Repository, plan: RestorePlan): Promise<void> {
  await repository.residents.putMany([...plan.add, ...plan.replace]);
  if (plan.directory.length > 0) await repository.directory.putMany(plan.directory);
  for (const { key, value } of plan.settings) await repository.settings.set(key, value);
}
