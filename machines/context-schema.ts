/**
 * What a statechart's context may ever hold: serialisable answers, the route through the
 * stages, the CCP blocks still queued. The machine fuzzing (tests/machines/fuzz.test.ts)
 * checks every context reached against it.
 */
import * as z from 'zod/mini';
import { StageIdSchema } from '../data';
import { AnswersSchema } from './record';

export const RouteEntrySchema = z.strictObject({ stage: StageIdSchema, alt: z.string().check(z.minLength(1)), ccp: z.optional(z.string().check(z.minLength(1))) });

export const JourneyContextSchema = z.strictObject({
  answers: AnswersSchema,
  route: z.array(RouteEntrySchema),
  ccpQueue: z.array(z.string().check(z.minLength(1))),
});
