/**
 * The few catalogue schemas the app itself needs at run time (the plan builder, the journey's
 * saved context). The catalogue files are parsed with data/schemas.ts when the app is built
 * (data/catalogue-plugin.ts), so the browser does not build the rest of those schemas nor parse
 * the catalogue on every start (issue 15). zod/mini, as src/db/records.ts: no per-schema methods
 * to build, a smaller bundle. This layer imports nothing of ours.
 */
import * as z from 'zod/mini';

/** Catalogue ids: lower-case kebab-case. */
export const CATALOGUE_ID = z.regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lower-case kebab-case');
const Id = z.string().check(CATALOGUE_ID);

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
  min: z.optional(z.number().check(z.positive())),
  max: z.optional(z.number().check(z.positive())),
  unit: z.enum(['hour', 'day', 'week', 'month', 'year']),
  /** hours per week when the scheme sets it */
  hoursPerWeek: z.optional(z.number().check(z.positive())),
});
export type Duration = z.infer<typeof DurationSchema>;

export const AmountSchema = z.object({
  eur: z.number().check(z.nonnegative()),
  per: z.enum(['month', 'hour', 'once', 'year']),
  /** who this amount applies to, as a condition id shown to staff (e.g. 'age-18-25', 'minor') */
  condition: z.optional(z.string()),
  /** the ages the amount applies to (the plan builder picks the first amount that fits the age) */
  ageMin: z.optional(z.int()),
  ageMax: z.optional(z.int()),
  /** date from which the amount applies */
  asOf: IsoDate,
  verified: z.boolean(),
});
export type Amount = z.infer<typeof AmountSchema>;

export const PaySchema = z.object({
  /** salary: a work contract; allowance: paid to the person; free: costs nothing, no pay;
   * unpaid: no pay but the person keeps their usual income; aid: one-off financial help */
  kind: z.enum(['salary', 'allowance', 'free', 'unpaid', 'aid', 'variable']),
  amounts: z._default(z.array(AmountSchema), []),
});
export type Pay = z.infer<typeof PaySchema>;

// ---------------------------------------------------------------------------------------
// local-directory.json and the address book's import — filled by the deploying organisation
// ---------------------------------------------------------------------------------------

export const LocalEntrySchema = z.object({
  id: Id,
  /** structure type id from structures.json */
  type: Id,
  name: z.string().check(z.minLength(1)),
  address: z.optional(z.string()),
  commune: z.optional(z.string()),
  /** INSEE commune code, e.g. 45234 */
  communeCode: z.optional(z.string().check(z.regex(/^\d[0-9AB]\d{3}$/))),
  phone: z.optional(z.string()),
  email: z.optional(z.email()),
  url: z.optional(z.url()),
  openingHours: z.optional(z.string()),
  /** where and when it also receives people, e.g. « le mardi au centre social » */
  permanences: z.optional(z.string()),
  /** shown with the contact on plans (kept from the first version of this file) */
  note: z.optional(z.string()),
  /** for the structure's staff only: never on a plan, a printout or a QR code */
  staffNote: z.optional(z.string()),
  updatedOn: IsoDate,
});
export type LocalEntry = z.infer<typeof LocalEntrySchema>;
