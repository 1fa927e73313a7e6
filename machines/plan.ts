/**
 * The plan builder: a finished parcours machine (its answers and the route it took) becomes an
 * ordered, language-independent plan — ids and codes only, the UI resolves the words. It is
 * compact because it will travel in a QR code, and versioned (`v`).
 *
 * « Nothing expired is offered »: a scheme whose `endsOn` is before the plan date, or whose age
 * limits exclude the person, never appears, not even as an alternative.
 */
import { z } from 'zod';
import {
  AmountSchema,
  DurationSchema,
  IsoDate,
  ParcoursIdSchema,
  PaySchema,
  StageIdSchema,
  getScheme,
  parcoursDefs,
  type Scheme,
  type StageId,
} from '../data';
import * as rules from './rules';
import type { Answers, ParcoursId, Reason, RouteEntry } from './types';

export const PLAN_VERSION = 1 as const;

const ReasonSchema = z.object({
  code: z.string().min(1),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});

/** What a step is about: a scheme, a titre (and CCP), a structure, a frein, or an action code. */
export const WhatSchema = z
  .object({
    scheme: z.string().optional(),
    titre: z.string().optional(),
    ccp: z.string().optional(),
    structure: z.string().optional(),
    frein: z.string().optional(),
    /** message key `action.<code>` */
    action: z.string().optional(),
  })
  .refine((w) => Object.values(w).some((v) => v !== undefined), { message: 'empty-what' });

export const PlanStepSchema = z.object({
  id: z.string().min(1),
  stage: StageIdSchema,
  what: WhatSchema,
  /** other ways to do the same step (alternatives within a stage) */
  alternatives: z.array(WhatSchema).optional(),
  /** the answers that put it there (`why.<code>`) */
  why: z.array(ReasonSchema).min(1),
  /** structure type ids to contact */
  who: z.array(z.string()),
  duration: DurationSchema.optional(),
  pay: z
    .object({
      kind: PaySchema.shape.kind,
      amount: AmountSchema.optional(),
    })
    .optional(),
  /** document ids (`bring.<id>`) */
  bring: z.array(z.string()),
  status: z.enum(['a-faire', 'en-cours', 'fait']),
  /** optional appointment date */
  date: IsoDate.optional(),
});
export type PlanStep = z.infer<typeof PlanStepSchema>;

export const NextActionSchema = z.object({
  /** message key `next.<code>`; params `structure`, `scheme`, `frein` hold catalogue ids */
  code: z.string().min(1),
  params: z.record(z.string(), z.string()).optional(),
  step: z.string().optional(),
});

export const PlanSchema = z
  .object({
    v: z.literal(PLAN_VERSION),
    parcours: ParcoursIdSchema,
    createdOn: IsoDate,
    steps: z.array(PlanStepSchema).min(1),
    nextActions: z.array(NextActionSchema).length(3),
  })
  .refine((p) => new Set(p.steps.map((s) => s.id)).size === p.steps.length, { message: 'duplicate-step-id' });
export type Plan = z.infer<typeof PlanSchema>;
type What = z.infer<typeof WhatSchema>;

// ---------------------------------------------------------------------------------------

const STAGE_ORDER: StageId[] = ['accueil', 'freins', 'savoirsDeBase', 'projet', 'qualification', 'titrePro', 'emploi'];

const REFERENT_OF_ACCUEIL: Record<string, string> = {
  missionLocale: 'mission-locale',
  capEmploi: 'cap-emploi',
  departementRsa: 'departement-rsa',
  franceTravail: 'france-travail',
  franceTravailOuOfii: 'france-travail',
};

interface BuildContext {
  answers: Answers;
  today: string;
  referent: string;
  parcours: ParcoursId;
}

const ageParams = (a: Answers) => {
  const age = rules.ageOf(a);
  return age === undefined ? undefined : { age };
};

/** Is this scheme offered to this person on this date? */
export const isOffered = (scheme: Scheme, answers: Answers, today: string) =>
  rules.isActiveOn(scheme, today) && rules.isAgeEligible(scheme, answers) && !rules.isSituationExcluded(scheme, answers);

const amountFor = (scheme: Scheme, a: Answers) => {
  const age = rules.ageOf(a);
  const matches = (condition: string | undefined): boolean => {
    if (!condition || age === undefined) return true;
    let m = /^age-(\d+)-(\d+)/.exec(condition);
    if (m) return age >= Number(m[1]) && age <= Number(m[2]);
    m = /^age-(\d+)-plus/.exec(condition);
    if (m) return age >= Number(m[1]);
    m = /^age-under-(\d+)/.exec(condition);
    if (m) return age < Number(m[1]);
    if (condition === 'minor') return age < 18;
    if (condition.startsWith('adult')) return age >= 18;
    return false;
  };
  return scheme.pay.amounts.find((x) => matches(x.condition)) ?? undefined;
};

const payOf = (scheme: Scheme, a: Answers, paySource?: Scheme) => {
  const source = paySource ?? scheme;
  const amount = amountFor(source, a);
  return { kind: source.pay.kind, ...(amount ? { amount } : {}) };
};

/** The referent first, then at most two other structures: the plan must stay small. */
const whoFor = (prescribers: string[], referent: string) =>
  (prescribers.includes(referent) ? [referent, ...prescribers.filter((p) => p !== referent)] : prescribers).slice(0, 3);

/**
 * A step around the first offered scheme among `candidates`; the other offered ones become
 * alternatives. Returns nothing when none is offered (ended, or age limits).
 */
const schemeStep = (
  ctx: BuildContext,
  stage: StageId,
  candidates: string[],
  why: Reason[],
  opts: { paySource?: string } = {},
): Omit<PlanStep, 'id'> | undefined => {
  const offered = candidates
    .map((id) => getScheme(id))
    .filter((s): s is Scheme => s !== undefined && isOffered(s, ctx.answers, ctx.today));
  const [main, ...others] = offered;
  if (!main) return undefined;
  const paySource = opts.paySource ? getScheme(opts.paySource) : undefined;
  const usablePaySource = paySource && isOffered(paySource, ctx.answers, ctx.today) ? paySource : undefined;
  return {
    stage,
    what: { scheme: main.id },
    ...(others.length > 0 ? { alternatives: others.map((s) => ({ scheme: s.id })) } : {}),
    why,
    who: whoFor(main.prescribers, ctx.referent),
    ...(main.duration ? { duration: main.duration } : {}),
    pay: payOf(main, ctx.answers, usablePaySource),
    bring: main.bring,
    status: 'a-faire',
  };
};

const plainStep = (stage: StageId, what: What, why: Reason[], who: string[], bring: string[] = []): Omit<PlanStep, 'id'> => ({
  stage,
  what,
  why,
  who,
  bring,
  status: 'a-faire',
});

const needWhy = (a: Answers): Reason[] => {
  const needs = rules.basicSkillNeeds(a);
  if (needs.length === 0) return [{ code: a.besoinsSavoirs === 'nsp' ? 'needUnknown' : 'frenchBelowA2' }];
  return needs.map((n) => ({ code: `need.${n}` }));
};

const stepsFor = (entry: RouteEntry, ctx: BuildContext): Array<Omit<PlanStep, 'id'> | undefined> => {
  const a = ctx.answers;
  const titre = rules.chosenTitre(a);
  switch (entry.stage) {
    case 'accueil': {
      const structure = REFERENT_OF_ACCUEIL[entry.alt] ?? 'france-travail';
      const why: Reason[] =
        entry.alt === 'missionLocale'
          ? [rules.isUnderYouthAge(a) ? { code: 'under16', params: { age: rules.ageOf(a) ?? 0 } } : { code: 'youthReferent', ...(ageParams(a) ? { params: ageParams(a) } : {}) }]
          : entry.alt === 'capEmploi'
            ? [{ code: 'withRqth' }]
            : entry.alt === 'departementRsa'
              ? [{ code: 'onRsa' }]
              : [{ code: 'referent' }];
      const alternatives: What[] =
        entry.alt === 'franceTravailOuOfii'
          ? [{ structure: 'ofii' }]
          : entry.stage === 'accueil' && ctx.parcours === 'reprise'
            ? [{ structure: entry.alt === 'departementRsa' ? 'france-travail' : 'plie' }, ...(entry.alt === 'departementRsa' ? [{ structure: 'plie' }] : [])]
            : [];
      const base = plainStep('accueil', { structure }, why, [structure], ['piece-identite', 'justificatif-domicile']);
      return [
        alternatives.length > 0 ? { ...base, alternatives } : base,
        ...(entry.alt === 'missionLocale' ? [schemeStep(ctx, 'accueil', ['cej', 'pacea'], [{ code: 'youthSupport' }])] : []),
      ];
    }
    case 'freins': {
      const freins = rules.freinsOf(a);
      if (freins.length === 0) {
        return [plainStep('freins', { frein: 'bilan' }, [{ code: 'freinUnknown' }], [ctx.referent])];
      }
      return freins.map((frein) => {
        const why = [{ code: `frein.${frein}` }];
        if (frein === 'permis') {
          return schemeStep(ctx, 'freins', ['combo-parfait'], why) ?? plainStep('freins', { frein }, why, [ctx.referent]);
        }
        if (frein === 'numerique') {
          return schemeStep(ctx, 'freins', ['visa-pro-numerique'], why) ?? plainStep('freins', { frein }, why, ['france-services']);
        }
        const who: Record<string, string[]> = {
          mobilite: [ctx.referent],
          'garde-enfants': [ctx.referent, 'france-services'],
          logement: ['france-services', ctx.referent],
          sante: rules.hasRqth(a) ? ['cap-emploi'] : [ctx.referent],
          papiers: ctx.parcours === 'allophone' ? ['france-services', 'ofii'] : ['france-services'],
        };
        return plainStep('freins', { frein }, why, who[frein] ?? [ctx.referent]);
      });
    }
    case 'savoirsDeBase': {
      const needs = rules.basicSkillNeeds(a);
      const steps: Array<Omit<PlanStep, 'id'> | undefined> = [];
      if (entry.alt === 'fle' || (needs.includes('francais') && rules.hasFrenchBelowA2(a))) {
        steps.push(schemeStep(ctx, 'savoirsDeBase', ['ofii-cir-fle', 'fle-alpha'], [{ code: 'frenchBelowA2' }]));
      }
      const basics = needs.filter((n) => n !== 'numerique' && !(n === 'francais' && entry.alt === 'fle'));
      if (basics.length > 0) {
        steps.push(schemeStep(ctx, 'savoirsDeBase', ['visa-trois-en-un', 'clea'], basics.map((n) => ({ code: `need.${n}` }))));
      }
      if (needs.includes('numerique')) {
        steps.push(schemeStep(ctx, 'savoirsDeBase', ['visa-pro-numerique'], [{ code: 'need.numerique' }]));
      }
      if (a.besoinsSavoirs === 'nsp') {
        steps.push(schemeStep(ctx, 'savoirsDeBase', ['clea', 'visa-trois-en-un'], [{ code: 'needUnknown' }]));
      }
      if (steps.filter(Boolean).length === 0) {
        steps.push(plainStep('savoirsDeBase', { structure: 'espace-libres-savoirs' }, needWhy(a), ['espace-libres-savoirs']));
      }
      return steps;
    }
    case 'projet': {
      const why: Reason[] = [{ code: rules.knowsTargetJob(a) ? 'projetConnu' : a.projetConnu === 'nsp' ? 'projetUnknown' : 'projetInconnu' }];
      const steps: Array<Omit<PlanStep, 'id'> | undefined> = [];
      if (entry.alt === 'decouverte') {
        steps.push(schemeStep(ctx, 'projet', ['e2c', 'epide'], why));
        steps.push(schemeStep(ctx, 'projet', ['service-civique'], why));
      }
      if (entry.alt === 'visaPlus') steps.push(schemeStep(ctx, 'projet', ['visa-plus-parcours-emploi'], why));
      steps.push(schemeStep(ctx, 'projet', ['pmsmp'], why));
      if (ctx.parcours === 'allophone') {
        if (a.diplome === 'etranger') {
          steps.push(plainStep('projet', { action: 'reconnaissanceDiplome' }, [{ code: 'foreignDiploma' }], ['france-travail'], ['diplomes']));
        }
        steps.push(plainStep('projet', { action: 'droitTravail' }, [{ code: 'rightToWork' }], ['france-travail'], ['titre-sejour']));
      }
      if (!titre) {
        const sector = rules.hasChosenSector(a) ? String(a.secteur) : undefined;
        steps.push(
          plainStep('projet', { action: 'choisirTitre' }, [sector ? { code: 'sectorChosen', params: { secteur: sector } } : { code: 'titreUnknown' }], [ctx.referent]),
        );
      }
      return steps;
    }
    case 'qualification': {
      const titreWhy: Reason[] = titre ? [{ code: 'titreChoisi', params: { titre: titre.id } }] : [];
      const partTime = a.rythme === 'temps-partiel' ? [{ code: 'tempsPartiel' }] : [];
      switch (entry.alt) {
        case 'vae':
          return [schemeStep(ctx, 'qualification', ['vae'], [{ code: 'experienceVae' }, ...titreWhy])];
        case 'prf':
        case 'prfOuDefi':
          return [schemeStep(ctx, 'qualification', ['prf-qualifiant', 'defi'], [{ code: 'modeCentre' }, ...partTime, ...titreWhy], { paySource: 'remuneration-region' })];
        case 'defiOuPrf':
          return [schemeStep(ctx, 'qualification', ['defi', 'prf-qualifiant'], [{ code: 'modeCentre' }, ...partTime, ...titreWhy], { paySource: 'remuneration-region' })];
        case 'apprentissage':
          return [schemeStep(ctx, 'qualification', ['apprentissage', 'prepa-apprentissage', 'contrat-pro'], [{ code: 'modeTravail' }, ...titreWhy])];
        case 'iaeOuContratPro':
        case 'iae':
          return [
            schemeStep(ctx, 'qualification', ['iae-aci', 'iae-ei', 'iae-etti', 'iae-ai'], [{ code: a.modeFormation === 'en-travaillant' ? 'modeTravail' : 'modeUnknown' }, ...titreWhy]),
            ...(entry.alt === 'iae' && a.modeFormation === 'en-travaillant' ? [schemeStep(ctx, 'qualification', ['contrat-pro'], [{ code: 'modeTravail' }, ...titreWhy])] : []),
            ...(entry.alt === 'iaeOuContratPro' ? [schemeStep(ctx, 'qualification', ['contrat-pro'], [{ code: 'modeTravail' }, ...titreWhy])] : []),
          ];
        case 'contratPro':
          return [schemeStep(ctx, 'qualification', ['contrat-pro', 'apprentissage'], [{ code: 'modeTravail' }, ...titreWhy]) ?? plainStep('qualification', { action: 'chercherAlternance' }, [{ code: 'modeTravail' }], [ctx.referent])];
        default:
          return [schemeStep(ctx, 'qualification', ['prf-qualifiant', 'defi', 'apprentissage', 'contrat-pro'], [{ code: 'modeUnknown' }, ...titreWhy], { paySource: 'remuneration-region' })];
      }
    }
    case 'titrePro': {
      if (!titre || entry.alt === 'aChoisir') {
        return [plainStep('titrePro', { action: 'choisirTitre' }, [{ code: 'titreUnknown' }], [ctx.referent])];
      }
      const why: Reason[] = [{ code: 'titreChoisi', params: { titre: titre.id } }];
      if (entry.alt === 'partiel') {
        return [plainStep('titrePro', { titre: titre.id, action: 'titrePartiel' }, [{ code: 'ccpAcquis' }, ...why], [ctx.referent], ['diplomes'])];
      }
      if (entry.alt === 'ccp' && entry.ccp) {
        // blocks not in the catalogue: one step for « the missing blocks »
        const what = entry.ccp === 'manquants' ? { titre: titre.id, action: 'ccpManquants' } : { titre: titre.id, ccp: entry.ccp };
        return [plainStep('titrePro', what, [{ code: 'ccpManquant' }, ...why], [ctx.referent])];
      }
      return [plainStep('titrePro', { titre: titre.id }, titre.singleUnit ? [...why, { code: 'singleUnit' }] : why, [ctx.referent])];
    }
    case 'emploi': {
      if (entry.alt === 'embaucheApprentissage') {
        return [plainStep('emploi', { action: 'embaucheApprentissage' }, [{ code: 'modeTravail' }], [ctx.referent], ['cv'])];
      }
      if (entry.alt === 'sortieIaeOuPec') {
        return [
          plainStep('emploi', { action: 'sortieIae' }, [{ code: 'afterIae' }], [ctx.referent, 'siae'], ['cv']),
          schemeStep(ctx, 'emploi', ['pec'], [{ code: 'afterIae' }]),
        ];
      }
      return [plainStep('emploi', { action: 'rechercheEmploi' }, [{ code: 'jobSearch' }], [ctx.referent], ['cv'])];
    }
  }
};

/** A step's id before any `-n` for a repeat; the QR payload leaves out the ids that match it. */
export const stepKey = (s: Pick<PlanStep, 'stage' | 'what'>) =>
  `${s.stage}-${s.what.ccp ?? s.what.scheme ?? s.what.frein ?? s.what.action ?? s.what.titre ?? s.what.structure}`;

/** The schemes a step may take its pay from instead of its own (`paySource` in stepsFor), in a
 * fixed order: the QR payload names them by position, so only append. */
export const paySourceIds = (): readonly string[] => ['remuneration-region'];

export interface BuildPlanInput {
  parcours: ParcoursId;
  answers: Answers;
  route: RouteEntry[];
  /** ISO date of the plan: schemes ended before it are never offered */
  today: string;
}

export const buildPlan = ({ parcours, answers, route, today }: BuildPlanInput): Plan => {
  const accueil = route.find((r) => r.stage === 'accueil');
  const referent = (accueil && REFERENT_OF_ACCUEIL[accueil.alt]) ?? 'france-travail';
  const ctx: BuildContext = { answers, today, referent, parcours };
  const stageOrder = (parcoursDefs.find((p) => p.id === parcours)?.stages ?? STAGE_ORDER) as StageId[];

  const raw = route.flatMap((entry) => stepsFor(entry, ctx)).filter((s): s is Omit<PlanStep, 'id'> => s !== undefined);
  // stable sort by the parcours' stage order; within a stage, the order the machine took
  const ordered = raw
    .map((s, i) => ({ s, i }))
    .sort((x, y) => stageOrder.indexOf(x.s.stage) - stageOrder.indexOf(y.s.stage) || x.i - y.i)
    .map(({ s }) => s);

  const seen = new Map<string, number>();
  const steps: PlanStep[] = [];
  for (const s of ordered) {
    const key = stepKey(s);
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    if (n > 0 && s.what.scheme) continue; // the same scheme twice in a stage adds nothing
    steps.push({ id: n === 0 ? key : `${key}-${n + 1}`, ...s });
  }

  return { v: PLAN_VERSION, parcours, createdOn: today, steps, nextActions: nextActionsFor(steps, ctx) };
};

const nextActionsFor = (steps: PlanStep[], ctx: BuildContext): Plan['nextActions'] => {
  const first = steps[0];
  const actions: Plan['nextActions'] = [
    { code: 'contactReferent', params: { structure: ctx.referent }, ...(first ? { step: first.id } : {}) },
  ];
  const frein = rules.freinsOf(ctx.answers)[0];
  const firstScheme = steps.find((s) => s.stage !== 'accueil' && s.what.scheme);
  if (frein && (ctx.parcours === 'reconversion' || !firstScheme)) {
    const freinStep = steps.find((s) => s.stage === 'freins');
    actions.push({ code: 'talkAboutFrein', params: { frein }, ...(freinStep ? { step: freinStep.id } : {}) });
  } else if (firstScheme?.what.scheme) {
    actions.push({ code: 'askAboutScheme', params: { scheme: firstScheme.what.scheme }, step: firstScheme.id });
  } else {
    actions.push({ code: 'discoverJobs' });
  }
  const withDocs = steps.find((s) => s.bring.length > 0);
  actions.push(withDocs ? { code: 'prepareDocuments', step: withDocs.id } : { code: 'keepPlan' });
  return actions;
};
