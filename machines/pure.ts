/**
 * Pure stepping of our statecharts. xstate's `transition()` builds a fresh inert actor scope on
 * every call (constructing an actor runs the machine's whole initial macrostep), which costs
 * most of a millisecond per step on the parcours machines. Our machines only `assign` — no
 * invoked or spawned actors, no side effects — so one inert scope per machine is reused.
 */
import { createActor, type AnyActorScope, type AnyMachineSnapshot, type AnyStateMachine, type EventObject } from 'xstate';
import type { JourneyInput } from './types';

const scopes = new WeakMap<AnyStateMachine, AnyActorScope>();

const scopeOf = (machine: AnyStateMachine): AnyActorScope => {
  let scope = scopes.get(machine);
  if (!scope) {
    const self = createActor(machine, { input: { answers: {} } });
    scope = {
      self,
      id: '',
      sessionId: '',
      system: self.system,
      logger: () => {},
      defer: () => {},
      stopChild: () => {},
      emit: () => {},
      actionExecutor: () => {},
    } as unknown as AnyActorScope;
    scopes.set(machine, scope);
  }
  return scope;
};

export const initialSnapshot = (machine: AnyStateMachine, input: JourneyInput): AnyMachineSnapshot =>
  machine.getInitialSnapshot(scopeOf(machine), input) as AnyMachineSnapshot;

export const nextSnapshot = (machine: AnyStateMachine, snapshot: AnyMachineSnapshot, event: EventObject): AnyMachineSnapshot =>
  machine.transition(snapshot, event, scopeOf(machine)) as AnyMachineSnapshot;
