import { assign, setup, transition, type SnapshotFrom } from 'xstate';
import { PARCOURS_STEP, questionView, type Journey } from '../../../machines';
import type { WizardUi } from '../../lib/guided-path';

/**
 * Where the person is in the wizard beyond what the journey says: answering the questions,
 * reading the recap, changing one answer from the recap, or reading the plan. The journey
 * decides which question comes next; this chart decides which of those four screens is up.
 *
 * UI behaviour, not a parcours, so it lives in src/ like kiosk/idle.machine.ts. The wizard is
 * controlled (its caller saves every change), so the chart is used through XState's pure
 * `transition()`: the snapshot is rebuilt from the saved `WizardUi` on each render, moved by one
 * event, and written back as a `WizardUi`.
 */
type Draft = NonNullable<WizardUi['draft']>;

export type WizardUiEvent =
  /** A choice made on the current question but not yet confirmed (kept on reload). */
  | { type: 'answer.draft'; draft?: Draft }
  /** A question answered or a parcours chosen; `complete` when the journey reached its plan. */
  | { type: 'answer.submit'; complete: boolean }
  | { type: 'step.back' }
  | { type: 'recap.change'; questionId: string }
  | { type: 'recap.done' }
  | { type: 'change.cancel' }
  /** The changed answer saved; `complete` when the path still reaches a plan. */
  | { type: 'change.submit'; complete: boolean }
  | { type: 'plan.back' };

export interface WizardUiContext {
  editing?: string;
  draft?: Draft;
}

export const wizardUiMachine = setup({
  types: {
    context: {} as WizardUiContext,
    events: {} as WizardUiEvent,
  },
  guards: {
    journeyComplete: ({ event }) => 'complete' in event && event.complete,
  },
  actions: {
    keepDraft: assign({ draft: ({ event }) => (event.type === 'answer.draft' ? event.draft : undefined) }),
    forgetDraft: assign({ draft: undefined }),
    startChange: assign({ editing: ({ event }) => (event.type === 'recap.change' ? event.questionId : undefined) }),
    endChange: assign({ editing: undefined }),
  },
}).createMachine({
  id: 'wizardUi',
  context: {},
  initial: 'steps',
  states: {
    steps: {
      on: {
        'answer.draft': { actions: 'keepDraft' },
        'answer.submit': [
          { guard: 'journeyComplete', target: 'recap', actions: 'forgetDraft' },
          { actions: 'forgetDraft' },
        ],
        'step.back': { actions: 'forgetDraft' },
      },
    },
    recap: {
      on: {
        'recap.change': { target: 'changing', actions: 'startChange' },
        'recap.done': 'plan',
        'step.back': 'steps',
      },
    },
    changing: {
      exit: 'endChange',
      on: {
        'change.cancel': 'recap',
        'change.submit': [{ guard: 'journeyComplete', target: 'recap' }, { target: 'steps' }],
      },
    },
    plan: {
      on: { 'plan.back': 'recap' },
    },
  },
});

export type WizardUiSnapshot = SnapshotFrom<typeof wizardUiMachine>;

const isDraft = (raw: unknown): raw is Draft =>
  typeof raw === 'object' && raw !== null && typeof (raw as Draft).questionId === 'string' && (raw as Draft).value !== undefined;

function isQuestion(id: string, journey: Journey): boolean {
  try {
    return questionView(id, journey.answers) !== undefined;
  } catch {
    return false; // questionView throws on an id the catalogue does not know
  }
}

/**
 * The chart's state for a saved `WizardUi` and the journey it goes with. Lenient, because the
 * `ui` of a resident's file comes from storage: an unknown shape, or one that no longer fits
 * the journey (a question id a newer catalogue dropped), falls back to where the journey is.
 */
export function restoreUi(raw: unknown, journey: Journey, complete: boolean): WizardUiSnapshot {
  const ui = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<Record<keyof WizardUi, unknown>>;
  const editing = typeof ui.editing === 'string' ? ui.editing : undefined;
  const canChange = editing !== undefined && complete && (editing === PARCOURS_STEP || isQuestion(editing, journey));
  if (canChange) return wizardUiMachine.resolveState({ value: 'changing', context: { editing } });
  if (!complete) return wizardUiMachine.resolveState({ value: 'steps', context: isDraft(ui.draft) ? { draft: ui.draft } : {} });
  return wizardUiMachine.resolveState({ value: ui.screen === 'plan' ? 'plan' : 'recap', context: {} });
}

/** The snapshot as it is saved (the shape files already hold). */
export function uiOf(snapshot: WizardUiSnapshot): WizardUi {
  const { editing, draft } = snapshot.context;
  if (snapshot.matches('changing')) return { screen: 'recap', ...(editing !== undefined ? { editing } : {}) };
  if (snapshot.matches('recap')) return { screen: 'recap' };
  if (snapshot.matches('plan')) return { screen: 'plan' };
  return { screen: 'steps', ...(draft ? { draft } : {}) };
}

/** One event through the chart, as the next saved `WizardUi`. */
export function nextUi(snapshot: WizardUiSnapshot, event: WizardUiEvent): WizardUi {
  const [next] = transition(wizardUiMachine, snapshot, event);
  return uiOf(next);
}
