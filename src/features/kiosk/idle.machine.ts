import { assign, setup } from 'xstate';

/**
 * The kiosk's inactivity watch. A resident may walk away in the middle of a question: after
 * `idleSeconds` without a touch or a key, a warning counts down `warningSeconds` aloud on
 * screen; "Je suis encore là" goes back to the session, otherwise the session is wiped
 * (brief §6: nothing of a person may stay on a shared device).
 *
 * UI behaviour, not a parcours: it lives in src/. Time only enters through XState's delayed
 * transitions, so tests drive it with a SimulatedClock.
 */
export interface IdleInput {
  idleSeconds: number;
  warningSeconds: number;
}

export const DEFAULT_IDLE_SECONDS = 90;
export const DEFAULT_WARNING_SECONDS = 30;

export const idleMachine = setup({
  types: {
    input: {} as IdleInput,
    context: {} as IdleInput & { secondsLeft: number },
    events: {} as { type: 'activity' } | { type: 'presence.confirm' } | { type: 'session.reset' },
  },
  delays: {
    idle: ({ context }) => context.idleSeconds * 1000,
  },
  guards: {
    hasSecondsLeft: ({ context }) => context.secondsLeft > 1,
  },
  actions: {
    startCountdown: assign({ secondsLeft: ({ context }) => context.warningSeconds }),
    tick: assign({ secondsLeft: ({ context }) => context.secondsLeft - 1 }),
  },
}).createMachine({
  id: 'kioskIdle',
  context: ({ input }) => ({ ...input, secondsLeft: input.warningSeconds }),
  initial: 'active',
  states: {
    active: {
      after: { idle: 'warning' },
      on: {
        // Re-entering restarts the idle delay.
        activity: { target: 'active', reenter: true },
      },
    },
    warning: {
      entry: 'startCountdown',
      initial: 'counting',
      states: {
        counting: {
          after: {
            1000: [
              { guard: 'hasSecondsLeft', target: 'counting', reenter: true, actions: 'tick' },
              { target: '#kioskIdle.expired' },
            ],
          },
        },
      },
      on: {
        // Only the explicit answer cancels: a stray touch behind the warning should not.
        'presence.confirm': 'active',
      },
    },
    expired: { type: 'final' },
  },
  on: {
    'session.reset': '.expired',
  },
});
