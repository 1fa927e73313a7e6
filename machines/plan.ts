/**
 * The plan builder: a finished parcours machine (its answers and the route it took) becomes an
 * ordered, language-independent plan — ids and codes only, the UI resolves the words. It is
 * compact because it will travel in a QR code, and versioned (`v`).
 *
 * « Nothing expired is offered »: a scheme whose `endsOn` is before the plan date, or whose age
 * limits exclude the person, never appears, not even as an alternative.
 */
import * as z from 'zod/mini';
import {
  AmountSchema,
  DurationSchema,
  IsoDate,
  ParcoursIdSchema,
  PaySchema,
  StageIdSchema,
  parcoursDef,
  parcoursShared,
  type LadderDef,
  type Scheme,
  type StageId,
  type StepSpec,
} from '../data';
import { getScheme, getStructureType } from '../data/plan-data';
import * as rules from './rules';
import { UNKNOWN, type Answers, type ParcoursId, type Reason, type RouteEntry } from './types';

export const PLAN_VERSION = 1 as const;

const ReasonSchema = z.object({
  code: z.string().check(z.minLength(1)),
  params: z.optional(z.record(z.string(), z.union([z.string(), z.number()]))),
});

/** What a step is about: a scheme, a titre (and CCP), a structure, a frein, or an action code. */
export const WhatSchema = z
  .object({
    scheme: z.optional(z.string()),
    titre: z.optional(z.string()),
    ccp: z.optional(z.string()),
    structure: z.optional(z.string()),
    frein: z.optional(z.string()),
    /** message key `action.<code>` */
    action: z.optional(z.string()),
  })
  .check(z.refine((w) => Object.values(w).some((v) => v !== undefined), { message: 'empty-what' }));

export const PlanStepSchema = z.object({
  id: z.string().check(z.minLength(1)),
  stage: StageIdSchema,
  what: WhatSchema,
  /** other ways to do the same step (alternatives within a stage) */
  alternatives: z.optional(z.array(WhatSchema)),
  /** the answers that put it there (`why.<code>`) */
  why: z.array(ReasonSchema).check(z.minLength(1)),
  /** structure type ids to contact */
  who: z.array(z.string()),
  duration: z.optional(DurationSchema),
  pay: z.optional(
    z.object({
      kind: PaySchema.shape.kind,
      amount: z.optional(z.omit(AmountSchema, { ageMin: true, ageMax: true })),
    }),
  ),
  /** document ids (`bring.<id>`) */
  bring: z.array(z.string()),
  status: z.enum(['a-faire', 'en-cours', 'fait']),
  /** optional appointment date */
  date: z.optional(IsoDate),
});
export type PlanStep = z.infer<typeof PlanStepSchema>;

export const NextActionSchema = z.object({
  /** message key `next.<code>`; params `structure`, `scheme`, `frein` hold catalogue ids */
  code: z.string().check(z.minLength(1)),
  params: z.optional(z.record(z.string(), z.string())),
  step: z.optional(z.string()),
});

export const PlanSchema = z
  .object({
    v: z.literal(PLAN_VERSION),
    parcours: ParcoursIdSchema,
    createdOn: IsoDate,
    steps: z.array(PlanStepSchema).check(z.minLength(1)),
    nextActions: z.array(NextActionSchema).check(z.length(3)),
  })
  .check(z.refine((p) => new Set(p.steps.map((s) => s.id)).size === p.steps.length, { message: 'duplicate-step-id' }));
export type Plan = z.infer<typeof PlanSchema>;
type What = z.infer<typeof WhatSchema>;

// ---------------------------------------------------------------------------------------

const STAGE_ORDER: StageId[] = ['accueil', 'freins', 'savoirsDeBase', 'projet', 'qualification', 'titrePro', 'emploi'];

/** In data/parcours.json, `referent` in a `who` list stands for the parcours' referent. */
const REFERENT = 'referent';
/** The national employment service accepts everyone: the referent when the parcours' own does not. */
const FALLBACK_REFERENT = 'france-travail';

interface BuildContext {
  answers: Answers;
  today: string;
  referent: string;
  parcours: ParcoursId;
  ladder: LadderDef;
  /** the parcours deals with the freins first: so does « Mes 3 prochaines actions » */
  freinsFirst: boolean;
}

type Draft = Omit<PlanStep, 'id'>;

/** Is this scheme offered to this person on this date? (active, and open to them) */
export const isOffered = (scheme: Scheme, answers: Answers, today: string) =>
  rules.isActiveOn(scheme, today) && rules.isSchemeEligible(scheme, answers);

/** Does this structure accept this person? (Mission locale 16–25, Cap emploi with a RQTH…) */
export const acceptsPerson = (structureId: string, answers: Answers) => {
  const type = getStructureType(structureId);
  return type !== undefined && rules.isStructureEligible(type, answers);
};

/** The first amount whose ages fit; an amount for a condition the answers cannot tell is skipped. */
const amountFor = (scheme: Scheme, a: Answers) => {
  const age = rules.ageOf(a);
  return scheme.pay.amounts.find((x) => {
    const byAge = x.ageMin !== undefined || x.ageMax !== undefined;
    if (x.condition !== undefined && !byAge) return false;
    if (age === undefined) return true;
    return (x.ageMin === undefined || age >= x.ageMin) && (x.ageMax === undefined || age <= x.ageMax);
  });
};

/** A plan carries the amount as it was applied, not the ages it was chosen by. */
const payOf = (scheme: Scheme, a: Answers): PlanStep['pay'] => {
  const amount = amountFor(scheme, a);
  if (!amount) return { kind: scheme.pay.kind };
  const { ageMin: _min, ageMax: _max, ...applied } = amount;
  return { kind: scheme.pay.kind, amount: applied };
};

/** Structure ids of a `who` list: `referent` resolved, those the person cannot use removed. */
const resolveWho = (ctx: BuildContext, who: readonly string[]): string[] => {
  const ids = who.map((w) => (w === REFERENT ? ctx.referent : w)).filter((id) => acceptsPerson(id, ctx.answers));
  return [...new Set(ids)];
};

/** The referent first, then at most two other structures: the plan must stay small. */
const whoFor = (ctx: BuildContext, structures: readonly string[]) => {
  const open = resolveWho(ctx, structures);
  const ordered = open.includes(ctx.referent) ? [ctx.referent, ...open.filter((p) => p !== ctx.referent)] : open;
  return (ordered.length > 0 ? ordered : [ctx.referent]).slice(0, 3);
};

const plainStep = (stage: StageId, what: What, why: Reason[], who: string[], bring: readonly string[] = []): Draft => ({
  stage,
  what,
  why,
  who,
  bring: [...bring],
  status: 'a-faire',
});

const reasons = (codes: readonly string[]): Reason[] => codes.map((code) => ({ code }));

/**
 * One step from its catalogue description (data/parcours.json). A scheme step is built around
 * the first scheme open to the person; the other open ones become alternatives. Nothing when
 * the step's rule does not hold, or no scheme is open and there is no `otherwise`.
 */
const fromSpec = (ctx: BuildContext, stage: StageId, spec: StepSpec, extraWhy: Reason[] = []): Draft | undefined => {
  if (spec.when && !rules.RULES[spec.when](ctx.answers)) return undefined;
  const why = [...reasons(spec.why), ...extraWhy];
  if (spec.action) return plainStep(stage, { action: spec.action }, why, whoFor(ctx, spec.who ?? [REFERENT]), spec.bring);
  if (spec.structure) return plainStep(stage, { structure: spec.structure }, why, whoFor(ctx, spec.who ?? [spec.structure]), spec.bring);
  const offered = (spec.schemes ?? [])
    .map((id) => getScheme(id))
    .filter((s): s is Scheme => s !== undefined && isOffered(s, ctx.answers, ctx.today));
  const [main, ...others] = offered;
  if (!main) {
    return spec.otherwise ? plainStep(stage, { action: spec.otherwise.action }, why, whoFor(ctx, spec.otherwise.who)) : undefined;
  }
  const paySource = spec.paySource ? getScheme(spec.paySource) : undefined;
  const payScheme = paySource && isOffered(paySource, ctx.answers, ctx.today) ? paySource : main;
  return {
    stage,
    what: { scheme: main.id },
    ...(others.length > 0 ? { alternatives: others.map((s) => ({ scheme: s.id })) } : {}),
    why,
    who: whoFor(ctx, main.prescribers),
    ...(main.duration ? { duration: main.duration } : {}),
    pay: payOf(payScheme, ctx.answers),
    bring: [...new Set([...main.bring, ...spec.bring])],
    status: 'a-faire',
  };
};

const fromSpecs = (ctx: BuildContext, stage: StageId, specs: readonly StepSpec[], extraWhy: Reason[] = []) =>
  specs.map((spec) => fromSpec(ctx, stage, spec, extraWhy));

const alternativeOf = <T extends { alt: string }>(list: readonly T[], alt: string): T | undefined => list.find((a) => a.alt === alt);

/** The ladder alternatives of a stage, by the name the machine recorded in its route. */
const qualificationAlternatives = (l: LadderDef) => [l.qualification.centre, l.qualification.enTravaillant, l.qualification.unknown];

/** Profile answers the person did not know that change what is open to them: one step to check them. */
const CHECK_WITH_REFERENT = ['age', 'diplome', 'rqth', 'francais', 'situation', 'enFranceDepuis', 'experience', 'ccpAcquis'];

const unknownAnswersStep = (ctx: BuildContext): Draft | undefined => {
  const unknown = CHECK_WITH_REFERENT.filter((q) => ctx.answers[q] === UNKNOWN);
  if (unknown.length === 0) return undefined;
  return plainStep('accueil', { action: 'verifierAvecConseiller' }, unknown.map((q) => ({ code: `unknown.${q}` })), [ctx.referent]);
};

const stepsFor = (entry: RouteEntry, ctx: BuildContext): Array<Draft | undefined> => {
  const a = ctx.answers;
  const l = ctx.ladder;
  const shared = parcoursShared;
  const titre = rules.chosenTitre(a);
  switch (entry.stage) {
    case 'accueil': {
      const alt = alternativeOf(l.accueil, entry.alt);
      if (!alt) return [];
      const others = resolveWho(ctx, alt.otherStructures).filter((s) => s !== ctx.referent);
      const age = rules.ageOf(a);
      // the youth referent's reason says the person's age (« Vous avez {age} ans »)
      const why = reasons(alt.why).map((r) => (r.code === 'youthReferent' && age !== undefined ? { ...r, params: { age } } : r));
      const base = plainStep('accueil', { structure: ctx.referent }, why, [ctx.referent], ['piece-identite', 'justificatif-domicile']);
      return [
        others.length > 0 ? { ...base, alternatives: others.map((structure) => ({ structure })) } : base,
        unknownAnswersStep(ctx),
        ...fromSpecs(ctx, 'accueil', alt.steps),
      ];
    }
    case 'freins': {
      const freins = rules.freinsOf(a);
      if (freins.length === 0) return [plainStep('freins', { frein: 'bilan' }, [{ code: 'freinUnknown' }], [ctx.referent])];
      return freins.map((frein) => {
        const why = [{ code: `frein.${frein}` }];
        const spec = shared.freins[frein];
        const schemeStep = spec && spec.schemes.length > 0 ? fromSpec(ctx, 'freins', { schemes: spec.schemes, why: [], bring: [] }, why) : undefined;
        return schemeStep ?? plainStep('freins', { frein }, why, whoFor(ctx, spec?.who ?? [REFERENT]));
      });
    }
    case 'savoirsDeBase': {
      const s = shared.savoirsDeBase;
      const needs = rules.basicSkillNeeds(a);
      const steps: Array<Draft | undefined> = [];
      const french = l.savoirsDeBase.always || (needs.includes('francais') && rules.hasFrenchBelowA2(a));
      if (french) steps.push(fromSpec(ctx, 'savoirsDeBase', s.francais));
      const basics = needs.filter((n) => n !== 'numerique' && !(n === 'francais' && french));
      if (basics.length > 0) steps.push(fromSpec(ctx, 'savoirsDeBase', s.basics, basics.map((n) => ({ code: `need.${n}` }))));
      if (needs.includes('numerique')) steps.push(fromSpec(ctx, 'savoirsDeBase', s.numerique));
      if (a.besoinsSavoirs === UNKNOWN) steps.push(fromSpec(ctx, 'savoirsDeBase', s.unknown));
      if (steps.filter(Boolean).length === 0) steps.push(fromSpec(ctx, 'savoirsDeBase', s.otherwise, needWhy(a)));
      return steps;
    }
    case 'projet': {
      const why: Reason[] = [{ code: rules.knowsTargetJob(a) ? 'projetConnu' : a.projetConnu === UNKNOWN ? 'projetUnknown' : 'projetInconnu' }];
      const alt = alternativeOf([l.projet.known, l.projet.unknown], entry.alt);
      const steps = [...fromSpecs(ctx, 'projet', alt?.steps ?? [], why), ...fromSpecs(ctx, 'projet', l.projet.extra)];
      if (!titre) {
        const sector = rules.hasChosenSector(a) ? String(a.secteur) : undefined;
        steps.push(plainStep('projet', { action: 'choisirTitre' }, [sector ? { code: 'sectorChosen', params: { secteur: sector } } : { code: 'titreUnknown' }], [ctx.referent]));
      }
      return steps;
    }
    case 'qualification': {
      const titreWhy: Reason[] = titre ? [{ code: 'titreChoisi', params: { titre: titre.id } }] : [];
      const partTime = a.rythme === 'temps-partiel' ? [{ code: 'tempsPartiel' }] : [];
      const specs = entry.alt === 'vae' ? shared.vae : (alternativeOf(qualificationAlternatives(l), entry.alt)?.steps ?? []);
      return fromSpecs(ctx, 'qualification', specs, [...partTime, ...titreWhy]);
    }
    case 'titrePro': {
      if (!titre || entry.alt === 'aChoisir') {
        // the titre is chosen at the projet stage (choisirTitre): here, passing the one chosen
        return [plainStep('titrePro', { action: 'passerTitre' }, [{ code: 'titreUnknown' }], [ctx.referent])];
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
    case 'emploi':
      return fromSpecs(ctx, 'emploi', alternativeOf(l.emploi, entry.alt)?.steps ?? []);
  }
};

const needWhy = (a: Answers): Reason[] => {
  const needs = rules.basicSkillNeeds(a);
  if (needs.length === 0) return [{ code: a.besoinsSavoirs === UNKNOWN ? 'needUnknown' : 'frenchBelowA2' }];
  return needs.map((n) => ({ code: `need.${n}` }));
};

/** A step's id: stable across releases, since a file's progress (done, appointment) is keyed by it. */
export const stepKey = (s: Pick<PlanStep, 'stage' | 'what'>) =>
  `${s.stage}-${s.what.ccp ?? s.what.scheme ?? s.what.frein ?? s.what.action ?? s.what.titre ?? s.what.structure}`;

/** What a step is about, whatever its stage: the same scheme, action or structure is one step. */
const identityOf = (w: What) => JSON.stringify([w.scheme, w.action, w.titre, w.ccp, w.structure, w.frein]);

/**
 * The schemes a step may take its pay from instead of its own (`paySource` in data/parcours.json),
 * in a fixed order: the QR payload names them by position, so only append
 * (tests/payload/pay-sources.test.ts checks every `paySource` of the table is here).
 */
export const paySourceIds = (): readonly string[] => ['remuneration-region'];

export interface BuildPlanInput {
  parcours: ParcoursId;
  answers: Answers;
  route: RouteEntry[];
  /** ISO date of the plan: schemes ended before it are never offered */
  today: string;
}

const referentOf = (ladder: LadderDef, route: RouteEntry[], answers: Answers) => {
  const accueil = route.find((r) => r.stage === 'accueil');
  const chosen = accueil ? alternativeOf(ladder.accueil, accueil.alt)?.referent : undefined;
  return chosen && acceptsPerson(chosen, answers) ? chosen : FALLBACK_REFERENT;
};

export const buildPlan = ({ parcours, answers, route, today }: BuildPlanInput): Plan => {
  const def = parcoursDef(parcours);
  const ctx: BuildContext = {
    answers,
    today,
    parcours,
    ladder: def.ladder,
    freinsFirst: def.freinsFirst,
    referent: referentOf(def.ladder, route, answers),
  };
  const stageOrder = def.stages.length > 0 ? def.stages : STAGE_ORDER;

  const raw = route.flatMap((entry) => stepsFor(entry, ctx)).filter((s): s is Draft => s !== undefined);
  // stable sort by the parcours' stage order; within a stage, the order the machine took
  const ordered = raw
    .map((s, i) => ({ s, i }))
    .sort((x, y) => stageOrder.indexOf(x.s.stage) - stageOrder.indexOf(y.s.stage) || x.i - y.i)
    .map(({ s }) => s);

  // Nothing twice: a scheme, action or structure met again joins its reasons to the first step.
  const byIdentity = new Map<string, Draft>();
  for (const s of ordered) {
    const first = byIdentity.get(identityOf(s.what));
    if (!first) {
      byIdentity.set(identityOf(s.what), { ...s });
      continue;
    }
    const codes = new Set(first.why.map((w) => JSON.stringify(w)));
    first.why = [...first.why, ...s.why.filter((w) => !codes.has(JSON.stringify(w)))];
  }
  const mains = new Set([...byIdentity.keys()]);
  const seenIds = new Map<string, number>();
  const steps: PlanStep[] = [];
  for (const s of byIdentity.values()) {
    // an alternative that is a step of its own elsewhere in the plan is not offered twice
    const alternatives = (s.alternatives ?? []).filter((w) => !mains.has(identityOf(w)));
    const { alternatives: _drop, ...rest } = s;
    const key = stepKey(s);
    const n = seenIds.get(key) ?? 0;
    seenIds.set(key, n + 1);
    steps.push({ id: n === 0 ? key : `${key}-${n + 1}`, ...rest, ...(alternatives.length > 0 ? { alternatives } : {}) });
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
  if (frein && (ctx.freinsFirst || !firstScheme)) {
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
