import '../../messages/fr/plan-screens';
import type { Translator } from '../../messages/i18n';
import type { Plan, PlanStep } from '../../../machines';
import { catalogueParams } from '../../../machines/plans';
import { getTitre, type DurationSchema, type AmountSchema } from '../../../data';
import { getScheme, getStructureType } from '../../../data/plan-data';
import type * as z from 'zod/mini';

type Duration = z.infer<typeof DurationSchema>;
type Amount = z.infer<typeof AmountSchema>;
type What = PlanStep['what'];

export interface Contact {
  /** structure type id: where to go is chosen by src/lib/contacts.ts (ContactDetails) */
  typeId: string;
  name: string;
  description: string;
}

export interface StepText {
  id: string;
  /** stage id, for the pictogram */
  stageId: PlanStep['stage'];
  title: string;
  text: string;
  /** The easy-read description, printed on paper: the plan handed over stays on two pages
   * and is the version the resident reads; the full text stays on screen. */
  short: string;
  stage: string;
  why: string[];
  who: Contact[];
  duration?: string;
  pay?: string;
  bring: string[];
  alternatives: string[];
}

/**
 * Dates and euros in the interface language, written as the browser's Intl writes them for fr-FR,
 * en-GB and Arabic with Western digits (`ar-u-nu-latn`: the same digits as on French letters,
 * amounts and phone numbers the resident will be given). No Intl formatter is built: the first
 * one a page builds loads the locale's data, 100–150 ms with the CPU slowed 4×, the largest single
 * piece of work before a plan opened from its QR code could show (issue 15).
 * tests/features/plan/plan-format.test.ts compares both with Intl.
 */
const NUMBERS: Record<string, { group: string; decimal: string; euros(amount: string): string }> = {
  fr: { group: '\u202f', decimal: ',', euros: (amount) => `${amount}\u00a0€` },
  en: { group: ',', decimal: '.', euros: (amount) => `€${amount}` },
  ar: { group: ',', decimal: '.', euros: (amount) => `\u200f${amount}\u00a0€` },
};

/** An amount in euros, with its cents (« 1 202,57 € »). */
export function formatEuros(lang: string, eur: number): string {
  const style = NUMBERS[lang] ?? NUMBERS.fr!;
  const cents = Math.round(eur * 100);
  const whole = String(Math.floor(cents / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, style.group);
  return style.euros(`${whole}${style.decimal}${String(cents % 100).padStart(2, '0')}`);
}

/** An ISO day (`2026-12-01`) in words: « 1 décembre 2026 ». Anything else is shown as it is. */
export function formatDate(t: Translator, iso: string): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T00:00:00Z`) : new Date(NaN);
  if (Number.isNaN(date.getTime())) return iso;
  const month = t.dynamic(`date.month.${date.getUTCMonth() + 1}`) ?? String(date.getUTCMonth() + 1);
  return t('date.long', { day: date.getUTCDate(), month, year: date.getUTCFullYear() });
}

type DataKind = 'schemes' | 'structures' | 'titres';

/** A catalogue name in the interface language: data/ is French, src/messages/catalogue/<lang>.ts
 * holds the other languages (tests/messages/translations.test.ts checks every id has one). */
export function dataName(t: Translator, kind: DataKind, id: string, french: string): string {
  return t.data?.[kind][id]?.name ?? french;
}

/** In another language there is one description per entry, the easy-read one. */
function dataText(t: Translator, kind: DataKind, id: string, french: { description: string; easyRead: string }, short = false): string {
  return t.data?.[kind][id]?.easyRead ?? (t.mode === 'falc' || short ? french.easyRead : french.description);
}

/** The name of what a step is about, from the catalogue or the message files. */
export function whatTitle(t: Translator, what: What): string {
  if (what.ccp && what.titre) {
    const ccp = getTitre(what.titre)?.ccp.find((c) => c.id === what.ccp);
    if (ccp) return t.data?.ccp[ccp.id] ?? ccp.name;
  }
  if (what.titre) return dataName(t, 'titres', what.titre, getTitre(what.titre)?.name ?? what.titre);
  if (what.scheme) return dataName(t, 'schemes', what.scheme, getScheme(what.scheme)?.name ?? what.scheme);
  if (what.structure) return dataName(t, 'structures', what.structure, getStructureType(what.structure)?.name ?? what.structure);
  if (what.frein) return t.dynamic(`plan.frein.${what.frein}`) ?? t.dynamic(`frein.${what.frein}`) ?? what.frein;
  if (what.action) return t.dynamic(`plan.action.${what.action}`) ?? t.dynamic(`step.action.${what.action}`) ?? what.action;
  return '';
}

function whatText(t: Translator, what: What, short = false): string {
  if (what.scheme) {
    const scheme = getScheme(what.scheme);
    if (scheme) return dataText(t, 'schemes', scheme.id, scheme, short);
  }
  if (what.titre) {
    // A CCP step is named by its block; on paper the titre's name says enough (two pages).
    if (what.ccp || short) return '';
    const titre = getTitre(what.titre);
    if (titre) return t.dynamic('titre.describe', { level: titre.level }) ?? '';
  }
  if (what.structure) {
    const type = getStructureType(what.structure);
    if (type) return dataText(t, 'structures', type.id, type, short);
  }
  if (what.frein) return t.dynamic(`frein.${what.frein}.help`) ?? '';
  if (what.action) return t.dynamic(`step.action.${what.action}.help`) ?? '';
  return '';
}

export function formatDuration(t: Translator, duration: Duration | undefined): string | undefined {
  if (!duration) return undefined;
  const unit = t(`duration.unit.${duration.unit}`);
  const { min, max } = duration;
  let text: string | undefined;
  if (min !== undefined && max !== undefined) text = min === max ? t('duration.exact', { min, unit }) : t('duration.range', { min, max, unit });
  else if (max !== undefined) text = t('duration.upTo', { max, unit });
  else if (min !== undefined) text = t('duration.atLeast', { min, unit });
  const weekly = duration.hoursPerWeek ? t('duration.perWeek', { hours: duration.hoursPerWeek }) : undefined;
  return [text, weekly].filter(Boolean).join(', ') || undefined;
}

export function formatAmount(t: Translator, amount: Amount): string {
  return t('pay.amount', { amount: formatEuros(t.lang, amount.eur), per: t(`pay.per.${amount.per}`), asOf: formatDate(t, amount.asOf) });
}

export function formatPay(t: Translator, pay: PlanStep['pay']): string | undefined {
  if (!pay) return undefined;
  const kind = t(`pay.kind.${pay.kind}`);
  // French puts a space before the colon; English and Arabic do not.
  return pay.amount ? `${kind}${t.lang === 'fr' ? ' : ' : ': '}${formatAmount(t, pay.amount)}` : kind;
}

export function contactFor(t: Translator, typeId: string): Contact {
  const type = getStructureType(typeId);
  return {
    typeId,
    name: dataName(t, 'structures', typeId, type?.name ?? typeId),
    description: type ? dataText(t, 'structures', typeId, type) : '',
  };
}

export function describeStep(t: Translator, step: PlanStep, context: { departement?: string }): StepText {
  return {
    id: step.id,
    stageId: step.stage,
    title: whatTitle(t, step.what),
    text: whatText(t, step.what),
    short: whatText(t, step.what, true),
    stage: t.dynamic(`stage.${step.stage}`) ?? step.stage,
    why: step.why.map((r) => t.dynamic(`why.${r.code}`, catalogueParams(r.params)) ?? r.code),
    who: step.who.map((id) => contactFor(t, id)),
    duration: formatDuration(t, step.duration),
    pay: formatPay(t, step.pay),
    bring: step.bring.map((id) => t.dynamic(`plan.bring.${id}`) ?? t.dynamic(`bring.${id}`) ?? id),
    alternatives: (step.alternatives ?? []).map((w) => whatTitle(t, w)),
  };
}

/** « Mes 3 prochaines actions »: catalogue ids in the parameters become names first. */
export function describeNextActions(t: Translator, plan: Plan): string[] {
  return plan.nextActions.map((action) => {
    const params: Record<string, string> = { ...action.params };
    if (params.structure) params.structure = dataName(t, 'structures', params.structure, getStructureType(params.structure)?.name ?? params.structure);
    if (params.scheme) params.scheme = dataName(t, 'schemes', params.scheme, getScheme(params.scheme)?.name ?? params.scheme);
    if (params.titre) params.titre = dataName(t, 'titres', params.titre, getTitre(params.titre)?.name ?? params.titre);
    if (params.frein) params.frein = t.dynamic(`plan.frein.${params.frein}`) ?? params.frein;
    return t.dynamic(`next.${action.code}`, params) ?? action.code;
  });
}
