/**
 * Machine fuzzing: random event sequences into every statechart and random command sequences
 * into the journey API. Nothing may throw except the journey API's own JourneyError, and no
 * context, journey, record or plan reached may fail its schema. Seeded: a failure prints the
 * seed and the shrunk sequence to replay it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor, type AnyStateMachine } from 'xstate';
import { questionDefs } from '../../data';
import { parcoursMachines } from '../../machines/parcours.machine';
import { orientationMachine } from '../../machines/orientation.machine';
import { JourneyContextSchema } from '../../machines/context-schema';
import { answerQuestion, changeAnswer, chooseParcours, fromRecord, goBack, JourneyError, JourneySchema, PARCOURS_IDS, startJourney, toRecord, viewJourney, type AnswerValue, type Journey } from '../../machines';
import { planOf, PlanSchema } from '../../machines/plans';

const SEED = 20261201;
const questionIds = questionDefs.map((q) => q.id);
const optionValues = [...new Set(questionDefs.flatMap((q) => q.options.map((o) => o.value)))];

/** Values a person (or a damaged import) could send: real options, « nsp », numbers, noise. */
const answerValue: fc.Arbitrary<AnswerValue> = fc.oneof(
  fc.constantFrom(...optionValues, 'nsp'),
  fc.integer({ min: -5, max: 130 }),
  fc.string({ maxLength: 12 }),
  fc.array(fc.constantFrom(...optionValues, 'nsp'), { maxLength: 4 }),
);

const machineEvent = fc.oneof(
  { weight: 4, arbitrary: fc.record({ type: fc.constant('answer.submit' as const), question: fc.constantFrom(...questionIds), value: answerValue }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('parcours.choose' as const), parcours: fc.constantFrom(...PARCOURS_IDS) }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constantFrom('step.back', 'session.reset', 'nonsense') }) },
);

const MACHINES: [string, AnyStateMachine][] = [
  ['orientation', orientationMachine],
  ['jeune', parcoursMachines.jeune],
  ['allophone', parcoursMachines.allophone],
  ['reprise', parcoursMachines.reprise],
  ['reconversion', parcoursMachines.reconversion],
];

describe.each(MACHINES)('the %s statechart under random events', (_name, machine) => {
  it('never throws and never holds a context that fails its schema', () => {
    fc.assert(
      fc.property(fc.array(machineEvent, { maxLength: 60, size: 'max' }), (events) => {
        const actor = createActor(machine, { input: { answers: {} } });
        const errors: unknown[] = [];
        actor.subscribe({ error: (error) => errors.push(error) });
        actor.start();
        JourneyContextSchema.parse(actor.getSnapshot().context);
        for (const event of events) {
          actor.send(event as never);
          const snapshot = actor.getSnapshot();
          expect(snapshot.status).not.toBe('error');
          JourneyContextSchema.parse(snapshot.context);
        }
        expect(errors).toEqual([]);
        actor.stop();
      }),
      { seed: SEED, numRuns: 150 },
    );
  });
});

/** One thing a person can do in the wizard, resolved against the journey's current view. */
const command = fc.oneof(
  { weight: 12, arbitrary: fc.record({ kind: fc.constant('answer-current' as const), pick: fc.nat(), valid: fc.nat({ max: 9 }).map((n) => n > 1), value: answerValue }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('answer-other' as const), question: fc.constantFrom(...questionIds), value: answerValue }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('choose' as const), parcours: fc.constantFrom(...PARCOURS_IDS, 'inconnu') }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('back' as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('change' as const), question: fc.constantFrom(...questionIds, 'parcours', 'questionRetiree'), value: answerValue }) },
);
type Command = typeof command extends fc.Arbitrary<infer C> ? C : never;

function apply(journey: Journey, c: Command): Journey {
  const view = viewJourney(journey);
  switch (c.kind) {
    case 'answer-current': {
      if (view.phase === 'orientation') return chooseParcours(journey, view.recommended);
      if (view.phase !== 'question') return journey;
      const { question } = view;
      if (!c.valid) return answerQuestion(journey, question.id, c.value);
      const values = question.options.map((o) => o.value);
      const value: AnswerValue =
        question.kind === 'number'
          ? (question.min ?? 0) + (c.pick % ((question.max ?? 99) - (question.min ?? 0) + 1))
          : question.kind === 'multi'
            ? [values[c.pick % values.length]!]
            : values[c.pick % values.length]!;
      return answerQuestion(journey, question.id, value);
    }
    case 'answer-other':
      return answerQuestion(journey, c.question, c.value);
    case 'choose':
      return chooseParcours(journey, c.parcours as never);
    case 'back':
      return goBack(journey);
    case 'change':
      return changeAnswer(journey, c.question, c.value);
  }
}

describe('the journey API under random commands', () => {
  it('only ever refuses with a JourneyError, and every journey it returns is whole, saves and reopens', { timeout: 120_000 }, () => {
    let refused = 0;
    let done = 0;
    fc.assert(
      fc.property(fc.array(command, { minLength: 20, maxLength: 60, size: 'max' }), (commands) => {
        let journey = startJourney();
        for (const c of commands) {
          try {
            journey = apply(journey, c);
          } catch (error) {
            if (!(error instanceof JourneyError)) throw error;
            refused++;
            continue;
          }
          JourneySchema.parse(journey);
          const view = viewJourney(journey);
          if (view.phase === 'done') {
            done++;
            PlanSchema.parse(planOf(view));
          }
          expect(view.step).toBeLessThanOrEqual(view.stepCount);
          const reopened = fromRecord(JSON.parse(JSON.stringify(toRecord(journey))));
          expect(reopened).toEqual(journey);
        }
      }),
      { seed: SEED, numRuns: 50 },
    );
    // The generator must reach both refusals and finished plans, or it proves little.
    expect(refused).toBeGreaterThan(0);
    expect(done).toBeGreaterThan(0);
  });
});
