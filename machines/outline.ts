/**
 * The outline of each parcours, for drawing it (the workshop's journeys, the hand-outs): its
 * stages in order, and at each stage the alternatives the machine can take, the condition that
 * picks each one, and what the plan builder can offer there (schemes, structure types, actions).
 *
 * Nothing here is a second list of stages or schemes. The alternatives and their conditions
 * are read from the statechart definitions (the `enterStage` entries, the guards leading to
 * them); what each alternative offers is obtained by asking the plan builder itself, on a
 * set of answers built from the questions' own options. So a change to a machine, to the
 * catalogue or to the builder's scheme table shows up here without touching the workshop.
 *
 * Data is read through the three small functions at the top (`stageOrderOf`, `referentsOf`,
 * `offeredAt`): when the builder's table moves to data/, only they need re-pointing.
 */
import type { AnyStateMachine } from 'xstate';
import { parcoursDefs, questionDefs, thresholds, titres, type Eligibility, type QuestionDef } from '../data';
import { schemes, structureTypes } from '../data/plan-data';
import { buildPlan } from './plan';
import { parcoursMachines, startJourney, viewJourney, answerQuestion } from './journey';
import { orientationMachine } from './orientation.machine';
import { questionView, type QuestionView } from './questions';
import { UNKNOWN, type AnswerValue, type Answers, type ParcoursId, type Reason, type RouteEntry, type StageId } from './types';

// --- data access (re-point here) ----------------------------------------------------------

/** The parcours' own stage order, as its plan is sorted. */
const stageOrderOf = (parcours: ParcoursId): readonly StageId[] => parcoursDefs.find((p) => p.id === parcours)?.stages ?? [];

/** The structures that can welcome a person in the parcours: each accueil alternative's referent and the others it names. */
const referentsOf = (parcours: ParcoursId): readonly string[] => [
  ...new Set((parcoursDefs.find((p) => p.id === parcours)?.ladder.accueil ?? []).flatMap((a) => [a.referent, ...a.otherStructures])),
];

export interface Offer {
  schemes: string[];
  structures: string[];
  /** action codes (`plan.action.<code>`) */
  actions: string[];
  freins: string[];
}

/**
 * What the plan can hold at `stage` when the machine took `alt`: the union, over the answer
 * variants, of the steps the plan builder makes for that route. Schemes ended on `today` are
 * left out by the builder itself.
 */
const offeredAt = (parcours: ParcoursId, route: RouteEntry[], stage: StageId, today: string): Offer => {
  const found = { schemes: new Set<string>(), structures: new Set<string>(), actions: new Set<string>(), freins: new Set<string>() };
  for (const answers of answerVariants()) {
    const plan = buildPlan({ parcours, answers, route, today });
    for (const step of plan.steps) {
      if (step.stage !== stage) continue;
      for (const what of [step.what, ...(step.alternatives ?? [])]) {
        if (what.scheme) found.schemes.add(what.scheme);
        if (what.structure) found.structures.add(what.structure);
        if (what.action) found.actions.add(what.action);
        if (what.frein) found.freins.add(what.frein);
      }
      step.who.forEach((w) => found.structures.add(w));
    }
  }
  return { schemes: [...found.schemes], structures: [...found.structures], actions: [...found.actions], freins: [...found.freins] };
};

let variantsCache: Answers[] | undefined;

/**
 * Answer sets that between them reach every branch of the plan builder: nothing answered; a
 * « rich » base where every multiple-choice question has all its options ticked (so that
 * combinations such as « needs French » with « French below A2 » are met); that base with each
 * option of each question in turn (and « je ne sais pas »); a titre chosen, partly obtained or
 * single-unit; and each edge of the schemes' age limits (an age that rules a scheme out lets
 * the next one lead). The same answers without the rich base add nothing (checked when this
 * was written: the four outlines came out identical, at half the cost).
 */
const answerVariants = (): Answers[] => {
  if (variantsCache) return variantsCache;
  const withOptions = questionDefs.filter((q) => !q.optionsFrom && q.options.length > 0);
  const valueOf = (q: QuestionDef, v: string): AnswerValue => (q.kind === 'multi' ? [v] : v);
  const singles: Answers[] = withOptions.flatMap((q) => [...q.options.map((o) => ({ [q.id]: valueOf(q, o.value) })), { [q.id]: UNKNOWN }]);
  const rich: Answers = Object.fromEntries(
    withOptions.filter((q) => q.kind === 'multi').map((q) => [q.id, q.options.map((o) => o.value).filter((v) => !q.exclusive.includes(v))]),
  );
  const withCcp = titres.find((t) => t.ccp.length > 0);
  const singleUnit = titres.find((t) => t.singleUnit);
  const titreSets: Answers[] = [
    ...(withCcp ? [{ secteur: withCcp.sector, titreVise: withCcp.id, ccpAcquis: [withCcp.ccp[0]!.id] }, { secteur: withCcp.sector, titreVise: withCcp.id }] : []),
    ...(singleUnit ? [{ secteur: singleUnit.sector, titreVise: singleUnit.id }] : []),
  ];
  // What opens each scheme and structure type (data/: `eligibility`): its situations, the answers
  // it requires, and each edge of its age limits (with RQTH for the RQTH limit), plans being
  // made from the youth age on. Each is tried alone and on the rich base: a structure the
  // builder keeps only for such answers then shows at every stage it can reach.
  const eligibilities: Eligibility[] = [...schemes, ...structureTypes].map((x) => x.eligibility).filter((e): e is Eligibility => e !== undefined);
  const planAge = (n: number) => n >= thresholds.youth.ageMin;
  const opening: Answers[] = eligibilities.flatMap((e) => {
    const required = Object.entries(e.requires).flatMap(([id, values]) => values.map((v) => ({ [id]: valueOf(questionDefs.find((q) => q.id === id) ?? ({ kind: 'single' } as QuestionDef), v) })));
    const situations = [...e.situationsAnyAge].map((situation) => ({ situation }));
    const edges = [e.ageMin, e.ageMax].filter((n): n is number => n !== undefined).flatMap((n) => [n - 1, n, n + 1]).filter(planAge).map((age) => ({ age }));
    const rqthEdges = [e.ageMaxWithRqth].filter((n): n is number => n !== undefined).flatMap((n) => [n, n + 1]).filter(planAge).map((age) => ({ age, rqth: 'oui' }));
    const all: Answers = Object.assign({}, ...required);
    return [...required, ...situations, ...edges, ...rqthEdges, ...(required.length > 1 ? [all] : [])];
  });
  // A step names the referent and at most two other structures, so one shows there only when
  // those listed before it are closed. Closing bases close every rule at once (an age past every
  // upper limit or under the lowest minimum, each required answer given another value), then
  // reopen one rule by leaving its answer out; every single answer is tried on each base.
  const questionOf = (id: string) => questionDefs.find((q) => q.id === id);
  const closedAnswers: Answers = {};
  for (const e of eligibilities) {
    for (const [id, accepted] of Object.entries(e.requires)) {
      const q = questionOf(id);
      const other = q?.options.find((o) => !accepted.includes(o.value) && !q.exclusive.includes(o.value) && o.value !== UNKNOWN);
      if (q && other && closedAnswers[id] === undefined) closedAnswers[id] = valueOf(q, other.value);
    }
  }
  const uppers = eligibilities.flatMap((e) => [e.ageMax, e.ageMaxWithRqth]).filter((n): n is number => n !== undefined);
  const lowers = eligibilities.map((e) => e.ageMin).filter((n): n is number => n !== undefined && n - 1 >= thresholds.youth.ageMin);
  const closingAges = [...(uppers.length > 0 ? [Math.max(...uppers) + 1] : []), ...(lowers.length > 0 ? [Math.min(...lowers) - 1] : [])];
  const closingBases: Answers[] = closingAges.flatMap((age) => {
    const closed: Answers = { ...closedAnswers, age };
    return [closed, ...Object.keys(closed).map((k) => Object.fromEntries(Object.entries(closed).filter(([key]) => key !== k)) as Answers)];
  });
  const pairs = [...closingBases, ...closingBases.map((base) => ({ ...rich, ...base }))].flatMap((base) => [base, ...singles.map((single) => ({ ...base, ...single }))]);
  const all = [{}, rich, ...singles, ...singles.map((s) => ({ ...rich, ...s })), ...opening, ...pairs, ...opening.map((s) => ({ ...rich, ...s })), ...titreSets, ...titreSets.map((s) => ({ ...rich, ...s }))];
  const seen = new Set<string>();
  variantsCache = all.filter((v) => {
    const key = JSON.stringify(Object.entries(v).sort(([x], [y]) => x.localeCompare(y)));
    return !seen.has(key) && seen.add(key) !== undefined;
  });
  return variantsCache;
};

// --- reading the statecharts --------------------------------------------------------------

interface NodeLike {
  key: string;
  type: string;
  entry: Array<{ type?: string; params?: unknown }>;
  meta?: { question?: string; priority?: number };
  states: Record<string, NodeLike>;
  always?: TransitionLike[];
  on: Record<string, TransitionLike[]>;
  initial?: { target?: NodeLike[] };
}
interface TransitionLike {
  target?: NodeLike[];
  guard?: unknown;
}

const childrenOf = (node: NodeLike): NodeLike[] => Object.values(node.states);
const allNodes = (node: NodeLike): NodeLike[] => [node, ...childrenOf(node).flatMap(allNodes)];
const transitionsOf = (node: NodeLike): TransitionLike[] => [...(node.always ?? []), ...Object.values(node.on).flat()];

const enteredStage = (node: NodeLike): RouteEntry | undefined => {
  for (const action of node.entry) {
    if (action.type === 'enterStage' && action.params && typeof action.params === 'object') return action.params as RouteEntry;
  }
  return undefined;
};

const guardName = (guard: unknown): string | undefined =>
  typeof guard === 'string' ? guard : guard && typeof guard === 'object' && 'type' in guard ? String((guard as { type: unknown }).type) : undefined;

/** Can a path through the stage reach its end without entering an alternative? (« skipped ») */
const canSkip = (stageNode: NodeLike): boolean => {
  const inside = new Set(allNodes(stageNode));
  const initial = stageNode.initial?.target?.[0];
  const seen = new Set<NodeLike>();
  const walk = (node: NodeLike): boolean => {
    if (seen.has(node) || enteredStage(node)) return false;
    seen.add(node);
    if (node.type === 'final') return true;
    return transitionsOf(node).some((t) => (t.target ?? []).some((next) => inside.has(next) && walk(next)));
  };
  return initial ? walk(initial) : false;
};

export type StageTiming = 'first' | 'inOrder' | 'anyTime';

export interface ShapeAlternative {
  alt: string;
  /** the guards (business rules) that lead to this alternative */
  when: string[];
  /** also taken when no rule before it applies (the default way) */
  otherwise: boolean;
}

export type OutlineAlternative = ShapeAlternative & Offer;

export interface ShapeStage {
  stage: StageId;
  /** some people go past this stage without a step (no need named, no frein) */
  optional: boolean;
  /** `first`: asked before the ladder; `anyTime`: a parallel region asked after it */
  timing: StageTiming;
  /** the questions asked at this stage, in the machine's order */
  questions: string[];
  alternatives: ShapeAlternative[];
}

export interface OutlineStage extends ShapeStage {
  alternatives: OutlineAlternative[];
}

export interface ParcoursShape {
  parcours: ParcoursId;
  referents: string[];
  stages: ShapeStage[];
}

export interface ParcoursOutline extends ParcoursShape {
  stages: OutlineStage[];
}

const DEFAULT_PRIORITY = 1;

const shapeCache = new Map<ParcoursId, ParcoursShape>();

/**
 * The parcours' stages and alternatives as the statechart defines them, without what each
 * alternative offers: cheap (no plan is built), for drawing the road alone.
 */
export const parcoursShape = (parcours: ParcoursId): ParcoursShape => {
  const cached = shapeCache.get(parcours);
  if (cached) return cached;
  const machine = parcoursMachines[parcours] as AnyStateMachine;
  const nodes = allNodes(machine.root as unknown as NodeLike);
  // For each state: the guards of the transitions into it, and whether one has none.
  const incoming = new Map<NodeLike, { guards: string[]; unguarded: boolean }>();
  for (const node of nodes) {
    for (const t of transitionsOf(node)) {
      const name = guardName(t.guard);
      for (const target of t.target ?? []) {
        const seen = incoming.get(target) ?? { guards: [], unguarded: false };
        if (!name) seen.unguarded = true;
        else if (name !== 'isAnswerTo' && !seen.guards.includes(name)) seen.guards.push(name);
        incoming.set(target, seen);
      }
    }
  }
  // A stage is the state named after it (ladder stages, the freins region).
  const byStage = new Map<StageId, NodeLike>();
  for (const node of nodes) {
    const entry = enteredStage(node);
    if (!entry || byStage.has(entry.stage)) continue;
    const stageNode = nodes.find((n) => n.key === entry.stage && allNodes(n).includes(node));
    if (stageNode) byStage.set(entry.stage, stageNode);
  }
  const order = stageOrderOf(parcours);
  const stageIds = [...byStage.keys()].sort((a, b) => rank(order, a) - rank(order, b));
  const stages = stageIds.map((stage): ShapeStage => {
    const stageNode = byStage.get(stage)!;
    const asking = allNodes(stageNode).filter((n) => n.meta?.question);
    const priority = asking.length > 0 ? Math.min(...asking.map((n) => n.meta?.priority ?? DEFAULT_PRIORITY)) : DEFAULT_PRIORITY;
    const timing: StageTiming = priority < DEFAULT_PRIORITY ? 'first' : priority > DEFAULT_PRIORITY ? 'anyTime' : 'inOrder';
    const alternatives = altsOf(stageNode).map(({ alt, nodes: altNodes }): ShapeAlternative => {
      const guards = altNodes.map((n) => incoming.get(n) ?? { guards: [], unguarded: false });
      return { alt, when: [...new Set(guards.flatMap((g) => g.guards))], otherwise: guards.some((g) => g.unguarded) };
    });
    return { stage, optional: canSkip(stageNode), timing, questions: asking.map((n) => n.meta!.question!), alternatives };
  });
  const shape = { parcours, referents: [...referentsOf(parcours)], stages };
  shapeCache.set(parcours, shape);
  return shape;
};

const outlineCache = new Map<string, ParcoursOutline>();

/** The parcours as the workshop draws it, with what each alternative offers. `today`: schemes
 * ended before it are not shown. */
export const parcoursOutline = (parcours: ParcoursId, today: string): ParcoursOutline => {
  const key = `${parcours}|${today}`;
  const cached = outlineCache.get(key);
  if (cached) return cached;
  const shape = parcoursShape(parcours);
  const accueilAlts = shape.stages.find((s) => s.stage === 'accueil')?.alternatives.map((a) => a.alt) ?? [];
  const stages = shape.stages.map(
    (s): OutlineStage => ({
      ...s,
      alternatives: s.alternatives.map((a): OutlineAlternative => {
        // the referent (who follows the person) comes from the accueil: every possible one
        const routes: RouteEntry[][] =
          s.stage === 'accueil' || accueilAlts.length === 0
            ? [[{ stage: s.stage, alt: a.alt }]]
            : accueilAlts.map((alt) => [{ stage: 'accueil' as const, alt }, { stage: s.stage, alt: a.alt }]);
        return { ...a, ...mergeOffers(routes.map((route) => offeredAt(parcours, route, s.stage, today))) };
      }),
    }),
  );
  const outline = { ...shape, stages };
  outlineCache.set(key, outline);
  return outline;
};

const rank = (order: readonly StageId[], stage: StageId) => (order.includes(stage) ? order.indexOf(stage) : order.length);

/** The alternatives of a stage in the machine's order, each with the states that enter it. */
const altsOf = (stageNode: NodeLike): Array<{ alt: string; nodes: NodeLike[] }> => {
  const found: Array<{ alt: string; nodes: NodeLike[] }> = [];
  for (const node of allNodes(stageNode)) {
    const entry = enteredStage(node);
    if (!entry) continue;
    const known = found.find((f) => f.alt === entry.alt);
    if (known) known.nodes.push(node);
    else found.push({ alt: entry.alt, nodes: [node] });
  }
  return found;
};

const mergeOffers = (offers: Offer[]): Offer => {
  const union = (pick: (o: Offer) => string[]) => [...new Set(offers.flatMap(pick))];
  return { schemes: union((o) => o.schemes), structures: union((o) => o.structures), actions: union((o) => o.actions), freins: union((o) => o.freins) };
};

// --- comparing the four -------------------------------------------------------------------

export type Difference = 'absent' | 'timing' | 'optional' | 'alternatives' | 'schemes' | 'structures';

export interface StageComparison {
  stage: StageId;
  /** what differs at this stage between the parcours compared; empty: the same everywhere */
  differences: Difference[];
}

const sorted = (list: string[]) => [...list].sort().join(',');

/** Stage by stage, what is not the same in all the outlines given. */
export const compareOutlines = (outlines: ParcoursOutline[]): StageComparison[] => {
  const stageIds: StageId[] = [];
  for (const o of outlines) for (const s of o.stages) if (!stageIds.includes(s.stage)) stageIds.push(s.stage);
  return stageIds.map((stage) => {
    const here = outlines.map((o) => o.stages.find((s) => s.stage === stage));
    const differences: Difference[] = [];
    const differ = (f: (s: OutlineStage) => string) => new Set(here.map((s) => (s ? f(s) : '∅'))).size > 1;
    if (here.some((s) => !s)) differences.push('absent');
    if (differ((s) => s.timing)) differences.push('timing');
    if (differ((s) => String(s.optional))) differences.push('optional');
    if (differ((s) => sorted(s.alternatives.map((a) => a.alt)))) differences.push('alternatives');
    if (differ((s) => sorted(s.alternatives.flatMap((a) => a.schemes)))) differences.push('schemes');
    if (differ((s) => sorted(s.alternatives.flatMap((a) => a.structures)))) differences.push('structures');
    return { stage, differences };
  });
};

// --- orientation ----------------------------------------------------------------------------

export interface OrientationRule {
  /** the guard, named as the business rule; undefined for the last, default rule */
  rule?: string;
  parcours: ParcoursId;
}

export interface AnswerHint {
  value: AnswerValue;
  /** the parcours this answer leads to when every other answer is « je ne sais pas » */
  parcours: ParcoursId;
  reasons: Reason[];
}

export interface OrientationQuestion {
  question: string;
  hints: AnswerHint[];
}

/** The rules of the recommendation, in the order the orientation machine tries them. */
export const orientationRules = (): OrientationRule[] => {
  const nodes = allNodes(orientationMachine.root as unknown as NodeLike);
  const decide = nodes.find((n) => n.key === 'decide');
  return (decide?.always ?? []).map((t) => {
    const target = t.target?.[0] as unknown as { key: string; meta?: { recommended?: ParcoursId } } | undefined;
    const rule = guardName(t.guard);
    return { ...(rule ? { rule } : {}), parcours: target?.meta?.recommended ?? (target?.key as ParcoursId) };
  });
};

/**
 * The profile questions in the order the orientation asks them, each option with the parcours
 * it leads to on its own (every other answer « je ne sais pas ») and the reasons the app gives.
 * Ages are represented by the edges of the youth age range, as the rules read them.
 */
export const orientationOutline = (): OrientationQuestion[] => {
  const { ageMin, ageMax } = thresholds.youth;
  // Below ageMin the orientation ends on the under-16 screen, with no parcours to show.
  const ageSamples = [ageMin, ageMax, ageMax + 1];
  const nodes = allNodes(orientationMachine.root as unknown as NodeLike);
  const questions = nodes.map((n) => n.meta?.question).filter((q): q is string => q !== undefined);
  return questions.map((question) => {
    const def = questionDefs.find((q) => q.id === question);
    const values: AnswerValue[] = def?.kind === 'number' ? ageSamples : (def?.options ?? []).map((o) => (def?.kind === 'multi' ? [o.value] : o.value));
    return { question, hints: values.map((value) => ({ value, ...recommendationFor({ [question]: value }) })) };
  });
};

/** Walks the orientation with `preset`, « je ne sais pas » elsewhere, to the recommendation. */
const recommendationFor = (preset: Answers): { parcours: ParcoursId; reasons: Reason[] } => {
  let journey = startJourney();
  for (let guard = 0; guard < 40; guard++) {
    const view = viewJourney(journey);
    if (view.phase === 'orientation') return { parcours: view.recommended, reasons: view.reasons };
    if (view.phase !== 'question') break;
    journey = answerQuestion(journey, view.question.id, preset[view.question.id] ?? UNKNOWN);
  }
  throw new Error('The orientation did not reach a recommendation');
};

// --- the group's plans ----------------------------------------------------------------------

/**
 * The questions a facilitator can answer for a participant in one short form, in the
 * journey's order: those whose options do not depend on an earlier answer (the titre and its
 * blocks do; they stay « je ne sais pas » and the plan says to choose the titre).
 */
export const shortQuestions = (): QuestionView[] => questionDefs.filter((q) => !q.optionsFrom).map((q) => questionView(q.id, {}));
