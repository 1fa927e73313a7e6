/**
 * Pure stepping of our statecharts: the one adapter between the journey and XState.
 *
 * XState's public `initialTransition()` / `transition()` build a fresh inert actor scope on
 * every call — constructing an actor runs the machine's whole initial macrostep — which made a
 * step of the journey 4–5 times slower here (docs/decisions/2026-12-01-pure-stepping.md). Our
 * machines only `assign`: no invoked or spawned actors, no delayed events, no side effects.
 * So one inert scope per machine is built once and reused. `tests/machines/pure.test.ts`
 * compares this adapter's snapshots with `transition()` on every path of the four parcours.
 */
import { createActor, type AnyActorScope, type AnyStateMachine, type SnapshotFrom } from 'xstate';
import { stepScopeCache } from './caches';
import type { orientationMachine } from './orientation.machine';
import type { ParcoursMachine } from './parcours.machine';
import type { JourneyEvent, JourneyInput } from './types';

/** Every statechart of a journey: the orientation, then one parcours. */
export type JourneyMachine = typeof orientationMachine | ParcoursMachine;
/** A snapshot of any of them: the same context and events, their own state values. */
export type JourneySnapshot = SnapshotFrom<JourneyMachine>;

const scopeOf = (machine: JourneyMachine): AnyActorScope => {
  const cached = stepScopeCache.get(machine);
  if (cached) return cached;
  const self = createActor(machine as AnyStateMachine, { input: { answers: {} } });
  // Nothing is ever executed: actions are pure `assign`s applied by the transition itself.
  const scope: AnyActorScope = {
    self,
    id: '',
    sessionId: '',
    system: self.system,
    logger: () => {},
    defer: () => {},
    stopChild: () => {},
    emit: () => {},
    actionExecutor: () => {},
  };
  stepScopeCache.set(machine, scope);
  return scope;
};

/*
 * The machine and its snapshot travel together in the journey's positions; TypeScript cannot
 * correlate a union of machines with a union of snapshots, hence the widening to
 * AnyStateMachine here, and only here. Events stay typed: only JourneyEvent can be sent.
 */
export const initialSnapshot = (machine: JourneyMachine, input: JourneyInput): JourneySnapshot =>
  (machine as AnyStateMachine).getInitialSnapshot(scopeOf(machine), input) as JourneySnapshot;

export const nextSnapshot = (machine: JourneyMachine, snapshot: JourneySnapshot, event: JourneyEvent): JourneySnapshot =>
  (machine as AnyStateMachine).transition(snapshot, event, scopeOf(machine)) as JourneySnapshot;
