/**
 * The plan in a URL fragment (`#/p/<payload>`), for the QR code the resident scans: nothing is
 * sent to any server, since browsers never send the fragment. Only ids and codes travel, never a
 * name or a free text: the phone resolves the words.
 *
 * Payload = version character + body. New codes are always `B`; `A` codes still open.
 *
 * `B` (docs/decisions/2026-11-25-qr-payload.md): a bit stream written as a decimal number, which
 * a QR code stores in « numeric » mode (10 bits per 3 digits, against 8 bits per base64url
 * character that carries 6).
 * - Catalogue ids and codes are small indexes into the append-only dictionary
 *   (payload-dictionary.ts); an id that is not there travels spelled out, so a new catalogue
 *   entry still works.
 * - Counts and numbers are Exp-Golomb codes; dates are days from an epoch or from the plan date.
 * - As in `A`: a scheme step's contacts, duration, pay and documents travel as « as in the
 *   catalogue » when they are; step ids the plan builder derives are left out; next actions
 *   point to steps by index.
 * - A CRC-16 closes the stream: a cut, a typo or a changed digit is refused, never read as
 *   another plan.
 *
 * `A` (the first printed plans): base64url(deflate-raw(JSON of positional arrays)).
 *
 * Opening is strict: wrong version character, bad characters, a failed checksum, a stream that
 * does not inflate or parse, a shape we do not know or a plan that fails `PlanSchema` all give a
 * typed error the view turns into a plain French message.
 */
import { PlanSchema, type Plan, type PlanStep } from '../../../machines';
import { getScheme, type Scheme } from '../../../data';
import { BitReader, BitWriter, PayloadFormatError, bitsToDecimal, crc16, decimalToBits } from './payload-bits';
import { PAYLOAD_DICTIONARY, type DictionaryKind } from './payload-dictionary';

/** The layout new payloads use. Bump when it changes; keep decoding older versions. */
export const PAYLOAD_VERSION = 'B';
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
interface Candidate {
  plan: unknown;
  departement?: string;
}

type What = PlanStep['what'];
type Pay = NonNullable<PlanStep['pay']>;
type Amount = NonNullable<Pay['amount']>;
type Duration = NonNullable<PlanStep['duration']>;
type Params = Record<string, string | number>;

const WHAT_KEYS = ['scheme', 'titre', 'ccp', 'structure', 'frein', 'action'] as const;
/** The key order the plan builder writes, so a round trip is equal even as JSON text. */
const STEP_KEYS = ['id', 'stage', 'what', 'alternatives', 'why', 'who', 'duration', 'pay', 'bring', 'status', 'date'] as const;

const isSet = (v: unknown) => v !== null && v !== undefined;

/** The id the plan builder gives a step (machines/plan.ts stepKey): left out when it matches. */
const derivedId = (step: Pick<PlanStep, 'stage' | 'what'>) =>
  `${step.stage}-${step.what.ccp ?? step.what.scheme ?? step.what.frein ?? step.what.action ?? step.what.titre ?? step.what.structure}`;

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

/** The pay of a qualification can come from the Region's pay scheme (machines/plan.ts). */
const PAY_SOURCES = ['remuneration-region'];
const paySources = (scheme: Scheme | undefined): Array<Scheme | undefined> => [scheme, ...PAY_SOURCES.map(getScheme)];

const schemeOf = (what: What): Scheme | undefined => (what.scheme ? getScheme(what.scheme) : undefined);

/** A step object in the builder's key order. */
function ordered(step: Record<string, unknown>): PlanStep {
  const out: Record<string, unknown> = {};
  for (const key of STEP_KEYS) if (key in step) out[key] = step[key];
  return out as PlanStep;
}

// ==== layout B ==========================================================================

/**
 * Bits of a dictionary symbol, per kind. Symbol 0 = a literal string follows; symbol i + 1 =
 * entry i. Symbols below 2^width - 1 take `width` bits; the all-ones value is followed by an
 * Exp-Golomb extension, so the dictionary can grow without changing the layout.
 */
const SYMBOL_WIDTH: Record<DictionaryKind, number> = {
  parcours: 3,
  stage: 4,
  status: 2,
  structure: 4,
  scheme: 5,
  titre: 5,
  ccp: 5,
  sector: 4,
  frein: 4,
  action: 4,
  why: 6,
  next: 3,
  bring: 4,
  departement: 4,
  paramKey: 3,
  payKind: 3,
  unit: 3,
  condition: 4,
};

/** The kind of a `what` key's value. */
const WHAT_KIND: Record<(typeof WHAT_KEYS)[number], DictionaryKind> = {
  scheme: 'scheme',
  titre: 'titre',
  ccp: 'ccp',
  structure: 'structure',
  frein: 'frein',
  action: 'action',
};
/** The kind of a param's string value, by param key; other keys' values travel spelled out. */
const PARAM_KIND = new Map<string, DictionaryKind>([
  ['titre', 'titre'],
  ['secteur', 'sector'],
  ['structure', 'structure'],
  ['scheme', 'scheme'],
  ['frein', 'frein'],
]);

/** The `what` shapes plans have (bit masks over WHAT_KEYS), on 3 bits; 7 = any other mask. */
const WHAT_SHAPES = [0b100000, 0b000100, 0b000010, 0b000001, 0b010000, 0b011000, 0b010001];
const SHAPE_ESCAPE = 7;

/** Dates: days from this epoch (zigzag), or from the plan date for the dates inside a plan. */
const EPOCH_DAYS = Date.UTC(2026, 0, 1) / 86_400_000;

const zigzag = (n: number) => (n >= 0 ? 2 * n : -2 * n - 1);
const unzigzag = (z: number) => (z % 2 === 0 ? z / 2 : -(z + 1) / 2);

function isoToDays(iso: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return undefined;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const days = ms / 86_400_000;
  return Number.isSafeInteger(days) && daysToIso(days) === iso ? days : undefined;
}
const daysToIso = (days: number) => new Date(days * 86_400_000).toISOString().slice(0, 10);

const utf8 = new TextEncoder();
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

class Writer extends BitWriter {
  literal(text: string): void {
    const bytes = utf8.encode(text);
    this.golomb(bytes.length);
    for (const b of bytes) this.uint(b, 8);
  }

  symbol(kind: DictionaryKind, value: string): void {
    const index = (PAYLOAD_DICTIONARY[kind] as readonly string[]).indexOf(value);
    const symbol = index + 1; // 0 when not in the dictionary
    const width = SYMBOL_WIDTH[kind];
    const escape = 2 ** width - 1;
    if (symbol < escape) this.uint(symbol, width);
    else {
      this.uint(escape, width);
      this.golomb(symbol - escape);
    }
    if (symbol === 0) this.literal(value);
  }

  /** Natural numbers Exp-Golomb; cents (amounts) scaled; anything else spelled out. */
  number(n: number, k = 0): void {
    if (Number.isSafeInteger(n) && n >= 0 && !Object.is(n, -0)) {
      this.bit(0);
      this.golomb(n, k);
      return;
    }
    const cents = Math.round(n * 100);
    this.bit(1);
    if (n > 0 && Number.isSafeInteger(cents) && cents / 100 === n) {
      this.bit(0);
      this.golomb(cents, k + 7);
    } else {
      this.bit(1);
      this.literal(String(n));
    }
  }

  /** A date: days from `base` (the plan date) or from the epoch, or spelled out. */
  date(iso: string, base?: string): void {
    const days = isoToDays(iso);
    const from = base === undefined ? EPOCH_DAYS : isoToDays(base);
    if (days === undefined || from === undefined) {
      this.bit(1);
      this.literal(iso);
      return;
    }
    this.bit(0);
    this.golomb(zigzag(days - from), base === undefined ? 10 : 5);
  }

  /** Params (`{}` and absent differ): 0 = absent, n + 1 = n entries. */
  params(params: Params | undefined): void {
    if (params === undefined) {
      this.golomb(0);
      return;
    }
    const entries = Object.entries(params);
    this.golomb(entries.length + 1);
    for (const [key, value] of entries) {
      this.symbol('paramKey', key);
      if (typeof value === 'number') {
        this.bit(1);
        this.number(value, 4);
      } else {
        this.bit(0);
        const kind = PARAM_KIND.get(key);
        if (kind) this.symbol(kind, value);
        else this.literal(value);
      }
    }
  }

  list(kind: DictionaryKind, values: readonly string[]): void {
    this.golomb(values.length);
    for (const v of values) this.symbol(kind, v);
  }
}

class Reader extends BitReader {
  literal(): string {
    const length = this.golomb();
    if (length > MAX_PAYLOAD_LENGTH) throw new PayloadFormatError('literal too long');
    const bytes = new Uint8Array(length);
    for (let i = 0; i < length; i++) bytes[i] = this.uint(8);
    return strictUtf8.decode(bytes);
  }

  symbol(kind: DictionaryKind): string {
    const width = SYMBOL_WIDTH[kind];
    const escape = 2 ** width - 1;
    let symbol = this.uint(width);
    if (symbol === escape) symbol += this.golomb();
    if (symbol === 0) return this.literal();
    const value = PAYLOAD_DICTIONARY[kind][symbol - 1];
    // A newer dictionary than ours (or a forged index): we cannot name the value.
    if (value === undefined) throw new PayloadFormatError(`unknown ${kind} ${symbol - 1}`);
    return value;
  }

  number(k = 0): number {
    if (!this.bit()) return this.golomb(k);
    if (!this.bit()) return this.golomb(k + 7) / 100;
    const text = this.literal();
    const n = Number(text);
    if (!Number.isFinite(n) || String(n) !== text) throw new PayloadFormatError('number');
    return n;
  }

  date(base?: string): string {
    if (this.bit()) return this.literal();
    const from = base === undefined ? EPOCH_DAYS : isoToDays(base);
    if (from === undefined) throw new PayloadFormatError('date base');
    const days = from + unzigzag(this.golomb(base === undefined ? 10 : 5));
    if (Math.abs(days) > 1e6) throw new PayloadFormatError('date');
    return daysToIso(days);
  }

  params(): Params | undefined {
    const count = this.golomb();
    if (count === 0) return undefined;
    const params: Params = {};
    for (let i = 1; i < count; i++) {
      const key = this.symbol('paramKey');
      if (Object.hasOwn(params, key) || key === '__proto__') throw new PayloadFormatError('param key');
      if (this.bit()) params[key] = this.number(4);
      else {
        const kind = PARAM_KIND.get(key);
        params[key] = kind ? this.symbol(kind) : this.literal();
      }
    }
    return params;
  }

  list(kind: DictionaryKind): string[] {
    const count = this.golomb();
    if (count > MAX_PAYLOAD_LENGTH) throw new PayloadFormatError('list too long');
    return Array.from({ length: count }, () => this.symbol(kind));
  }
}

function writeWhat(w: Writer, what: What): void {
  const mask = WHAT_KEYS.reduce((m, key) => (m << 1) | (what[key] === undefined ? 0 : 1), 0);
  const shape = WHAT_SHAPES.indexOf(mask);
  if (shape >= 0) w.uint(shape, 3);
  else {
    w.uint(SHAPE_ESCAPE, 3);
    w.uint(mask, WHAT_KEYS.length);
  }
  for (const key of WHAT_KEYS) {
    const value = what[key];
    if (value !== undefined) w.symbol(WHAT_KIND[key], value);
  }
}
function readWhat(r: Reader): What {
  const shape = r.uint(3);
  const mask = shape === SHAPE_ESCAPE ? r.uint(WHAT_KEYS.length) : WHAT_SHAPES[shape]!;
  const what: Record<string, string> = {};
  WHAT_KEYS.forEach((key, i) => {
    if (mask & (1 << (WHAT_KEYS.length - 1 - i))) what[key] = r.symbol(WHAT_KIND[key]);
  });
  return what as What;
}

/**
 * Who to contact. For a scheme step: 1 = the catalogue's prescribers, maybe with one moved to the
 * front (the person's referent) and maybe cut (the builder keeps three); 0 = the list itself.
 */
function writeWho(w: Writer, who: string[], scheme: Scheme | undefined): void {
  if (scheme) {
    const { prescribers } = scheme;
    const first = who[0];
    const front = first !== undefined && prescribers.includes(first) && first !== prescribers[0] ? first : undefined;
    const base = front === undefined ? prescribers : [front, ...prescribers.filter((p) => p !== front)];
    const cut = base.length - who.length;
    if (cut >= 0 && same(who, base.slice(0, who.length))) {
      w.bit(1);
      w.bit(front !== undefined);
      if (front !== undefined) w.symbol('structure', front);
      w.golomb(cut);
      return;
    }
    w.bit(0);
  }
  w.list('structure', who);
}
function readWho(r: Reader, scheme: Scheme | undefined): string[] {
  if (!scheme || !r.bit()) return r.list('structure');
  const { prescribers } = scheme;
  let base = [...prescribers];
  if (r.bit()) {
    const front = r.symbol('structure');
    if (!prescribers.includes(front) || front === prescribers[0]) throw new PayloadFormatError('who');
    base = [front, ...prescribers.filter((p) => p !== front)];
  }
  const cut = r.golomb();
  if (cut > base.length) throw new PayloadFormatError('who');
  return base.slice(0, base.length - cut);
}

function writeDuration(w: Writer, d: Duration): void {
  w.symbol('unit', d.unit);
  for (const value of [d.min, d.max, d.hoursPerWeek]) {
    w.bit(value !== undefined);
    if (value !== undefined) w.number(value, 2);
  }
}
function readDuration(r: Reader): Duration {
  const unit = r.symbol('unit');
  const [min, max, hoursPerWeek] = [0, 1, 2].map(() => (r.bit() ? r.number(2) : undefined));
  return { unit, ...(isSet(min) ? { min } : {}), ...(isSet(max) ? { max } : {}), ...(isSet(hoursPerWeek) ? { hoursPerWeek } : {}) } as Duration;
}

function writeAmount(w: Writer, a: Amount, createdOn: string): void {
  w.number(a.eur);
  w.symbol('unit', a.per);
  w.date(a.asOf, createdOn);
  w.bit(a.verified);
  w.bit(a.condition !== undefined);
  if (a.condition !== undefined) w.symbol('condition', a.condition);
}
function readAmount(r: Reader, createdOn: string): Amount {
  const eur = r.number();
  const per = r.symbol('unit');
  const asOf = r.date(createdOn);
  const verified = r.bit();
  const condition = r.bit() ? r.symbol('condition') : undefined;
  return { eur, per, ...(condition !== undefined ? { condition } : {}), asOf, verified } as Amount;
}

/** Pay: 1 = from the catalogue (which source, which of its amounts); 0 = spelled out. */
function writePay(w: Writer, pay: Pay | undefined, scheme: Scheme | undefined, createdOn: string): void {
  if (scheme && pay) {
    for (const [n, source] of paySources(scheme).entries()) {
      if (!source || pay.kind !== source.pay.kind) continue;
      const k = pay.amount ? source.pay.amounts.findIndex((a) => same(a, pay.amount)) : -1;
      if (pay.amount && k < 0) continue;
      w.bit(1);
      w.golomb(n);
      w.golomb(k + 1);
      return;
    }
  }
  if (scheme) w.bit(0);
  w.bit(pay !== undefined);
  if (!pay) return;
  w.symbol('payKind', pay.kind);
  w.bit(pay.amount !== undefined);
  if (pay.amount) writeAmount(w, pay.amount, createdOn);
}
function readPay(r: Reader, scheme: Scheme | undefined, createdOn: string): Pay | undefined {
  if (scheme && r.bit()) {
    const source = paySources(scheme)[r.golomb()];
    if (!source) throw new PayloadFormatError('pay source');
    const k = r.golomb() - 1;
    const amount = k >= 0 ? source.pay.amounts[k] : undefined;
    if (k >= 0 && !amount) throw new PayloadFormatError('pay amount');
    return { kind: source.pay.kind, ...(amount ? { amount: clone(amount) } : {}) };
  }
  if (!r.bit()) return undefined;
  const kind = r.symbol('payKind') as Pay['kind'];
  return { kind, ...(r.bit() ? { amount: readAmount(r, createdOn) } : {}) };
}

/** Step id: 0 = derived; 10 = derived + `-n` (a repeated key); 11 = spelled out. */
function writeId(w: Writer, step: PlanStep): void {
  const derived = derivedId(step);
  if (step.id === derived) {
    w.bit(0);
    return;
  }
  w.bit(1);
  const suffix = step.id.startsWith(`${derived}-`) ? step.id.slice(derived.length + 1) : '';
  if (/^[1-9][0-9]{0,5}$/.test(suffix) && Number(suffix) >= 2) {
    w.bit(0);
    w.golomb(Number(suffix) - 2);
  } else {
    w.bit(1);
    w.literal(step.id);
  }
}
function readId(r: Reader, step: Pick<PlanStep, 'stage' | 'what'>): string {
  if (!r.bit()) return derivedId(step);
  if (!r.bit()) return `${derivedId(step)}-${r.golomb() + 2}`;
  return r.literal();
}

/**
 * One step. Scheme steps start each of who, duration, pay and bring with an « as in the
 * catalogue » bit. The stage is one bit when it is the previous step's.
 */
function writeStep(w: Writer, step: PlanStep, previous: PlanStep | undefined, createdOn: string): void {
  w.bit(step.stage === previous?.stage);
  if (step.stage !== previous?.stage) w.symbol('stage', step.stage);
  writeWhat(w, step.what);
  writeId(w, step);
  const scheme = schemeOf(step.what);
  w.bit(step.alternatives !== undefined);
  if (step.alternatives) {
    w.golomb(step.alternatives.length);
    for (const alt of step.alternatives) writeWhat(w, alt);
  }
  w.golomb(step.why.length - 1);
  for (const reason of step.why) {
    w.symbol('why', reason.code);
    w.params(reason.params);
  }
  writeWho(w, step.who, scheme);
  const durationAsCatalogue = scheme !== undefined && same(step.duration, scheme.duration);
  if (scheme) w.bit(durationAsCatalogue);
  if (!durationAsCatalogue) {
    w.bit(step.duration !== undefined);
    if (step.duration) writeDuration(w, step.duration);
  }
  writePay(w, step.pay, scheme, createdOn);
  const bringAsCatalogue = scheme !== undefined && same(step.bring, scheme.bring);
  if (scheme) w.bit(bringAsCatalogue);
  if (!bringAsCatalogue) w.list('bring', step.bring);
  w.bit(step.status !== 'a-faire');
  if (step.status !== 'a-faire') w.symbol('status', step.status);
  w.bit(step.date !== undefined);
  if (step.date !== undefined) w.date(step.date, createdOn);
}
function readStep(r: Reader, previous: PlanStep | undefined, createdOn: string): PlanStep {
  const stage = r.bit() ? previous?.stage : r.symbol('stage');
  if (stage === undefined) throw new PayloadFormatError('stage');
  const what = readWhat(r);
  const step: Record<string, unknown> = { stage, what };
  step.id = readId(r, { stage: stage as PlanStep['stage'], what });
  const scheme = schemeOf(what);
  if (r.bit()) {
    const count = r.golomb();
    if (count > MAX_PAYLOAD_LENGTH) throw new PayloadFormatError('alternatives');
    step.alternatives = Array.from({ length: count }, () => readWhat(r));
  }
  const reasons = r.golomb() + 1;
  if (reasons > MAX_PAYLOAD_LENGTH) throw new PayloadFormatError('why');
  step.why = Array.from({ length: reasons }, () => {
    const code = r.symbol('why');
    const params = r.params();
    return params ? { code, params } : { code };
  });
  step.who = readWho(r, scheme);
  if (scheme && r.bit()) {
    if (scheme.duration) step.duration = clone(scheme.duration);
  } else if (r.bit()) step.duration = readDuration(r);
  const pay = readPay(r, scheme, createdOn);
  if (pay) step.pay = pay;
  step.bring = scheme && r.bit() ? [...scheme.bring] : r.list('bring');
  step.status = r.bit() ? r.symbol('status') : 'a-faire';
  if (r.bit()) step.date = r.date(createdOn);
  return ordered(step);
}

function writePlan(w: Writer, { plan, departement }: SharedPlan): void {
  w.golomb(plan.v - 1);
  w.symbol('parcours', plan.parcours);
  w.date(plan.createdOn);
  w.bit(departement !== undefined);
  if (departement !== undefined) w.symbol('departement', departement);
  w.golomb(plan.steps.length - 1);
  plan.steps.forEach((step, i) => writeStep(w, step, plan.steps[i - 1], plan.createdOn));
  const stepIndex = new Map(plan.steps.map((s, i) => [s.id, i]));
  w.golomb(plan.nextActions.length);
  for (const action of plan.nextActions) {
    w.symbol('next', action.code);
    w.params(action.params);
    // 0 = no step; 10 = a step by index; 11 = an id that is no step of the plan
    w.bit(action.step !== undefined);
    if (action.step === undefined) continue;
    const index = stepIndex.get(action.step);
    w.bit(index === undefined);
    if (index === undefined) w.literal(action.step);
    else w.golomb(index);
  }
}
function readPlan(r: Reader): Candidate {
  const v = r.golomb() + 1;
  const parcours = r.symbol('parcours');
  const createdOn = r.date();
  const departement = r.bit() ? r.symbol('departement') : undefined;
  const count = r.golomb() + 1;
  if (count > MAX_PAYLOAD_LENGTH) throw new PayloadFormatError('steps');
  const steps: PlanStep[] = [];
  for (let i = 0; i < count; i++) steps.push(readStep(r, steps[i - 1], createdOn));
  const actions = r.golomb();
  if (actions > MAX_PAYLOAD_LENGTH) throw new PayloadFormatError('next actions');
  const nextActions = Array.from({ length: actions }, () => {
    const code = r.symbol('next');
    const params = r.params();
    let step: string | undefined;
    if (r.bit()) {
      step = r.bit() ? r.literal() : steps[r.golomb()]?.id;
      if (step === undefined) throw new PayloadFormatError('next action step');
    }
    return { code, ...(params ? { params } : {}), ...(step !== undefined ? { step } : {}) };
  });
  return { plan: { v, parcours, createdOn, steps, nextActions }, ...(departement !== undefined ? { departement } : {}) };
}

/** The bits of a plan with their CRC-16, as the decimal digits of the `B` body. */
function encodeB(shared: SharedPlan): string {
  const w = new Writer();
  writePlan(w, shared);
  const crc = crc16(w.toBits());
  w.uint(crc, 16);
  return bitsToDecimal(w.toBits());
}

function decodeB(body: string): { ok: true; candidate: Candidate } | { ok: false; error: PayloadError } {
  let bits: number[];
  try {
    bits = decimalToBits(body);
  } catch {
    return { ok: false, error: 'corrupt' };
  }
  if (bits.length <= 16) return { ok: false, error: 'corrupt' };
  const content = bits.slice(0, -16);
  const crc = bits.slice(-16).reduce((n, b) => n * 2 + b, 0);
  if (crc16(content) !== crc) return { ok: false, error: 'corrupt' };
  try {
    const r = new Reader(content);
    const candidate = readPlan(r);
    r.end();
    return { ok: true, candidate };
  } catch {
    return { ok: false, error: 'invalid' };
  }
}

// ==== layout A (decode only) ============================================================

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

async function decodeA(body: string): Promise<{ ok: true; candidate: Candidate } | { ok: false; error: PayloadError }> {
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

// ==== public ============================================================================

export async function encodePlanPayload(shared: SharedPlan): Promise<string> {
  return PAYLOAD_VERSION + encodeB(shared);
}

export async function decodePlanPayload(payload: string): Promise<DecodeResult> {
  const text = payload.trim();
  if (text === '') return { ok: false, error: 'empty' };
  if (text.length > MAX_PAYLOAD_LENGTH) return { ok: false, error: 'too-long' };
  const version = text[0];
  if (version !== 'A' && version !== 'B') return { ok: false, error: 'version' };
  const decoded = version === 'B' ? decodeB(text.slice(1)) : await decodeA(text.slice(1));
  if (!decoded.ok) return decoded;
  const { candidate } = decoded;
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
