import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import * as z from 'zod/mini';
import { PARCOURS_IDS, UNKNOWN, type Answers, type ParcoursId, type QuestionView } from '../../../machines';
import { shortQuestions } from '../../../machines/outline';
import { thresholds } from '../../../data';
import { FieldError } from '../../components/FieldError';
import { useFocusHeading } from '../../lib/use-focus-heading';
import { batch, useBatch } from './batch-store';
import { useWorkshopView } from './context';
import { planFromAnswers } from './group-journey';
import { usePorts } from './ports';
import { parcoursName } from './StageDetails';

export const LABEL_MAX = 30;

interface FormShape {
  label: string;
  parcours: string;
  answers: Record<string, string>;
}

/** A plan is made from this age on; younger, the journey ends on the under-16 screen, with no plan. */
const planAgeMin = (age: QuestionView | undefined) => Math.max(age?.min ?? 0, thresholds.youth.ageMin);

/** The label is what a participant recognises their sheet by: a first name or a number, unique in the group. */
const formSchema = (taken: string[], questions: QuestionView[]) => {
  const age = questions.find((q) => q.kind === 'number');
  return z.object({
    label: z
      .string()
      .check(
        z.trim(),
        z.minLength(1, 'workshop.batch.error.label'),
        z.maxLength(LABEL_MAX, 'workshop.batch.error.long'),
        z.refine((v) => !taken.includes(v.toLocaleLowerCase('fr')), 'workshop.batch.error.duplicate'),
      ),
    parcours: z.string(),
    answers: z.record(z.string(), z.string()).check(
      z.superRefine((answers, ctx) => {
        if (!age) return;
        const raw = (answers[age.id] ?? '').trim();
        if (raw === '') return;
        const n = Number(raw);
        if (!Number.isInteger(n) || n < planAgeMin(age) || (age.max !== undefined && n > age.max)) {
          ctx.addIssue({ code: 'custom', path: [age.id], message: 'workshop.batch.error.age' });
        }
      }),
    ),
  });
};

/** The form's strings as answers: an empty field stays unanswered (« je ne sais pas » later). */
function toAnswers(questions: QuestionView[], values: Record<string, string>): Answers {
  const answers: Answers = {};
  for (const q of questions) {
    const v = (values[q.id] ?? '').trim();
    if (v === '' || v === UNKNOWN) continue;
    answers[q.id] = q.kind === 'number' ? Number(v) : q.kind === 'multi' ? [v] : v;
  }
  return answers;
}

/**
 * The group's plans: one short form per participant (a first name or a number, and the short
 * answers), the list of the group, and all the plans printed in one go, one per sheet, each
 * with its own QR code. Everything stays in memory (batch-store.ts).
 */
export function BatchScreen() {
  const { t } = useWorkshopView();
  const { PlanSheet } = usePorts();
  const heading = useFocusHeading();
  const participants = useBatch();
  const questions = useMemo(() => shortQuestions(), []);
  const taken = participants.map((p) => p.label.toLocaleLowerCase('fr'));
  const takenKey = taken.join('\u0000');
  const schema = useMemo(() => formSchema(takenKey === '' ? [] : takenKey.split('\u0000'), questions), [takenKey, questions]);
  const { register, handleSubmit, reset, setFocus, watch, formState } = useForm<FormShape>({
    resolver: zodResolver(schema),
    defaultValues: { label: '', parcours: '', answers: {} },
  });
  const [added, setAdded] = useState('');

  const submit = handleSubmit((values) => {
    const answers = toAnswers(questions, values.answers);
    const chosen = PARCOURS_IDS.find((p) => p === values.parcours);
    const { plan, parcours } = planFromAnswers(answers, chosen);
    const label = values.label.trim();
    batch.add({ label, answers, parcours, plan });
    setAdded(t('workshop.batch.added', { name: label, parcours: parcoursName(t, parcours) }));
    reset({ label: '', parcours: '', answers: {} });
    setFocus('label');
  });

  const errors = formState.errors;
  const ageView = questions.find((q) => q.kind === 'number');
  return (
    <section className="ws-batch" aria-labelledby="ws-batch-title">
      <div className="no-print">
        <h1 id="ws-batch-title" ref={heading} tabIndex={-1}>
          {t('workshop.batch.title')}
        </h1>
        <p className="lead">{t('workshop.batch.intro')}</p>

        <form className="ws-batch__form" onSubmit={submit} noValidate aria-labelledby="ws-batch-person">
          <h2 id="ws-batch-person">{t('workshop.batch.person')}</h2>
          <div className="field">
            <label htmlFor="ws-batch-label">{t('workshop.batch.label')}</label>
            <p id="ws-batch-label-hint" className="hint">
              {t('workshop.batch.label.hint')}
            </p>
            <input
              id="ws-batch-label"
              type="text"
              autoComplete="off"
              maxLength={LABEL_MAX + 10}
              aria-invalid={errors.label ? true : undefined}
              aria-describedby={errors.label ? 'ws-batch-label-hint ws-batch-label-error' : 'ws-batch-label-hint'}
              {...register('label')}
            />
            <FieldError id="ws-batch-label-error" message={errors.label?.message} params={{ max: LABEL_MAX, name: (watch('label') ?? '').trim() }} />
          </div>
          <fieldset className="ws-batch__answers">
            <legend>{t('workshop.batch.answers')}</legend>
            {questions.map((q) => {
              const id = `ws-batch-q-${q.id}`;
              const error = errors.answers?.[q.id]?.message;
              return (
                <div className="field ws-batch__field" key={q.id}>
                  <label htmlFor={id}>{t.dynamic(`q.${q.id}.title`) ?? q.id}</label>
                  {q.kind === 'number' ? (
                    <>
                      <input
                        id={id}
                        type="text"
                        inputMode="numeric"
                        autoComplete="off"
                        className="input--large"
                        aria-invalid={error ? true : undefined}
                        aria-describedby={error ? `${id}-error` : undefined}
                        {...register(`answers.${q.id}`)}
                      />
                      <FieldError id={`${id}-error`} message={error} params={{ min: planAgeMin(ageView), max: ageView?.max ?? 0 }} />
                    </>
                  ) : (
                    <select id={id} {...register(`answers.${q.id}`)} defaultValue="">
                      <option value="">{t.dynamic('q.common.nsp') ?? UNKNOWN}</option>
                      {q.options.map((o) => (
                        <option key={o.value} value={o.value}>
                          {t.dynamic(`q.${q.id}.opt.${o.value}`) ?? o.value}
                        </option>
                      ))}
                    </select>
                  )}
                </div>
              );
            })}
          </fieldset>
          <div className="field">
            <label htmlFor="ws-batch-parcours">{t('workshop.batch.parcours')}</label>
            <select id="ws-batch-parcours" {...register('parcours')} defaultValue="">
              <option value="">{t('workshop.batch.recommended')}</option>
              {PARCOURS_IDS.map((p: ParcoursId) => (
                <option key={p} value={p}>
                  {parcoursName(t, p)}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button">
            {t('workshop.batch.add')}
          </button>
          <p className="ws-batch__status" role="status">
            {added}
          </p>
        </form>

        <h2 id="ws-batch-list">{t('workshop.batch.list', { count: participants.length })}</h2>
        {participants.length === 0 ? (
          <p>{t('workshop.batch.empty')}</p>
        ) : (
          <>
            <ol className="ws-batch__list" aria-labelledby="ws-batch-list">
              {participants.map((p) => (
                <li key={p.id} data-parcours={p.parcours}>
                  <strong>{p.label}</strong> — {parcoursName(t, p.parcours)}{' '}
                  <button type="button" className="button button--secondary" onClick={() => batch.remove(p.id)}>
                    {t('workshop.batch.remove', { name: p.label })}
                  </button>
                </li>
              ))}
            </ol>
            <div className="actions">
              <button type="button" className="button" onClick={() => window.print()}>
                {t('workshop.batch.print', { count: participants.length })}
              </button>
            </div>
          </>
        )}
      </div>
      <div className="ws-print-only ws-batch__sheets">
        {participants.map((p) => (
          <section key={p.id} className="ws-sheet ws-batch__sheet" data-participant={p.label}>
            <PlanSheet plan={p.plan} name={p.label} />
          </section>
        ))}
      </div>
    </section>
  );
}
