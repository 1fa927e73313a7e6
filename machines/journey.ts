/**
 * The journey API (docs/architecture.md). A journey is plain data — every answer given and the
 * trail of questions answered on the current path. The statecharts are deterministic, so the
 * current state is obtained by replaying the trail into fresh snapshots (pure transitions,
 * no actor, no side effect). A trail entry that no longer fits (the catalogue changed, an
 * answer became invalid) ends the replay there: the answers stay, the question is asked again.
 */
import { initialSnapshot, nextSnapshot, type JourneyMachine, type JourneySnapshot } from './pure';
import { positionCache } from './caches';
import type * as z from 'zod/mini';
import { getQuestionDef, ParcoursIdSchema, questionDefs } from '../data';
import { orientationMachine } from './orientation.machine';
import { parcoursMachines } from './parcours.machine';
import { answerSchemaFor, questionView, type QuestionView } from './questions';
import { reasonsFor } from './orientation';
import type { BuildPlanInput } from './plan';
import { UNKNOWN, type AnswerValue, type Answers, type ParcoursId, type QuestionId, type Reason } from './types';

export interface Journey {
  answers: Answers;
  trail: QuestionId[];
}

export type JourneyView =
  | { phase: 'question'; question: QuestionView; step: number; stepCount: number }
  | { phase: 'orientation'; recommended: ParcoursId; reasons: Reason[]; step: number; stepCount: number }
  /** the parcours is over: `planInput` is what the plan is built from (machines/plans.ts
   * `planOf`), on the plan's side, so that a question does not load the plan builder */
  | { phase: 'done'; parcours: ParcoursId; planInput: BuildPlanInput; step: number; stepCount: number }
  /** under 16, school is compulsory: no parcours, whom to see instead */
  | { phase: 'under16'; age: number; step: number; stepCount: number };

/** Trail marker of the orientation choice; the chosen parcours is kept in `answers.parcours`. */
export const PARCOURS_STEP = 'parcours';

export type JourneyErrorCode =
  | 'invalid-answer'
  | 'not-current-question'
  | 'not-in-orientation'
  | 'unknown-question'
  | 'invalid-record'
  | 'unknown-machine'
  | 'future-version';

export class JourneyError extends Error {
  override readonly name = 'JourneyError';
  constructor(
    readonly code: JourneyErrorCode,
    message: string,
    readonly issues: z.core.$ZodIssue[] = [],
  ) {
    super(message);
  }
}

export { parcoursMachines };

export const PARCOURS_IDS: readonly ParcoursId[] = ParcoursIdSchema.options;

const profileQuestionIds = new Set(questionDefs.filter((q) => q.phase === 'profile').map((q) => q.id));

/** The question a snapshot asks: among active states with `meta.question`, the lowest priority. */
export const askedQuestion = (snapshot: JourneySnapshot): QuestionId | undefined => {
  let best: { question: string; priority?: number } | undefined;
  for (const meta of Object.values(snapshot.getMeta()) as Array<{ question?: string; priority?: number } | undefined>) {
    if (meta?.question && (!best || (meta.priority ?? 1) < (best.priority ?? 1))) {
      best = { question: meta.question, ...(meta.priority !== undefined ? { priority: meta.priority } : {}) };
    }
  }
  return best?.question;
};

/** An end of the orientation without a parcours (`meta.outcome`), e.g. under 16. */
const outcomeOf = (snapshot: JourneySnapshot): 'under16' | undefined => {
  for (const meta of Object.values(snapshot.getMeta()) as Array<{ outcome?: 'under16' } | undefined>) {
    if (meta?.outcome) return meta.outcome;
  }
  return undefined;
};

const recommendedOf = (snapshot: JourneySnapshot): ParcoursId | undefined => {
  for (const meta of Object.values(snapshot.getMeta()) as Array<{ recommended?: ParcoursId } | undefined>) {
    if (meta?.recommended) return meta.recommended;
  }
  return undefined;
};

export interface Position {
  /** identity of the path so far (entries and their values), for positionCache */
  key: string;
  machine: JourneyMachine;
  snapshot: JourneySnapshot;
  parcours?: ParcoursId;
  /** the trail entries the replay accepted */
  trail: QuestionId[];
}

const start = (): Position => ({
  key: '',
  machine: orientationMachine,
  snapshot: initialSnapshot(orientationMachine, { answers: {} }),
  trail: [],
});

const isValidFor = (question: QuestionView, value: AnswerValue | undefined): value is AnswerValue =>
  value !== undefined && answerSchemaFor(question).safeParse(value).success;

/*
 * viewJourney() runs on every screen: positions are remembered by path (entry and value at each
 * step, machines/caches.ts positionCache), so a new answer costs one transition instead of a
 * replay of the whole trail. Snapshots are immutable, so sharing them is safe.
 */

/** One step forward from `pos` with the stored answer, or undefined when it cannot go on. */
const advance = (pos: Position, answers: Answers, entry: QuestionId): Position | undefined => {
  const value = entry === PARCOURS_STEP ? answers.parcours : answers[entry];
  const key = `${pos.key}\u0001${entry}=${JSON.stringify(value)}`;
  const hit = positionCache.get(key);
  if (hit !== undefined) return hit ?? undefined;
  const next = advanceUncached(pos, answers, entry, key);
  positionCache.set(key, next ?? null);
  return next;
};

const advanceUncached = (pos: Position, answers: Answers, entry: QuestionId, key: string): Position | undefined => {
  if (pos.machine === orientationMachine && recommendedOf(pos.snapshot)) {
    if (entry !== PARCOURS_STEP) return undefined;
    const parsed = ParcoursIdSchema.safeParse(answers.parcours);
    if (!parsed.success) return undefined;
    const ended = nextSnapshot(pos.machine, pos.snapshot, { type: 'parcours.choose', parcours: parsed.data });
    const machine = parcoursMachines[parsed.data];
    const profile = Object.fromEntries(
      Object.entries(ended.context.answers).filter(([k]) => profileQuestionIds.has(k)),
    );
    return {
      key,
      machine,
      snapshot: initialSnapshot(machine, { answers: profile }),
      parcours: parsed.data,
      trail: [...pos.trail, PARCOURS_STEP],
    };
  }
  const asked = askedQuestion(pos.snapshot);
  if (asked === undefined || asked !== entry) return undefined;
  const value = answers[asked];
  if (!isValidFor(questionView(asked, pos.snapshot.context.answers), value)) return undefined;
  const snapshot = nextSnapshot(pos.machine, pos.snapshot, { type: 'answer.submit', question: asked, value });
  return { ...pos, key, snapshot, trail: [...pos.trail, asked] };
};

const replay = (j: Journey): Position => {
  let pos = start();
  for (const entry of j.trail) {
    const next = advance(pos, j.answers, entry);
    if (!next) break;
    pos = next;
  }
  return pos;
};

/** What would come next at `pos`: the asked question, or the orientation marker. */
const nextEntry = (pos: Position): QuestionId | undefined =>
  pos.snapshot.status === 'done'
    ? undefined
    : pos.machine === orientationMachine && recommendedOf(pos.snapshot)
      ? PARCOURS_STEP
      : askedQuestion(pos.snapshot);

/**
 * Replays as far as the stored answers allow: used to rebuild a trail from answers (migration,
 * changeAnswer). Stops at the first question without a valid answer, and at the orientation
 * unless `passOrientation`.
 */
const autoAdvance = (answers: Answers, passOrientation: boolean): Position => {
  let pos = start();
  for (let guard = 0; guard < 100; guard++) {
    const entry = nextEntry(pos);
    if (entry === undefined || (entry === PARCOURS_STEP && !passOrientation)) break;
    const next = advance(pos, answers, entry);
    if (!next) break;
    pos = next;
  }
  return pos;
};

/** Remaining screens along the current path: stored answers where valid, else « je ne sais pas ». */
const remainingScreens = (pos: Position, answers: Answers): number => {
  let count = 0;
  let cur = pos;
  for (let guard = 0; guard < 100; guard++) {
    const entry = nextEntry(cur);
    if (entry === undefined) break;
    count++;
    let estimate = answers;
    if (entry === PARCOURS_STEP) {
      if (!ParcoursIdSchema.safeParse(answers.parcours).success) {
        estimate = { ...answers, parcours: recommendedOf(cur.snapshot) ?? 'reconversion' };
      }
    } else {
      const view = questionView(entry, cur.snapshot.context.answers);
      if (!isValidFor(view, answers[entry])) {
        const fallback = view.allowUnknown ? UNKNOWN : view.kind === 'number' ? (view.min ?? 0) : view.kind === 'multi' ? [view.options[0]?.value ?? ''] : (view.options[0]?.value ?? '');
        estimate = { ...answers, [entry]: fallback };
      }
    }
    const next = advance(cur, estimate, entry);
    if (!next) break;
    cur = next;
  }
  return count;
};

const today = () => new Date().toISOString().slice(0, 10);

// ---------------------------------------------------------------------------------------
// Public API
// ---------------------------------------------------------------------------------------

export const startJourney = (preset: Answers = {}): Journey => ({ answers: { ...preset }, trail: [] });

export interface ViewOptions {
  /** ISO date of the plan (schemes ended before it are not offered); default: today */
  today?: string;
}

export const viewJourney = (j: Journey, options: ViewOptions = {}): JourneyView => {
  const pos = replay(j);
  const done = pos.trail.length;
  if (pos.snapshot.status === 'done' && pos.parcours) {
    const planInput = {
      parcours: pos.parcours,
      answers: pos.snapshot.context.answers,
      route: pos.snapshot.context.route,
      today: options.today ?? today(),
    };
    return { phase: 'done', parcours: pos.parcours, planInput, step: done, stepCount: done };
  }
  if (pos.snapshot.status === 'done' && outcomeOf(pos.snapshot) === 'under16') {
    return { phase: 'under16', age: typeof j.answers.age === 'number' ? j.answers.age : 0, step: done, stepCount: done };
  }
  const stepCount = done + remainingScreens(pos, j.answers);
  const recommended = pos.machine === orientationMachine ? recommendedOf(pos.snapshot) : undefined;
  if (recommended) {
    const reasons = reasonsFor(recommended, pos.snapshot.context.answers);
    return { phase: 'orientation', recommended, reasons, step: done + 1, stepCount };
  }
  const asked = askedQuestion(pos.snapshot);
  if (!asked) throw new Error('The journey is neither asking, orienting nor done');
  return { phase: 'question', question: questionView(asked, pos.snapshot.context.answers), step: done + 1, stepCount };
};

/** The view of any question, its options resolved from the journey's answers (recap, editing). */
export const questionViewFor = (j: Journey, questionId: string): QuestionView | undefined =>
  getQuestionDef(questionId) ? questionView(questionId, j.answers) : undefined;

/** Validates against the current question's schema; throws JourneyError('invalid-answer'). */
export const answerQuestion = (j: Journey, questionId: QuestionId, value: AnswerValue): Journey => {
  const pos = replay(j);
  const asked = nextEntry(pos);
  if (asked !== questionId || asked === PARCOURS_STEP) {
    throw new JourneyError('not-current-question', `The current step is ${String(asked)}, not ${questionId}`);
  }
  const view = questionView(asked, pos.snapshot.context.answers);
  const parsed = answerSchemaFor(view).safeParse(value);
  if (!parsed.success) {
    throw new JourneyError('invalid-answer', `Invalid answer to ${questionId}`, parsed.error.issues);
  }
  return { answers: { ...j.answers, [questionId]: parsed.data }, trail: [...pos.trail, questionId] };
};

export const chooseParcours = (j: Journey, parcours: ParcoursId): Journey => {
  const pos = replay(j);
  if (nextEntry(pos) !== PARCOURS_STEP) throw new JourneyError('not-in-orientation', 'Not at the orientation step');
  const parsed = ParcoursIdSchema.safeParse(parcours);
  if (!parsed.success) throw new JourneyError('invalid-answer', `Unknown parcours ${String(parcours)}`, parsed.error.issues);
  return { answers: { ...j.answers, parcours: parsed.data }, trail: [...pos.trail, PARCOURS_STEP] };
};

/** Back to the previous step; every answer is kept (it pre-fills the question again). */
export const goBack = (j: Journey): Journey => {
  const pos = replay(j);
  return { answers: { ...j.answers }, trail: pos.trail.slice(0, -1) };
};

/**
 * From the recap: change one answer and replay. Later answers are kept and reused while they
 * still fit; the journey stops at the first question that needs a new answer. When a profile
 * answer changes the recommended parcours, the journey stops at the orientation so the person
 * sees the new recommendation.
 */
export const changeAnswer = (j: Journey, questionId: QuestionId, value: AnswerValue): Journey => {
  const def = questionDefs.find((q) => q.id === questionId);
  if (!def) throw new JourneyError('unknown-question', `Unknown question ${questionId}`);
  const view = questionView(questionId, j.answers);
  const parsed = answerSchemaFor(view).safeParse(value);
  if (!parsed.success) throw new JourneyError('invalid-answer', `Invalid answer to ${questionId}`, parsed.error.issues);
  const answers = { ...j.answers, [questionId]: parsed.data };
  const before = replay(j);
  const hadChosen = before.trail.includes(PARCOURS_STEP);
  let pass = hadChosen;
  if (hadChosen && def.phase === 'profile') {
    const oldReco = recommendedOf(autoAdvance(j.answers, false).snapshot);
    const newReco = recommendedOf(autoAdvance(answers, false).snapshot);
    pass = oldReco === newReco;
  }
  return { answers, trail: autoAdvance(answers, pass).trail };
};

/** Rebuilds a coherent trail from the answers alone (used by migrations). */
export const rebuildJourney = (answers: Answers): Journey => ({
  answers,
  trail: autoAdvance(answers, ParcoursIdSchema.safeParse(answers.parcours).success).trail,
});
