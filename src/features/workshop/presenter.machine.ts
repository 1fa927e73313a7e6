import { assign, setup } from 'xstate';

/**
 * The presenter's place in a journey on the projector: the overview (the whole road), one
 * stage at a time, then the end slide; and whether the facilitator's notes show on this
 * screen. A clicker sends the same events as the keyboard (see presenter-keys.ts).
 *
 * UI behaviour, not a parcours: it lives in src/, like the kiosk's idle machine.
 */
export interface PresenterInput {
  stageCount: number;
}

export type PresenterEvent =
  | { type: 'stage.next' }
  | { type: 'stage.previous' }
  | { type: 'stage.first' }
  | { type: 'stage.last' }
  | { type: 'stage.goto'; index: number }
  | { type: 'notes.toggle' };

export const presenterMachine = setup({
  types: {
    input: {} as PresenterInput,
    context: {} as PresenterInput & { index: number },
    events: {} as PresenterEvent,
  },
  guards: {
    hasNextStage: ({ context }) => context.index < context.stageCount - 1,
    hasPreviousStage: ({ context }) => context.index > 0,
    hasStages: ({ context }) => context.stageCount > 0,
    isAStage: ({ context, event }) => event.type === 'stage.goto' && event.index >= 0 && event.index < context.stageCount,
  },
  actions: {
    toFirst: assign({ index: 0 }),
    toLast: assign({ index: ({ context }) => Math.max(0, context.stageCount - 1) }),
    forward: assign({ index: ({ context }) => context.index + 1 }),
    backward: assign({ index: ({ context }) => context.index - 1 }),
    toChosen: assign({ index: ({ event }) => (event.type === 'stage.goto' ? event.index : 0) }),
  },
}).createMachine({
  id: 'presenter',
  context: ({ input }) => ({ ...input, index: 0 }),
  type: 'parallel',
  states: {
    slide: {
      initial: 'overview',
      states: {
        overview: {
          on: {
            'stage.next': { guard: 'hasStages', target: 'stage', actions: 'toFirst' },
            'stage.last': { target: 'end' },
          },
        },
        stage: {
          on: {
            'stage.next': [{ guard: 'hasNextStage', actions: 'forward' }, { target: 'end' }],
            'stage.previous': [{ guard: 'hasPreviousStage', actions: 'backward' }, { target: 'overview' }],
          },
        },
        end: {
          on: {
            'stage.previous': { guard: 'hasStages', target: 'stage', actions: 'toLast' },
          },
        },
      },
      on: {
        'stage.first': { target: '.overview', actions: 'toFirst' },
        'stage.last': { target: '.end' },
        'stage.goto': { guard: 'isAStage', target: '.stage', actions: 'toChosen' },
      },
    },
    // Hidden by default: the projector shows what the group may see.
    notes: {
      initial: 'hidden',
      states: {
        hidden: { on: { 'notes.toggle': 'shown' } },
        shown: { on: { 'notes.toggle': 'hidden' } },
      },
    },
  },
});

/** Which slide is shown, as plain data (sent to the notes window). */
export type Slide = { kind: 'overview' } | { kind: 'stage'; index: number } | { kind: 'end' };
