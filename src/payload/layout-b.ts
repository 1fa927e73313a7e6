/**
 * Layout `B` of the plan payload, the one new codes use (docs/decisions/2026-11-25-qr-payload.md):
 * a bit stream written as a decimal number, which a QR code stores in « numeric » mode (10 bits
 * per 3 digits, against 8 bits per base64url character that carries 6).
 * - Catalogue ids and codes are small indexes into the append-only dictionary (dictionary.ts);
 *   an id that is not there travels spelled out, so a new catalogue entry still works.
 * - Counts and numbers are Exp-Golomb codes; dates are days from an epoch or from the plan date.
 * - As in `A`: a scheme step's contacts, duration, pay and documents travel as « as in the
 *   catalogue » when they are; step ids the plan builder derives are left out; next actions
 *   point to steps by index.
 * - A CRC-16 closes the stream: a cut, a typo or a changed digit is refused, never read as
 *   another plan.
 */
import type { PlanStep } from '../../machines';
import type { Scheme } from '../../data';
import { BitReader, BitWriter, PayloadFormatError, bitsToDecimal, crc16, decimalToBits } from './bits';
import { PAYLOAD_DICTIONARY, type DictionaryKind } from './dictionary';
import {
  MAX_PAYLOAD_LENGTH,
  WHAT_KEYS,
  clone,
  derivedId,
  isSet,
  ordered,
  paySources,
  same,
  schemeOf,
  strictUtf8,
  type Amount,
  type Candidate,
  type Decoded,
  type Duration,
  type Params,
  type Pay,
  type SharedPlan,
  type What,
} from './common';

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
export function encodeB(shared: SharedPlan): string {
  const w = new Writer();
  writePlan(w, shared);
  const crc = crc16(w.toBits());
  w.uint(crc, 16);
  return bitsToDecimal(w.toBits());
}

export function decodeB(body: string): Decoded {
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
