/**
 * The one vocabulary every Passerelle statechart is built from: context, typed namespaced
 * events, guards named as business rules (reading thresholds from data/ through rules.ts)
 * and actions. Machines reference guards and actions by name only.
 */
import { assign, setup } from 'xstate';
import * as rules from './rules';
import type { JourneyContext, JourneyEvent, JourneyInput, RouteEntry } from './types';

const onAnswers =
  (rule: (a: JourneyContext['answers']) => boolean) =>
  ({ context }: { context: JourneyContext }) =>
    rule(context.answers);

export const journeySetup = setup({
  types: {
    context: {} as JourneyContext,
    events: {} as JourneyEvent,
    input: {} as JourneyInput,
  },
  guards: {
    /** the event answers the question this state asks */
    isAnswerTo: ({ event }, params: { question: string }) =>
      event.type === 'answer.submit' && event.question === params.question,
    // orientation
    isYoungWithoutQualification: onAnswers(rules.isYoungWithoutQualification),
    isUnderYouthAge: onAnswers(rules.isUnderYouthAge),
    hasFrenchBelowA2: onAnswers(rules.hasFrenchBelowA2),
    isFarFromEmployment: onAnswers(rules.isFarFromEmployment),
    isNotJobless: onAnswers(rules.isNotJobless),
    livesInRegionDepartement: onAnswers(rules.livesInRegionDepartement),
    // inside a parcours
    hasRqth: onAnswers(rules.hasRqth),
    isOnMinimumIncome: onAnswers(rules.isOnMinimumIncome),
    isOnRsa: onAnswers(rules.isOnRsa),
    hasForeignDiploma: onAnswers(rules.hasForeignDiploma),
    needsBasicSkills: onAnswers(rules.needsBasicSkills),
    knowsTargetJob: onAnswers(rules.knowsTargetJob),
    hasChosenSector: onAnswers(rules.hasChosenSector),
    hasChosenTitre: onAnswers(rules.hasChosenTitre),
    hasVaeExperience: onAnswers(rules.hasVaeExperience),
    learnsWhileWorking: onAnswers(rules.learnsWhileWorking),
    learnsInCentre: onAnswers(rules.learnsInCentre),
    isSingleUnitTitre: onAnswers(rules.isSingleUnitTitre),
    hasPartialTitre: onAnswers(rules.hasPartialTitre),
    hasMissingCcp: ({ context }) => context.ccpQueue.length > 0,
    hasNoFreins: onAnswers(rules.hasNoFreins),
  },
  actions: {
    recordAnswer: assign(({ context, event }) =>
      event.type === 'answer.submit'
        ? { answers: { ...context.answers, [event.question]: event.value } }
        : {},
    ),
    recordParcours: assign(({ context, event }) =>
      event.type === 'parcours.choose' ? { answers: { ...context.answers, parcours: event.parcours } } : {},
    ),
    /** the ladder went through this stage, by this alternative: the plan builder reads it */
    enterStage: assign(({ context }, params: RouteEntry) => ({ route: [...context.route, params] })),
    queueMissingCcp: assign(({ context }) => ({ ccpQueue: rules.missingCcp(context.answers) })),
    takeNextCcp: assign(({ context }) => {
      const [ccp, ...rest] = context.ccpQueue;
      return {
        ccpQueue: rest,
        route: ccp ? [...context.route, { stage: 'titrePro' as const, alt: 'ccp', ccp }] : context.route,
      };
    }),
  },
});

export const initialContext = ({ input }: { input: JourneyInput }): JourneyContext => ({
  answers: { ...(input?.answers ?? {}) },
  route: [],
  ccpQueue: [],
});
