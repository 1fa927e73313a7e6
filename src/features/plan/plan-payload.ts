/**
 * The plan in a URL fragment (`#/p/<payload>`), for the QR code the resident scans: nothing is
 * sent to any server, since browsers never send the fragment.
 *
 * Payload = version character + base64url(deflate-raw(JSON of a positional form of the plan)).
 * - Positional arrays instead of objects: no key names travel.
 * - Step ids are left out when they are the one the plan builder derives from the step
 *   (`<stage>-<what>`), and the next actions point to steps by index.
 * - deflate-raw (CompressionStream, in every browser we support and in Node ≥ 18) then folds
 *   the catalogue ids repeated from step to step ('france-travail', 'piece-identite'…).
 * Only ids and codes travel, never a name or a free text: the phone resolves the words.
 *
 * Opening is strict: wrong version character, bad base64url, a stream that does not inflate,
 * a shape we do not know or a plan that fails `PlanSchema` all give a typed error the view turns
 * into a plain French message.
 */
import { PlanSchema, type Plan, type PlanStep } from '../../../machines';
import { getScheme, type Scheme } from '../../../data';

/** Bump when the positional layout changes; keep decoding older versions. */
export const PAYLOAD_VERSION = 'A';
/** A foreign or absurd fragment is refused before any work (a QR holds at most 2 953 bytes). */
export const MAX_PAYLOAD_LENGTH = 4000;

export interface SharedPlan {
  plan: Plan;
  /** The person's département answer: the plan view lists known sites there. */
  departement?: string;
}

export type PayloadError = 'empty' | 'too-long' | 'version' | 'corrupt' | 'invalid';
export type DecodeResult = { ok: true; value: SharedPlan } | { ok: false; error: PayloadError };

const PARCOURS = ['jeune', 'allophone', 'reprise', 'reconversion'] as const;
const STAGES = ['accueil', 'freins', 'savoirsDeBase', 'projet', 'qualification', 'titrePro', 'emploi', 'profil'] as const;
const STATUSES = ['a-faire', 'en-cours', 'fait'] as const;
const WHAT_KEYS = ['scheme', 'titre', 'ccp', 'structure', 'frein', 'action'] as const;

type What = PlanStep['what'];
type Json = null | number | string | Json[] | { [key: string]: Json };

const trimNulls = (list: Json[]): Json[] => {
  let end = list.length;
  while (end > 0 && list[end - 1] === null) end--;
  return list.slice(0, end);
};

/** The id the plan builder gives a step (machines/plan.ts stepKey): left out when it matches. */
const derivedId = (step: Pick<PlanStep, 'stage' | 'what'>) =>
  `${step.stage}-${step.what.ccp ?? step.what.scheme ?? step.what.frein ?? step.what.action ?? step.what.titre ?? step.what.structure}`;

const packWhat = (w: What): Json => trimNulls(WHAT_KEYS.map((k) => w[k] ?? null));
const unpackWhat = (raw: unknown): What => {
  if (!Array.isArray(raw)) throw new Error('what');
  const what: Record<string, string> = {};
  WHAT_KEYS.forEach((k, i) => {
    if (raw[i] !== null && raw[i] !== undefined) what[k] = raw[i] as string;
  });
  return what as What;
};

const indexOf = <T extends string>(list: readonly T[], value: T): number => {
  const i = list.indexOf(value);
  if (i < 0) throw new Error(`unknown value ${value}`);
  return i;
};
const at = <T>(list: readonly T[], i: unknown): T => {
  if (typeof i !== 'number' || list[i] === undefined) throw new Error('index');
  return list[i];
};

/** undefined → null in a position; objects kept only for params (free-form records). */
const opt = <T>(value: T | undefined, pack: (v: T) => Json): Json => (value === undefined ? null : pack(value));

type Amount = NonNullable<NonNullable<PlanStep['pay']>['amount']>;

/** Order-insensitive deep equality of plain JSON values. */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/**
 * A scheme step mostly repeats the catalogue (who prescribes it, its duration, its pay, what to
 * bring): those parts travel as « as in the catalogue » markers. Anything that differs from the
 * catalogue of the app that opens the link travels in full, so a round trip is always exact.
 */
const AS_CATALOGUE = 1;
/** The pay of a qualification can come from the Region's pay scheme (machines/plan.ts). */
const PAY_SOURCES = ['remuneration-region'];

const packAmount = (a: Amount): Json => trimNulls([a.eur, a.per, a.asOf, a.verified ? 1 : 0, a.condition ?? null]);
const unpackAmount = (raw: unknown): Amount => {
  const [eur, per, asOf, verified, condition] = raw as unknown[];
  return { eur, per, ...(isSet(condition) ? { condition } : {}), asOf, verified: verified === 1 } as Amount;
};

function packWho(who: string[], scheme: Scheme | undefined): Json {
  if (!scheme) return who;
  const { prescribers } = scheme;
  if (same(who, prescribers)) return AS_CATALOGUE;
  const [first] = who;
  if (first && prescribers.includes(first) && same(who, [first, ...prescribers.filter((p) => p !== first)])) return first;
  return who;
}
function unpackWho(raw: unknown, scheme: Scheme | undefined): string[] {
  if (Array.isArray(raw)) return raw as string[];
  if (!scheme) throw new Error('who');
  if (raw === AS_CATALOGUE) return [...scheme.prescribers];
  if (typeof raw === 'string') return [raw, ...scheme.prescribers.filter((p) => p !== raw)];
  throw new Error('who');
}

function packPay(pay: NonNullable<PlanStep['pay']>, scheme: Scheme | undefined): Json {
  if (scheme) {
    for (const [n, source] of [scheme, ...PAY_SOURCES.map(getScheme)].entries()) {
      if (!source || pay.kind !== source.pay.kind) continue;
      const k = pay.amount ? source.pay.amounts.findIndex((a) => same(a, pay.amount)) : -1;
      if (pay.amount && k < 0) continue;
      return [AS_CATALOGUE, n, k];
    }
  }
  return trimNulls([pay.kind, opt(pay.amount, packAmount)]);
}
function unpackPay(raw: unknown, scheme: Scheme | undefined): PlanStep['pay'] {
  const list = raw as unknown[];
  if (list[0] === AS_CATALOGUE) {
    const source = [scheme, ...PAY_SOURCES.map(getScheme)][list[1] as number];
    if (!source) throw new Error('pay');
    const amount = source.pay.amounts[list[2] as number];
    return { kind: source.pay.kind, ...(amount ? { amount: clone(amount) } : {}) };
  }
  const [kind, amount] = list;
  return { kind, ...(isSet(amount) ? { amount: unpackAmount(amount) } : {}) } as PlanStep['pay'];
}

function packStep(step: PlanStep): Json {
  const scheme = step.what.scheme ? getScheme(step.what.scheme) : undefined;
  return trimNulls([
    step.id === derivedId(step) ? null : step.id,
    indexOf(STAGES, step.stage),
    packWhat(step.what),
    opt(step.alternatives, (alts) => alts.map(packWhat)),
    step.why.map((r) => (r.params ? [r.code, r.params] : [r.code])),
    packWho(step.who, scheme),
    opt(step.duration, (d) =>
      scheme && same(d, scheme.duration) ? AS_CATALOGUE : trimNulls([d.unit, d.min ?? null, d.max ?? null, d.hoursPerWeek ?? null]),
    ),
    opt(step.pay, (p) => packPay(p, scheme)),
    scheme && same(step.bring, scheme.bring) ? AS_CATALOGUE : step.bring,
    indexOf(STATUSES, step.status),
    step.date ?? null,
  ]);
}

const isSet = (v: unknown) => v !== null && v !== undefined;

function unpackStep(raw: unknown): PlanStep {
  if (!Array.isArray(raw)) throw new Error('step');
  const [id, stage, what, alts, why, who, duration, pay, bring, status, date] = raw as unknown[];
  const step: Record<string, unknown> = { stage: at(STAGES, stage), what: unpackWhat(what) };
  const scheme = (step.what as What).scheme ? getScheme((step.what as What).scheme!) : undefined;
  step.id = isSet(id) ? id : derivedId(step as Pick<PlanStep, 'stage' | 'what'>);
  if (isSet(alts)) step.alternatives = (alts as unknown[]).map(unpackWhat);
  step.why = (why as unknown[]).map((r) => {
    const [code, params] = r as [string, Record<string, string | number>?];
    return params ? { code, params } : { code };
  });
  step.who = unpackWho(who, scheme);
  if (duration === AS_CATALOGUE) {
    if (!scheme?.duration) throw new Error('duration');
    step.duration = clone(scheme.duration);
  } else if (isSet(duration)) {
    const [unit, min, max, hoursPerWeek] = duration as unknown[];
    step.duration = { unit, ...(isSet(min) ? { min } : {}), ...(isSet(max) ? { max } : {}), ...(isSet(hoursPerWeek) ? { hoursPerWeek } : {}) };
  }
  if (isSet(pay)) step.pay = unpackPay(pay, scheme);
  if (bring === AS_CATALOGUE) {
    if (!scheme) throw new Error('bring');
    step.bring = [...scheme.bring];
  } else step.bring = bring ?? [];
  step.status = at(STATUSES, status ?? 0);
  if (isSet(date)) step.date = date;
  // Key order as the plan builder writes it, so a round trip is equal even as JSON text.
  const ordered: Record<string, unknown> = {};
  for (const key of ['id', 'stage', 'what', 'alternatives', 'why', 'who', 'duration', 'pay', 'bring', 'status', 'date']) {
    if (key in step) ordered[key] = step[key];
  }
  return ordered as PlanStep;
}

function pack(shared: SharedPlan): Json {
  const { plan } = shared;
  const stepIndex = new Map(plan.steps.map((s, i) => [s.id, i]));
  return trimNulls([
    plan.v,
    indexOf(PARCOURS, plan.parcours),
    plan.createdOn,
    plan.steps.map(packStep),
    plan.nextActions.map((a) =>
      trimNulls([a.code, a.params ?? null, a.step === undefined ? null : (stepIndex.get(a.step) ?? a.step)]),
    ),
    shared.departement ?? null,
  ]);
}

function unpack(raw: unknown): { plan: unknown; departement?: string } {
  if (!Array.isArray(raw)) throw new Error('root');
  const [v, parcours, createdOn, steps, nextActions, departement] = raw as unknown[];
  if (!Array.isArray(steps) || !Array.isArray(nextActions)) throw new Error('lists');
  const planSteps = steps.map(unpackStep);
  const plan = {
    v,
    parcours: at(PARCOURS, parcours),
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

// ---- bytes ----------------------------------------------------------------------------

async function through(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) throw new Error('base64url');
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

// ---- public ---------------------------------------------------------------------------

export async function encodePlanPayload(shared: SharedPlan): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(pack(shared)));
  return PAYLOAD_VERSION + toBase64Url(await through(json, new CompressionStream('deflate-raw')));
}

export async function decodePlanPayload(payload: string): Promise<DecodeResult> {
  const text = payload.trim();
  if (text === '') return { ok: false, error: 'empty' };
  if (text.length > MAX_PAYLOAD_LENGTH) return { ok: false, error: 'too-long' };
  if (text[0] !== PAYLOAD_VERSION) return { ok: false, error: 'version' };
  let raw: unknown;
  try {
    const bytes = await through(fromBase64Url(text.slice(1)), new DecompressionStream('deflate-raw'));
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return { ok: false, error: 'corrupt' };
  }
  let candidate: { plan: unknown; departement?: string };
  try {
    candidate = unpack(raw);
  } catch {
    return { ok: false, error: 'invalid' };
  }
  const parsed = PlanSchema.safeParse(candidate.plan);
  if (!parsed.success) return { ok: false, error: 'invalid' };
  if (candidate.departement !== undefined && !/^[a-z0-9-]{1,12}$/i.test(candidate.departement)) return { ok: false, error: 'invalid' };
  return { ok: true, value: { plan: parsed.data, ...(candidate.departement ? { departement: candidate.departement } : {}) } };
}

/** The address the QR code holds: this very app (`location.origin + location.pathname`). */
export function shareUrl(base: string, payload: string): string {
  return `${base}#/p/${payload}`;
}

/** The plan with the resident's own progress (status, appointment) folded into its steps. */
export function withProgress(
  plan: Plan,
  progress: Record<string, { status: PlanStep['status']; appointment?: string }> | undefined,
): Plan {
  if (!progress) return plan;
  return {
    ...plan,
    steps: plan.steps.map((s) => {
      const p = progress[s.id];
      if (!p) return s;
      const { date: _date, ...rest } = s;
      return { ...rest, status: p.status, ...(p.appointment ? { date: p.appointment } : s.date ? { date: s.date } : {}) };
    }),
  };
}
