import * as z from 'zod/mini';
import { withoutBidiControls } from '../../lib/names';
import { nameKeyOf, type Repository, type ResidentFile } from '../../db';
import { fromRecord, toRecord, type Journey } from '../../../machines';
import { viewOf } from '../../lib/journey-view';

export { RETENTION_DEFAULT_DAYS, SETTING_RETENTION_DAYS, retentionDays, purgeExpiredFiles } from './retention';
export const SETTING_STRUCTURE_NAME = 'structureName';

/** The structure's name printed on plans; '' when unset or not text. */
export async function structureNameSetting(repository: Repository): Promise<string> {
  const stored = await repository.settings.get<unknown>(SETTING_STRUCTURE_NAME);
  return typeof stored === 'string' ? stored : '';
}

/** Bump when the consent sentence shown to residents changes, so each file says which one they agreed to. */
export const CONSENT_WORDING_VERSION = 1;

export function todayIso(now: Date): string {
  return now.toISOString().slice(0, 10);
}

export function createResidentFile(nickname: string, now: Date, journey: Journey): ResidentFile {
  const file: ResidentFile = {
    id: crypto.randomUUID(),
    nickname: withoutBidiControls(nickname).trim(),
    nameKey: nameKeyOf(nickname),
    consent: { givenOn: todayIso(now), wordingVersion: CONSENT_WORDING_VERSION },
    createdAt: now.getTime(),
    updatedAt: now.getTime(),
    journey: null,
  };
  return withJourney(file, journey, now);
}

/** Stores the journey and refreshes what the list shows (parcours, progress). */
export function withJourney(file: ResidentFile, journey: Journey, now: Date): ResidentFile {
  const view = viewOf(journey);
  return {
    ...file,
    journey: toRecord(journey),
    updatedAt: now.getTime(),
    parcours: view.phase === 'done' ? view.parcours : typeof journey.answers.parcours === 'string' ? journey.answers.parcours : undefined,
    progress: { step: view.step, stepCount: view.stepCount, done: view.phase === 'done' },
  };
}

/** The journey of a stored file; files saved by older releases are migrated by machines/. */
export function journeyOf(file: ResidentFile): Journey {
  return fromRecord(file.journey);
}


// ---- Export / import of one file -------------------------------------------------------

export const EXPORT_FORMAT = 'passerelle.resident';
export const EXPORT_VERSION = 1;
/** A file is a few kilobytes; anything much larger is not ours. */
export const IMPORT_MAX_BYTES = 1_000_000;

const ExportSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.int().check(z.positive()),
  exportedAt: z.string(),
  file: z.object({
    id: z.string().check(z.minLength(1), z.maxLength(100)),
    nickname: z.string().check(z.trim(), z.minLength(1), z.maxLength(40)),
    consent: z.object({ givenOn: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)), wordingVersion: z.int().check(z.positive()) }),
    createdAt: z.int().check(z.nonnegative()),
    updatedAt: z.int().check(z.nonnegative()),
    journey: z.unknown(),
    planProgress: z.optional(
      z.record(z.string(), z.object({ status: z.enum(['a-faire', 'en-cours', 'fait']), appointment: z.optional(z.string().check(z.maxLength(40))) })),
    ),
  }),
});

export function exportResidentFile(file: ResidentFile, now: Date): string {
  const { nameKey: _derived, parcours: _p, progress: _q, ...kept } = file;
  return JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now.toISOString(), file: kept }, null, 2);
}

export function exportFileName(file: ResidentFile, now: Date): string {
  const safe = file.nameKey.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'dossier';
  return `passerelle-${safe}-${todayIso(now)}.json`;
}

export type ImportError = 'notJson' | 'foreign' | 'tooLarge' | 'newerVersion';
export type ImportResult = { ok: true; file: ResidentFile } | { ok: false; error: ImportError };

/** Validates an exported file completely before anything is written: a damaged or foreign
 * file is refused and the device is left as it was. */
export function parseResidentExport(text: string, now: Date): ImportResult {
  if (text.length > IMPORT_MAX_BYTES) return { ok: false, error: 'tooLarge' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: 'notJson' };
  }
  const parsed = ExportSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: 'foreign' };
  if (parsed.data.version > EXPORT_VERSION) return { ok: false, error: 'newerVersion' };
  let journey: Journey;
  try {
    journey = fromRecord(parsed.data.file.journey);
  } catch {
    return { ok: false, error: 'foreign' };
  }
  const incoming = parsed.data.file;
  const file: ResidentFile = {
    ...incoming,
    nickname: withoutBidiControls(incoming.nickname).trim(),
    nameKey: nameKeyOf(incoming.nickname),
    journey: null,
  };
  // Keep the imported date of last change: it decides which of two copies is newer.
  return { ok: true, file: { ...withJourney(file, journey, now), updatedAt: incoming.updatedAt } };
}
