/**
 * The shape of every record the device keeps, checked each time one is read back. What is in
 * IndexedDB was written by this release, an older one, a newer one rolled back, or a browser
 * extension: it is evidence, not a promise. zod/mini keeps the start-up bundle small (the list
 * of files and the settings are read before anything else loads).
 */
import '../lib/zod-config';
import * as z from 'zod/mini';

const AnswerValue = z.union([z.string(), z.array(z.string()), z.number()]);

/** Where the wizard stands (recap, plan, an answer being changed, a choice not yet confirmed). */
export const StoredUiSchema = z.object({
  screen: z.enum(['steps', 'recap', 'plan']),
  editing: z.optional(z.string()),
  draft: z.optional(z.object({ questionId: z.string(), value: AnswerValue })),
});
export type StoredUi = z.infer<typeof StoredUiSchema>;

export const PlanStatusSchema = z.enum(['a-faire', 'en-cours', 'fait']);
export const PlanProgressSchema = z.record(
  z.string(),
  z.object({ status: PlanStatusSchema, appointment: z.optional(z.string()) }),
);

const ProgressSchema = z.object({ step: z.number(), stepCount: z.number(), done: z.boolean() });

export const ResidentFileSchema = z.object({
  id: z.string().check(z.minLength(1)),
  nickname: z.string(),
  nameKey: z.string(),
  consent: z.object({ givenOn: z.string(), wordingVersion: z.number() }),
  createdAt: z.number(),
  updatedAt: z.number(),
  /** Checked by machines/ (`fromRecord`), which alone knows the journey's versions. */
  journey: z.unknown(),
  parcours: z.optional(z.string()),
  progress: z.optional(ProgressSchema),
  // An unreadable place is dropped, not the file: it holds no confirmed answer (a draft at
  // most), and the wizard then opens on the journey's own current step.
  ui: z.catch(z.optional(StoredUiSchema), undefined),
  planProgress: z.optional(PlanProgressSchema),
  printName: z.optional(z.boolean()),
  // Answers another device gave and a sync merge set aside (src/sync/merge.ts). A notice, not
  // the file's answers: an unreadable list is dropped rather than closing the whole file.
  syncAlternatives: z.catch(
    z.optional(z.array(z.object({ questionId: z.string(), value: AnswerValue, device: z.string(), at: z.number() }))),
    undefined,
  ),
});

export const ResidentSummarySchema = z.object({
  id: z.string().check(z.minLength(1)),
  nickname: z.string(),
  nameKey: z.string(),
  updatedAt: z.number(),
  parcours: z.optional(z.string()),
  progress: z.optional(ProgressSchema),
});

const SUMMARY_KEYS = new Set(['id', 'nickname', 'nameKey', 'updatedAt', 'parcours', 'progress']);
const PROGRESS_KEYS = new Set(['step', 'stepCount', 'done']);

/**
 * The common case of `ResidentSummarySchema`, checked without zod: a summary as this release
 * writes it, nothing missing, nothing more. The list of files checks every summary it reads
 * (5,000 on a busy device), and zod's first thousands of parses in a freshly opened page cost
 * about 80 ms with the CPU slowed 4× against a few here (issue 15). It only ever says yes to a
 * row the schema accepts and returns unchanged (tests/db/stored-records.test.ts compares the two on
 * every kind of flaw); any other row goes to the schema, which decides.
 */
export function isPlainSummary(row: unknown): row is z.infer<typeof ResidentSummarySchema> {
  if (!isRecord(row)) return false;
  for (const key in row) if (!SUMMARY_KEYS.has(key)) return false;
  const { id, nickname, nameKey, updatedAt, parcours, progress } = row;
  if (typeof id !== 'string' || id === '' || typeof nickname !== 'string' || typeof nameKey !== 'string' || !Number.isFinite(updatedAt)) return false;
  if (parcours !== undefined && typeof parcours !== 'string') return false;
  if (progress === undefined) return true;
  if (!isRecord(progress)) return false;
  for (const key in progress) if (!PROGRESS_KEYS.has(key)) return false;
  return Number.isFinite(progress.step) && Number.isFinite(progress.stepCount) && typeof progress.done === 'boolean';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;
}

export const SettingSchema = z.object({ key: z.string(), value: z.unknown() });

/** A stored record that does not have the shape this release expects. Carries what was read,
 * so the person can still export it for support or forget it. */
export class DamagedRecordError extends Error {
  constructor(
    readonly id: string,
    readonly raw: unknown,
    readonly issues: readonly string[],
  ) {
    super(`Stored record ${id} does not have the expected shape: ${issues.join('; ')}`);
    this.name = 'DamagedRecordError';
  }
}

export function issuesOf(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): string[] {
  return error.issues.map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`);
}

// --- issue 12: the address book and the imported training sessions ---

const optionalText = z.optional(z.string());

/** One contact of the address book (« Annuaire local »). Checked loosely here (strings where
 * the form is stricter): an entry saved by a release with other rules still shows. */
export const DirectoryEntrySchema = z.object({
  id: z.string().check(z.minLength(1)),
  type: z.string().check(z.minLength(1)),
  name: z.string().check(z.minLength(1)),
  address: optionalText,
  commune: optionalText,
  communeCode: optionalText,
  phone: optionalText,
  email: optionalText,
  url: optionalText,
  openingHours: optionalText,
  permanences: optionalText,
  note: optionalText,
  staffNote: optionalText,
  updatedOn: z.string(),
});

export const TrainingSessionSchema = z.object({
  key: z.string(),
  title: z.string(),
  titleKey: z.string(),
  rncp: optionalText,
  formacodes: z.array(z.string()),
  organisme: z.string(),
  commune: z.string(),
  communeCode: optionalText,
  postalCode: optionalText,
  dep: z.string(),
  start: z.string(),
  end: optionalText,
  rhythm: optionalText,
  prf: z.boolean(),
  phone: optionalText,
  email: optionalText,
  url: optionalText,
});

export const TrainingImportSchema = z.object({
  fileName: z.string(),
  importedAt: z.string(),
  offers: z.number(),
  sessions: z.number(),
});

/** Which of the two session tables is in use, and what was imported into it. */
export const TrainingMetaSchema = z.object({
  key: z.literal('current'),
  active: z.enum(['A', 'B']),
  info: z.optional(TrainingImportSchema),
});

/** The rows of `rows` that parse; the others are left out (logged once), not cast. */
export function readableRows<T>(schema: { safeParse(row: unknown): { success: true; data: T } | { success: false } }, rows: readonly unknown[], table: string): T[] {
  const kept: T[] = [];
  let skipped = 0;
  for (const row of rows) {
    const parsed = schema.safeParse(row);
    if (parsed.success) kept.push(parsed.data);
    else skipped++;
  }
  if (skipped > 0) console.warn(`Passerelle: ${skipped} unreadable row(s) left out of ${table}`);
  return kept;
}
