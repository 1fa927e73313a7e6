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
});

export const ResidentSummarySchema = z.object({
  id: z.string().check(z.minLength(1)),
  nickname: z.string(),
  nameKey: z.string(),
  updatedAt: z.number(),
  parcours: z.optional(z.string()),
  progress: z.optional(ProgressSchema),
});

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
