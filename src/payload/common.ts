/**
 * What both layouts of the plan payload share: the decoded shapes, the typed errors, and the
 * « as in the catalogue » helpers (a scheme step's contacts, duration, pay and documents travel
 * as a marker when they equal the catalogue's; a step id the plan builder derives is left out).
 * The domain facts come from machines/ (`stepKey`, `paySourceIds`), never written again here.
 */
import type { Plan, PlanStep } from '../../machines';
import { getScheme, paySourceIds, stepKey } from '../../machines/plans';
import type { Scheme } from '../../data';

/** A foreign or absurd fragment is refused before any work (a QR holds at most 7 089 digits). */
export const MAX_PAYLOAD_LENGTH = 4000;

export interface SharedPlan {
  plan: Plan;
  /** The person's département answer: the plan view lists known sites there. */
  departement?: string;
}

export type PayloadError = 'empty' | 'too-long' | 'version' | 'corrupt' | 'invalid';
export type DecodeResult = { ok: true; value: SharedPlan } | { ok: false; error: PayloadError };

/** A decoded plan, before `PlanSchema` checks it. */
export interface Candidate {
  plan: unknown;
  departement?: string;
}
/** What a layout's decoder gives back. */
export type Decoded = { ok: true; candidate: Candidate } | { ok: false; error: PayloadError };

export type What = PlanStep['what'];
export type Pay = NonNullable<PlanStep['pay']>;
export type Amount = NonNullable<Pay['amount']>;
export type Duration = NonNullable<PlanStep['duration']>;
export type Params = Record<string, string | number>;

export const WHAT_KEYS = ['scheme', 'titre', 'ccp', 'structure', 'frein', 'action'] as const;
/** The key order the plan builder writes, so a round trip is equal even as JSON text. */
const STEP_KEYS = ['id', 'stage', 'what', 'alternatives', 'why', 'who', 'duration', 'pay', 'bring', 'status', 'date'] as const;

export const isSet = (v: unknown) => v !== null && v !== undefined;

/** The id the plan builder gives a step: left out of the payload when the step's id is it. */
export const derivedId = stepKey;

/** Order-insensitive deep equality of plain JSON values. */
export function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
export const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** Where a scheme step's pay can come from, by the index the payload writes: 0 = the scheme
 * itself, then the plan builder's pay sources (append-only, see machines/plan.ts). */
export const paySources = (scheme: Scheme | undefined): Array<Scheme | undefined> => [scheme, ...paySourceIds().map(getScheme)];

export const schemeOf = (what: What): Scheme | undefined => (what.scheme ? getScheme(what.scheme) : undefined);

/** A step object in the builder's key order. */
export function ordered(step: Record<string, unknown>): PlanStep {
  const out: Record<string, unknown> = {};
  for (const key of STEP_KEYS) if (key in step) out[key] = step[key];
  return out as PlanStep;
}

export const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
