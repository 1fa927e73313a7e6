/**
 * Persistence contract: a versioned, serialisable record of a journey. Records saved by an
 * older release go through an ordered list of migrations (the idea of excalidraw's
 * data/schema.ts), then the trail is rebuilt from the answers by replaying the statecharts.
 * Answers the current questions do not know are kept, never thrown away.
 */
import * as z from 'zod/mini';
import { JourneyError, rebuildJourney, type Journey } from './journey';
import { livesInRegionDepartement } from './rules';
import { UNKNOWN, type Answers } from './types';

export const MACHINE_ID = 'passerelle.journey';
/** v1: the prototype format (answers only, parcours beside them, pre-2024 option values).
 * v3: the commune question follows the département (issue 12). */
export const MACHINE_VERSION = 3;

const AnswerValueSchema = z.union([z.string(), z.array(z.string()), z.number()]);
export const AnswersSchema = z.record(z.string(), AnswerValueSchema);

export const JourneySchema = z.object({ answers: AnswersSchema, trail: z.array(z.string()) });

export const JourneyRecordSchema = z.object({
  machineId: z.literal(MACHINE_ID),
  machineVersion: z.int().check(z.positive()),
  journey: JourneySchema,
  /** optional, informative only: the journey is rebuilt by replay */
  snapshot: z.optional(z.unknown()),
  savedAt: z.iso.datetime({ offset: true }),
});
export type JourneyRecord = z.infer<typeof JourneyRecordSchema>;

const V1RecordSchema = z.object({
  machineId: z.literal(MACHINE_ID),
  machineVersion: z.literal(1),
  answers: AnswersSchema,
  parcours: z.optional(z.string()),
  savedAt: z.string(),
});

/** Option values renamed since v1 (Pôle emploi became France Travail; 2019 level numbering). */
const V1_RENAMED: Record<string, Record<string, string>> = {
  situation: { 'pole-emploi': 'demandeur-emploi', chomage: 'demandeur-emploi' },
  diplome: { 'niveau-v': 'cap-bep', 'niveau-iv': 'bac', 'sans-diplome': 'aucun' },
};

interface Migration {
  from: number;
  to: number;
  migrate: (raw: unknown) => unknown;
}

const migrations: Migration[] = [
  {
    from: 1,
    to: 2,
    migrate: (raw) => {
      const v1 = V1RecordSchema.parse(raw);
      const answers: Answers = { ...v1.answers };
      for (const [question, renames] of Object.entries(V1_RENAMED)) {
        const value = answers[question];
        if (typeof value === 'string' && renames[value]) answers[question] = renames[value];
      }
      if (v1.parcours) answers.parcours = v1.parcours;
      return {
        machineId: MACHINE_ID,
        machineVersion: 2,
        journey: { answers, trail: [] },
        savedAt: new Date(v1.savedAt).toISOString(),
      } satisfies JourneyRecord;
    },
  },
];

migrations.push({
  from: 2,
  to: 3,
  // A file saved before the commune question was never asked it: it is recorded as not known
  // (« je ne sais pas », which the question offers), so a finished plan stays finished instead
  // of reopening in the middle of the profile. The mediator can still give it from the recap.
  migrate: (raw) => {
    const record = JourneyRecordSchema.parse(raw);
    const answers: Answers = { ...record.journey.answers };
    if (livesInRegionDepartement(answers) && answers.commune === undefined) answers.commune = UNKNOWN;
    return { ...record, machineVersion: 3, journey: { ...record.journey, answers } } satisfies JourneyRecord;
  },
});

export const toRecord = (j: Journey, now: Date = new Date()): JourneyRecord => ({
  machineId: MACHINE_ID,
  machineVersion: MACHINE_VERSION,
  journey: { answers: { ...j.answers }, trail: [...j.trail] },
  savedAt: now.toISOString(),
});

/** Opens a record of any known version; throws JourneyError on garbage or a future version. */
export const fromRecord = (raw: unknown): Journey => {
  const head = z.object({ machineId: z.string(), machineVersion: z.int().check(z.positive()) }).safeParse(raw);
  if (!head.success) throw new JourneyError('invalid-record', 'Not a journey record', head.error.issues);
  if (head.data.machineId !== MACHINE_ID) {
    throw new JourneyError('unknown-machine', `Unknown machine ${head.data.machineId}`);
  }
  if (head.data.machineVersion > MACHINE_VERSION) {
    throw new JourneyError('future-version', `Saved by a newer version (${head.data.machineVersion})`);
  }
  let current: unknown = raw;
  let version = head.data.machineVersion;
  try {
    for (const m of migrations) {
      if (m.from === version) {
        current = m.migrate(current);
        version = m.to;
      }
    }
  } catch (error) {
    throw new JourneyError('invalid-record', 'The record could not be migrated', error instanceof z.core.$ZodError ? error.issues : []);
  }
  const parsed = JourneyRecordSchema.safeParse(current);
  if (!parsed.success) throw new JourneyError('invalid-record', 'Invalid journey record', parsed.error.issues);
  const { answers, trail } = parsed.data.journey;
  // migrated records (and records whose trail no longer replays) are rebuilt from their answers
  if (head.data.machineVersion < MACHINE_VERSION) return rebuildJourney(answers);
  return { answers, trail };
};
