/**
 * Layout `A`, the first printed plans: base64url(deflate-raw(JSON of positional arrays)).
 * FROZEN: no new code is written in it (see layout-b.ts), but every printed one must keep
 * opening, so its lists and markers below never change (tests/payload pins real `A` codes).
 */
import type { PlanStep } from '../../machines';
import type { Scheme } from '../../data';
import { WHAT_KEYS, clone, derivedId, isSet, ordered, paySources, schemeOf, strictUtf8, type Amount, type Candidate, type Decoded, type What } from './common';

const A_PARCOURS = ['jeune', 'allophone', 'reprise', 'reconversion'] as const;
const A_STAGES = ['accueil', 'freins', 'savoirsDeBase', 'projet', 'qualification', 'titrePro', 'emploi', 'profil'] as const;
const A_STATUSES = ['a-faire', 'en-cours', 'fait'] as const;
/** « As in the catalogue » marker of layout A. */
const A_AS_CATALOGUE = 1;

const at = <T>(list: readonly T[], i: unknown): T => {
  if (typeof i !== 'number' || list[i] === undefined) throw new Error('index');
  return list[i];
};

const unpackWhatA = (raw: unknown): What => {
  if (!Array.isArray(raw)) throw new Error('what');
  const what: Record<string, string> = {};
  WHAT_KEYS.forEach((k, i) => {
    if (raw[i] !== null && raw[i] !== undefined) what[k] = raw[i] as string;
  });
  return what as What;
};

const unpackAmountA = (raw: unknown): Amount => {
  const [eur, per, asOf, verified, condition] = raw as unknown[];
  return { eur, per, ...(isSet(condition) ? { condition } : {}), asOf, verified: verified === 1 } as Amount;
};

function unpackWhoA(raw: unknown, scheme: Scheme | undefined): string[] {
  if (Array.isArray(raw)) return raw as string[];
  if (!scheme) throw new Error('who');
  if (raw === A_AS_CATALOGUE) return [...scheme.prescribers];
  if (typeof raw === 'string') return [raw, ...scheme.prescribers.filter((p) => p !== raw)];
  throw new Error('who');
}

function unpackPayA(raw: unknown, scheme: Scheme | undefined): PlanStep['pay'] {
  const list = raw as unknown[];
  if (list[0] === A_AS_CATALOGUE) {
    const source = paySources(scheme)[list[1] as number];
    if (!source) throw new Error('pay');
    const amount = source.pay.amounts[list[2] as number];
    return { kind: source.pay.kind, ...(amount ? { amount: clone(amount) } : {}) };
  }
  const [kind, amount] = list;
  return { kind, ...(isSet(amount) ? { amount: unpackAmountA(amount) } : {}) } as PlanStep['pay'];
}

function unpackStepA(raw: unknown): PlanStep {
  if (!Array.isArray(raw)) throw new Error('step');
  const [id, stage, what, alts, why, who, duration, pay, bring, status, date] = raw as unknown[];
  const step: Record<string, unknown> = { stage: at(A_STAGES, stage), what: unpackWhatA(what) };
  const scheme = schemeOf(step.what as What);
  step.id = isSet(id) ? id : derivedId(step as Pick<PlanStep, 'stage' | 'what'>);
  if (isSet(alts)) step.alternatives = (alts as unknown[]).map(unpackWhatA);
  step.why = (why as unknown[]).map((r) => {
    const [code, params] = r as [string, Record<string, string | number>?];
    return params ? { code, params } : { code };
  });
  step.who = unpackWhoA(who, scheme);
  if (duration === A_AS_CATALOGUE) {
    if (!scheme?.duration) throw new Error('duration');
    step.duration = clone(scheme.duration);
  } else if (isSet(duration)) {
    const [unit, min, max, hoursPerWeek] = duration as unknown[];
    step.duration = { unit, ...(isSet(min) ? { min } : {}), ...(isSet(max) ? { max } : {}), ...(isSet(hoursPerWeek) ? { hoursPerWeek } : {}) };
  }
  if (isSet(pay)) step.pay = unpackPayA(pay, scheme);
  if (bring === A_AS_CATALOGUE) {
    if (!scheme) throw new Error('bring');
    step.bring = [...scheme.bring];
  } else step.bring = bring ?? [];
  step.status = at(A_STATUSES, status ?? 0);
  if (isSet(date)) step.date = date;
  return ordered(step);
}

function unpackA(raw: unknown): Candidate {
  if (!Array.isArray(raw)) throw new Error('root');
  const [v, parcours, createdOn, steps, nextActions, departement] = raw as unknown[];
  if (!Array.isArray(steps) || !Array.isArray(nextActions)) throw new Error('lists');
  const planSteps = steps.map(unpackStepA);
  const plan = {
    v,
    parcours: at(A_PARCOURS, parcours),
    createdOn,
    steps: planSteps,
    nextActions: nextActions.map((a) => {
      const [code, params, step] = a as unknown[];
      const stepId = typeof step === 'number' ? planSteps[step]?.id : step;
      return { code, ...(isSet(params) ? { params } : {}), ...(isSet(stepId) ? { step: stepId } : {}) };
    }),
  };
  return { plan, ...(typeof departement === 'string' ? { departement } : {}) };
}

async function inflate(bytes: Uint8Array): Promise<Uint8Array> {
  const out = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(out).arrayBuffer());
}

function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) throw new Error('base64url');
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

export async function decodeA(body: string): Promise<Decoded> {
  let raw: unknown;
  try {
    const bytes = await inflate(fromBase64Url(body));
    raw = JSON.parse(strictUtf8.decode(bytes));
  } catch {
    return { ok: false, error: 'corrupt' };
  }
  try {
    return { ok: true, candidate: unpackA(raw) };
  } catch {
    return { ok: false, error: 'invalid' };
  }
}
