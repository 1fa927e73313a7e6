/**
 * Every cache of the machines layer, in one place. The layer is pure — the same answers give
 * the same views and plans — so these only remember results: they are bounded, hold nothing
 * but immutable values, and `clearMachineCaches()` empties them all (tests, catalogue reload).
 */
import type { AnyActorScope, AnyStateMachine } from 'xstate';
import type { Position } from './journey';
import type { AnswerSchema, QuestionView } from './questions';

/** A Map that forgets everything when it reaches its limit: cheap, and enough for a journey. */
export class BoundedCache<K, V> {
  private readonly map = new Map<K, V>();
  constructor(private readonly limit: number) {}
  get(key: K): V | undefined {
    return this.map.get(key);
  }
  set(key: K, value: V): void {
    if (this.map.size >= this.limit) this.map.clear();
    this.map.set(key, value);
  }
  clear(): void {
    this.map.clear();
  }
  get size(): number {
    return this.map.size;
  }
}

/** machines/pure.ts: one inert actor scope per statechart. */
export const stepScopeCache = new WeakMap<AnyStateMachine, AnyActorScope>();

/** machines/journey.ts: positions reached along a path (entry and value at each step). */
export const positionCache = new BoundedCache<string, Position | null>(5000);

/** machines/questions.ts: question views by question and the answers their options depend on. */
export const questionViewCache = new BoundedCache<string, QuestionView>(2000);

/** machines/questions.ts: the answer schema of each question view. */
export const answerSchemaCache = new WeakMap<QuestionView, AnswerSchema>();

export const clearMachineCaches = () => {
  positionCache.clear();
  questionViewCache.clear();
};
