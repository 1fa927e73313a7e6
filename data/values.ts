/**
 * The few catalogue schemas the app itself needs at run time (the plan builder, the journey's
 * saved context). The catalogue files are parsed with data/schemas.ts when the app is built
 * (data/catalogue-plugin.ts), so the browser does not build the rest of those schemas nor parse
 * the catalogue on every start (issue 15). This layer imports nothing of ours.
 */
import { z } from 'zod';

export const IsoDate = z.iso.date();
export const StageIdSchema = z.enum([
  'accueil',
  'savoirsDeBase',
  'projet',
  'qualification',
  'titrePro',
  'emploi',
  'freins',
]);
export type StageId = z.infer<typeof StageIdSchema>;

export const ParcoursIdSchema = z.enum(['jeune', 'allophone', 'reprise', 'reconversion']);
export type ParcoursId = z.infer<typeof ParcoursIdSchema>;

// ---------------------------------------------------------------------------------------
// Shared value objects
// ---------------------------------------------------------------------------------------

export const DurationSchema = z.object({
  min: z.number().positive().optional(),
  max: z.number().positive().optional(),
  unit: z.enum(['hour', 'day', 'week', 'month', 'year']),
  /** hours per week when the scheme sets it */
  hoursPerWeek: z.number().positive().optional(),
});
export type Duration = z.infer<typeof DurationSchema>;

export const AmountSchema = z.object({
  eur: z.number().nonnegative(),
  per: z.enum(['month', 'hour', 'once', 'year']),
  /** who this amount applies to, as a condition id shown to staff (e.g. 'age-18-25', 'minor') */
  condition: z.string().optional(),
  /** the ages the amount applies to (the plan builder picks the first amount that fits the age) */
  ageMin: z.number().int().optional(),
  ageMax: z.number().int().optional(),
  /** date from which the amount applies */
  asOf: IsoDate,
  verified: z.boolean(),
});
export type Amount = z.infer<typeof AmountSchema>;

export const PaySchema = z.object({
  /** salary: a work contract; allowance: paid to the person; free: costs nothing, no pay;
   * unpaid: no pay but the person keeps their usual income; aid: one-off financial help */
  kind: z.enum(['salary', 'allowance', 'free', 'unpaid', 'aid', 'variable']),
  amounts: z.array(AmountSchema).default([]),
});
export type Pay = z.infer<typeof PaySchema>;
