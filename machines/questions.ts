/**
 * Question views (what the UI shows, without words) and the zod schema of a valid answer,
 * shared by the UI form and answerQuestion().
 */
import * as z from 'zod/mini';
import { getQuestionDef, getTitre, titresOfSector, type QuestionDef } from '../data';
import { UNKNOWN, type Answers, type QuestionId } from './types';
import { answerSchemaCache, questionViewCache } from './caches';

/** A question's answer schema (zod/mini: no per-schema methods to build on every question). */
export type AnswerSchema = z.ZodMiniType<string | string[] | number>;

export interface QuestionOption {
  value: string;
  /** catalogue label (a titre's or CCP's name); otherwise the UI uses `q.<id>.opt.<value>` */
  label?: string;
  pictogram?: string;
}

export interface QuestionView {
  id: QuestionId;
  kind: 'single' | 'multi' | 'number' | 'commune';
  /** commune: the answered département, whose communes are offered (INSEE codes start with it) */
  departement?: string;
  options: QuestionOption[];
  /** the UI offers « Je ne sais pas » (`q.common.nsp`), answered as 'nsp' */
  allowUnknown: boolean;
  min?: number;
  max?: number;
  stage: QuestionDef['stage'];
  /** multi: values that cannot be combined with others */
  exclusive?: string[];
}

const dynamicOptions = (def: QuestionDef, answers: Answers): QuestionOption[] => {
  if (def.optionsFrom === 'titresOfSector') {
    const sector = typeof answers.secteur === 'string' ? answers.secteur : '';
    return titresOfSector(sector).map((t) => ({ value: t.id, label: t.name }));
  }
  if (def.optionsFrom === 'ccpOfTitre') {
    const titre = typeof answers.titreVise === 'string' ? getTitre(answers.titreVise) : undefined;
    if (titre && titre.ccp.length > 0) return titre.ccp.map((c) => ({ value: c.id, label: c.name }));
    // blocks not in the catalogue: one generic « une partie du titre »
    return [{ value: 'une-partie' }];
  }
  return [];
};

/** The question as the UI shows it, its options resolved from the answers given so far. */
export const questionView = (id: QuestionId, answers: Answers): QuestionView => {
  const def = getQuestionDef(id);
  if (!def) throw new Error(`Unknown question: ${id}`);
  const key = def.optionsFrom
    ? `${id}|${String(answers.secteur)}|${String(answers.titreVise)}`
    : def.kind === 'commune'
      ? `${id}|${String(answers.departement)}`
      : id;
  const cached = questionViewCache.get(key);
  if (cached) return cached;
  const staticOptions = def.options.map((o) => (o.pictogram ? { value: o.value, pictogram: o.pictogram } : { value: o.value }));
  const options = def.optionsFrom
    ? [...dynamicOptions(def, answers), ...staticOptions]
    : staticOptions;
  const view: QuestionView = {
    id: def.id,
    kind: def.kind,
    options,
    allowUnknown: def.allowUnknown,
    stage: def.stage,
    ...(def.min !== undefined ? { min: def.min } : {}),
    ...(def.max !== undefined ? { max: def.max } : {}),
    ...(def.exclusive.length > 0 ? { exclusive: def.exclusive } : {}),
    ...(def.kind === 'commune' && typeof answers.departement === 'string' ? { departement: answers.departement } : {}),
  };
  questionViewCache.set(key, view);
  return view;
};

/** zod schema of a valid answer to this question: the UI form and answerQuestion() share it. */
export const answerSchemaFor = (q: QuestionView): AnswerSchema => {
  const cached = answerSchemaCache.get(q);
  if (cached) return cached;
  const schema = buildAnswerSchema(q);
  answerSchemaCache.set(q, schema);
  return schema;
};

const buildAnswerSchema = (q: QuestionView): AnswerSchema => {
  const unknown = z.literal(UNKNOWN);
  const values = q.options.map((o) => o.value);
  let schema: AnswerSchema;
  if (q.kind === 'number') {
    const bounds = [...(q.min !== undefined ? [z.gte(q.min)] : []), ...(q.max !== undefined ? [z.lte(q.max)] : [])];
    schema = z.int().check(...bounds);
  } else if (q.kind === 'commune') {
    // The list itself (1,750 communes) stays out of the journey bundle: the UI offers only
    // communes of territory.json; here the code's shape and its département are checked.
    const departement = q.departement;
    schema = z.string().check(
      z.regex(/^\d[0-9AB]\d{3}$/, { message: 'not-a-commune' }),
      z.refine((code) => departement === undefined || code.startsWith(departement), { message: 'not-in-departement' }),
    );
  } else if (q.kind === 'single') {
    schema = z.string().check(z.refine((v) => values.includes(v), { message: 'not-an-option' }));
  } else {
    const exclusive = q.exclusive ?? [];
    schema = z.array(z.string().check(z.refine((v) => values.includes(v), { message: 'not-an-option' }))).check(
      z.minLength(1),
      z.refine((list) => new Set(list).size === list.length, { message: 'duplicate' }),
      z.refine((list) => list.length === 1 || !list.some((v) => exclusive.includes(v)), { message: 'exclusive' }),
    );
  }
  if (!q.allowUnknown) return schema;
  // « Je ne sais pas » ticked alone among boxes comes as ['nsp']: it means 'nsp', never more
  const unknownTicked = z.pipe(z.tuple([unknown]), z.transform(() => UNKNOWN));
  return q.kind === 'multi' ? z.union([unknown, unknownTicked, schema]) : z.union([unknown, schema]);
};
