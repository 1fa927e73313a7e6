/**
 * zod schemas of the catalogue files in data/. This layer imports nothing of ours.
 *
 * Every entry that states a fact carries `sources` (URLs), `checkedOn` (ISO date) and
 * `verified` (true only when the fact was seen in a cited public source). Amounts carry the
 * date they apply from. French catalogue text (names, descriptions) may live here because it
 * is content of the catalogue; interface words live in src/messages.
 */
import { z } from 'zod';
import { CATALOGUE_ID, DurationSchema, IsoDate, LocalEntrySchema, ParcoursIdSchema, PaySchema, StageIdSchema } from './values.ts';

export * from './values.ts';

const Url = z.url();
const Id = z.string().check(CATALOGUE_ID);

/** Facts that can change: where they were seen, when, and whether that was confirmed. */
export const Sourced = z.object({
  sources: z.array(Url).min(1),
  checkedOn: IsoDate,
  verified: z.boolean(),
});

export const EligibilitySchema = z.object({
  ageMin: z.number().int().optional(),
  ageMax: z.number().int().optional(),
  /** upper age when the person has a RQTH (reconnaissance de la qualité de travailleur handicapé) */
  ageMaxWithRqth: z.number().int().optional(),
  /** situations (answer values of the `situation` question) that open the scheme at any age */
  situationsAnyAge: z.array(z.string()).default([]),
  /** situations (answer values of `situation`) that rule the scheme out, e.g. CEJ and RSA */
  situationsExcluded: z.array(z.string()).default([]),
  /**
   * Answers the person must have given: question id (or a fact derived from the answers, such
   * as `habiteQpv`) → accepted values. An unknown answer (none, or « je ne sais pas ») does not
   * exclude: the referent checks it.
   */
  requires: z.record(z.string(), z.array(z.string()).min(1)).default({}),
  /** other conditions, as ids with a short French note for the catalogue reader */
  conditions: z.array(z.object({ id: Id, note: z.string() })).default([]),
});
export type Eligibility = z.infer<typeof EligibilitySchema>;

// ---------------------------------------------------------------------------------------
// schemes.json
// ---------------------------------------------------------------------------------------

export const SchemeSchema = Sourced.extend({
  id: Id,
  name: z.string().min(2),
  /** one sentence, easy-read (FALC) */
  easyRead: z.string().min(10),
  description: z.string().min(20),
  stages: z.array(StageIdSchema).min(1),
  eligibility: EligibilitySchema,
  duration: z.optional(DurationSchema),
  pay: PaySchema,
  /** structure type ids that prescribe it or where to ask */
  prescribers: z.array(Id).min(1),
  /** ids of the documents to bring (message keys bring.<id>) */
  bring: z.array(Id).default([]),
  startsOn: z.optional(IsoDate),
  endsOn: z.optional(IsoDate),
  /** replaced by another scheme (id) */
  replacedBy: z.optional(Id),
  note: z.string().optional(),
});
export type Scheme = z.infer<typeof SchemeSchema>;
export const SchemesFileSchema = z.array(SchemeSchema);

// ---------------------------------------------------------------------------------------
// titres.json
// ---------------------------------------------------------------------------------------

export const SectorSchema = z.object({ id: Id, name: z.string() });

export const CcpSchema = z.object({
  id: Id,
  name: z.string(),
  verified: z.boolean(),
});

export const TitreSchema = Sourced.extend({
  id: Id,
  name: z.string(),
  level: z.union([z.literal(3), z.literal(4)]),
  sector: Id,
  /** national RNCP number (Ministère du Travail) — empty when not verified: « à vérifier » */
  rncp: z.union([z.literal(''), z.string().regex(/^RNCP\d{4,6}$/)]),
  rncpEndsOn: z.optional(IsoDate),
  /** numbers that used to be right or belong to another certifier: never display as current */
  rncpNotThis: z.array(z.object({ rncp: z.string(), why: z.string() })).default([]),
  ccp: z.array(CcpSchema).default([]),
  /** true when the titre has a single unit (no partial certification by CCP) */
  singleUnit: z.boolean(),
  rome: z.array(z.string().regex(/^[A-N]\d{4}$/)),
  romeVerified: z.boolean(),
  /** prerequisite ids (message keys prereq.<id>) */
  prerequisites: z.array(Id).default([]),
  note: z.string().optional(),
});
export type Titre = z.infer<typeof TitreSchema>;
export const TitresFileSchema = z.object({
  sectors: z.array(SectorSchema).min(1),
  titres: z.array(TitreSchema).min(15),
});

// ---------------------------------------------------------------------------------------
// structures.json
// ---------------------------------------------------------------------------------------

export const StructureTypeSchema = Sourced.extend({
  id: Id,
  name: z.string(),
  easyRead: z.string(),
  description: z.string(),
  /** official page to find the nearest one */
  finder: z.object({ url: Url, verified: z.boolean() }),
  /** who the structure accepts: a plan never names it to anyone else */
  eligibility: EligibilitySchema.default(EligibilitySchema.parse({})),
  /** for staff only, never shown to residents */
  maintainerNote: z.string().optional(),
});
export type StructureType = z.infer<typeof StructureTypeSchema>;

export const StructureSiteSchema = Sourced.extend({
  id: Id,
  type: Id,
  name: z.string(),
  commune: z.string(),
  dep: z.enum(['18', '28', '36', '37', '41', '45']),
  url: Url.optional(),
  note: z.string().optional(),
});
export type StructureSite = z.infer<typeof StructureSiteSchema>;

export const StructuresFileSchema = z.object({
  types: z.array(StructureTypeSchema).min(1),
  sites: z.array(StructureSiteSchema),
});

// ---------------------------------------------------------------------------------------
// local-directory.json — filled by the deploying organisation, empty by default
// ---------------------------------------------------------------------------------------

// LocalEntrySchema: data/values.ts (the address-book import checks it in the browser).
export const LocalDirectorySchema = z.array(LocalEntrySchema);

// ---------------------------------------------------------------------------------------
// territory.json — generated by scripts/build-territory.mjs
// ---------------------------------------------------------------------------------------

export const QpvSchema = Sourced.extend({
  id: Id,
  name: z.string(),
  commune: z.string(),
  dep: z.enum(['18', '28', '36', '37', '41', '45']),
  /** 2024: confirmed in the 2024 map; likely-2024: earlier status seen; historical: older name */
  status: z.enum(['2024', 'likely-2024', 'historical']),
  new2024: z.boolean().optional(),
  note: z.string().optional(),
});
export const TerritorySchema = z.object({
  source: z.object({ package: z.string(), url: Url, generatedBy: z.string() }),
  region: z.object({ code: z.string(), name: z.string() }),
  departements: z.array(z.object({ code: z.string(), name: z.string() })).length(6),
  communes: z.array(
    z.object({ code: z.string().regex(/^\d[0-9AB]\d{3}$/), name: z.string(), dep: z.string() }),
  ),
  qpv: z.array(QpvSchema),
});
export type Territory = z.output<typeof TerritorySchema>;

/** qpv-communes.json: the communes that have a QPV entry in territory.json, small enough for
 * machines/ (the journey bundle) to tell whether the person's commune has one. */
export const QpvCommunesSchema = z.object({
  generatedBy: z.string(),
  communes: z.array(
    z.object({
      code: z.string().regex(/^\d[0-9AB]\d{3}$/),
      name: z.string(),
      dep: z.enum(['18', '28', '36', '37', '41', '45']),
      /** the best status of its QPV entries (QpvSchema.status) */
      status: z.enum(['2024', 'likely-2024', 'historical']),
      qpv: z.array(Id).min(1),
    }),
  ),
});

// ---------------------------------------------------------------------------------------
// parcours.json
// ---------------------------------------------------------------------------------------

/**
 * Rules that data may name (a stage alternative's guard, a step's condition). Each has one
 * implementation in machines/rules.ts (`RULES`), checked by the type of that table.
 */
export const RuleNameSchema = z.enum([
  'hasRqth',
  'isOnRsa',
  'learnsInCentre',
  'learnsWhileWorking',
  'hasForeignDiploma',
]);
export type RuleName = z.infer<typeof RuleNameSchema>;

/** Structure type id, or `referent`: the parcours' referent for this person. */
const WhoSchema = z.array(Id);

/**
 * One step of a plan, as the catalogue describes it: a scheme step (the first scheme open to
 * the person is the step, the other open ones its alternatives), or an action or structure step.
 */
export const StepSpecSchema = z
  .object({
    schemes: z.array(Id).min(1).optional(),
    action: z.string().regex(/^[a-z][A-Za-z]*$/).optional(),
    structure: z.optional(Id),
    /** reason codes (`why.<code>`); the builder adds those that depend on the answers */
    why: z.array(z.string()).default([]),
    /** structure types to contact (scheme steps: the scheme's prescribers) */
    who: WhoSchema.optional(),
    bring: z.array(Id).default([]),
    /** the step is in the plan only when this rule holds */
    when: RuleNameSchema.optional(),
    /** scheme whose pay applies (the Region's trainee pay for a regional training) */
    paySource: z.optional(Id),
    /** a scheme step none of whose schemes is open becomes this action step */
    otherwise: z.object({ action: z.string(), who: WhoSchema }).optional(),
  })
  .refine((s) => [s.schemes, s.action, s.structure].filter((x) => x !== undefined).length === 1, {
    message: 'a step names exactly one of schemes, action or structure',
  });
export type StepSpec = z.infer<typeof StepSpecSchema>;

const AltName = z.string().regex(/^[a-z][A-Za-z]*$/);
const AlternativeSchema = z.object({
  alt: AltName,
  /** the first alternative whose rule holds is taken; the last one has none */
  when: RuleNameSchema.optional(),
  steps: z.array(StepSpecSchema).default([]),
});
export type AlternativeDef = z.infer<typeof AlternativeSchema>;

const AccueilSchema = AlternativeSchema.extend({
  /** the structure type that follows the person in this parcours */
  referent: Id,
  why: z.array(z.string()).min(1),
  /** other structures that can do the same welcome (filtered by their own rules) */
  otherStructures: z.array(Id).default([]),
});

/** How one parcours walks the ladder: its alternatives per stage and the steps each brings. */
export const LadderDefSchema = z.object({
  accueil: z.array(AccueilSchema).min(1),
  /** the basic-skills alternative, and whether it is entered even without a named need */
  savoirsDeBase: z.object({ alt: AltName, always: z.boolean() }),
  projet: z.object({
    known: AlternativeSchema,
    unknown: AlternativeSchema,
    /** steps of this parcours' projet stage whatever the alternative */
    extra: z.array(StepSpecSchema).default([]),
  }),
  qualification: z.object({
    askRythme: z.boolean(),
    centre: AlternativeSchema,
    enTravaillant: AlternativeSchema,
    unknown: AlternativeSchema,
  }),
  emploi: z.array(AlternativeSchema).min(1),
});
export type LadderDef = z.infer<typeof LadderDefSchema>;

export const ParcoursFileSchema = Sourced.extend({
  parcours: z.array(
    z.object({
      id: ParcoursIdSchema,
      name: z.string(),
      easyRead: z.string(),
      stages: z.array(StageIdSchema).min(1),
      /** the freins region is asked first in this parcours */
      freinsFirst: z.boolean(),
      ladder: LadderDefSchema,
    }),
  ),
  /** steps every parcours shares: basic skills by need, the VAE branch, the answer to each frein */
  shared: z.object({
    savoirsDeBase: z.object({
      francais: StepSpecSchema,
      basics: StepSpecSchema,
      numerique: StepSpecSchema,
      unknown: StepSpecSchema,
      /** when no scheme fits: the structure to see */
      otherwise: StepSpecSchema,
    }),
    vae: z.array(StepSpecSchema).min(1),
    /** per frein: schemes that answer it (first open one is the step), else whom to see */
    freins: z.record(z.string(), z.object({ schemes: z.array(Id).default([]), who: WhoSchema.min(1) })),
  }),
  thresholds: z.object({
    youth: z.object({ ageMin: z.number(), ageMax: z.number(), ageMaxWithRqth: z.number() }),
    /** `diplome` answers that count as "no qualification" */
    noQualification: z.array(z.string()),
    /** `francais` answers below A2 */
    frenchBelowA2: z.array(z.string()),
    /** `situation` answers for RSA / ASS */
    minimumIncome: z.array(z.string()),
    /** `sansEmploiDepuis` answers meaning jobless 12 months or more */
    longTermJobless: z.array(z.string()),
    /** `ecrit` answers meaning difficulty reading and writing */
    writingDifficulty: z.array(z.string()),
    /** `situation` answers after which the jobless-duration question is skipped */
    notJobless: z.array(z.string()),
    /** `experience` answers that open the VAE branch (about a year or more) */
    vaeExperience: z.array(z.string()),
    /** regional trainee pay: full time is more than this many hours a week */
    fullTimeHoursPerWeek: z.number(),
  }),
});

// ---------------------------------------------------------------------------------------
// questions.json
// ---------------------------------------------------------------------------------------

export const QuestionDefSchema = z.object({
  id: z.string().regex(/^[a-z][A-Za-z]*$/),
  /** commune: an INSEE commune code of the answered département (territory.json), never an address */
  kind: z.enum(['single', 'multi', 'number', 'commune']),
  /** profile questions come before the orientation; the others inside a parcours */
  phase: z.enum(['profile', 'parcours']),
  stage: z.enum(['profil', 'accueil', 'savoirsDeBase', 'projet', 'qualification', 'titrePro', 'emploi', 'freins']),
  options: z.array(z.object({ value: z.string(), pictogram: z.string().optional() })).default([]),
  /** options computed from the catalogue (labels from the catalogue) */
  optionsFrom: z.enum(['titresOfSector', 'ccpOfTitre']).optional(),
  /** multi: this value cannot be combined with others */
  exclusive: z.array(z.string()).default([]),
  allowUnknown: z.boolean(),
  min: z.number().optional(),
  max: z.number().optional(),
  pictogram: z.string().optional(),
});
export type QuestionDef = z.infer<typeof QuestionDefSchema>;
export const QuestionsFileSchema = z.array(QuestionDefSchema);

// ---------------------------------------------------------------------------------------
// The whole catalogue, as the app receives it (data/catalogue-plugin.ts parses it at build time)
// ---------------------------------------------------------------------------------------

export const CatalogueSchema = z.object({
  schemes: SchemesFileSchema,
  titres: TitresFileSchema,
  structures: StructuresFileSchema,
  localDirectory: LocalDirectorySchema,
  parcours: ParcoursFileSchema,
  questions: QuestionsFileSchema,
  qpvCommunes: QpvCommunesSchema,
});
export type Catalogue = z.output<typeof CatalogueSchema>;
/**
 * The catalogue reaches the browser in two modules (data/catalogue-plugin.ts): what a journey
 * needs to ask its questions (data/index.ts), and what only a plan needs: the schemes, the
 * structures and the local addresses (data/plan-data.ts). A question does not load the second
 * one (issue 15).
 */
export const CATALOGUE_MODULE_PARTS = {
  journey: ['titres', 'parcours', 'questions', 'qpvCommunes'],
  plan: ['schemes', 'structures', 'localDirectory'],
} as const satisfies Record<string, readonly (keyof Catalogue)[]>;
export type JourneyCatalogue = Pick<Catalogue, (typeof CATALOGUE_MODULE_PARTS.journey)[number]>;
export type PlanCatalogue = Pick<Catalogue, (typeof CATALOGUE_MODULE_PARTS.plan)[number]>;

/** Each part of the catalogue and its file in data/. */
export const CATALOGUE_FILES = {
  schemes: 'schemes.json',
  titres: 'titres.json',
  structures: 'structures.json',
  localDirectory: 'local-directory.json',
  parcours: 'parcours.json',
  questions: 'questions.json',
  qpvCommunes: 'qpv-communes.json',
} as const satisfies Record<keyof Catalogue, string>;
