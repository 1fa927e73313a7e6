/**
 * What a statechart's context may ever hold: serialisable answers, the route through the
 * stages, the CCP blocks still queued. The machine fuzzing (tests/machines/fuzz.test.ts)
 * checks every context reached against it.
 */
import { z } from 'zod';
import { StageIdSchema } from '../data';
import { AnswersSchema } from './record';

export const RouteEntrySchema = z.object({ stage: StageIdSchema, alt: z.string().min(1), ccp: z.string().min(1).optional() }).strict();

export const JourneyContextSchema = z
  .object({
    answers: AnswersSchema,
    route: z.array(RouteEntrySchema),
    ccpQueue: z.array(z.string().min(1)),
  })
  .strict();
