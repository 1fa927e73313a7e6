import { useEffect, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import * as z from 'zod/mini';
import { useT } from '../../messages/i18n';
import { StepFrame } from '../../components/StepFrame';
import { FieldError } from '../../components/FieldError';
import { answerSchemaFor, UNKNOWN, type AnswerValue, type QuestionView } from '../../../machines';
import { optionLabel, questionHelp, questionTitle } from '../../lib/labels';
import { Pictogram } from '../../components/Pictogram';
import { DRAWINGS } from '../../components/pictograms';
import { CommuneCombobox } from '../../components/CommuneCombobox';

/** The picture beside an answer: data/questions.json names it; « Je ne sais pas » has its own. */
const optionPictogram = (option: { value: string; pictogram?: string }): string | undefined =>
  option.pictogram ?? (option.value === 'nsp' ? 'question' : undefined);

type FormValue = string | string[];
interface FormShape {
  value: FormValue;
}

/** The options shown: the question's own, then « Je ne sais pas » where it makes sense. */
export function shownOptions(question: QuestionView) {
  if (question.kind === 'number' || question.kind === 'commune') return [];
  return question.allowUnknown ? [...question.options, { value: UNKNOWN }] : question.options;
}

export function toFormValue(question: QuestionView, value: AnswerValue | undefined): FormValue {
  if (question.kind === 'multi') return Array.isArray(value) ? value.map(String) : [];
  if (value === undefined) return '';
  return String(value);
}

export function toAnswer(question: QuestionView, value: FormValue): AnswerValue | undefined {
  if (question.kind === 'multi') return Array.isArray(value) && value.length > 0 ? value : undefined;
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  if (question.kind === 'number' && value !== 'nsp') {
    const n = Number(value.replace(',', '.'));
    return Number.isFinite(n) ? n : value;
  }
  return value;
}

/** The machine's own schema for the question decides; the message is ours, by kind. */
function formSchemaFor(question: QuestionView) {
  const errorKey =
    question.kind === 'multi'
      ? 'question.error.requiredMulti'
      : question.kind === 'number'
        ? 'question.error.number'
        : question.kind === 'commune'
          ? 'question.error.commune'
          : 'question.error.required';
  const answer = answerSchemaFor(question);
  return z.object({
    value: z.custom<FormValue>((v) => {
      const converted = toAnswer(question, v as FormValue);
      return converted !== undefined && answer.safeParse(converted).success;
    }, errorKey),
  });
}

export function QuestionStep(props: {
  question: QuestionView;
  initial: AnswerValue | undefined;
  progress?: { step: number; stepCount: number };
  back?: { label: string; onClick(): void };
  nextLabel?: string;
  onDraft?(value: AnswerValue | undefined): void;
  onAnswer(value: AnswerValue): void;
}) {
  const { question } = props;
  const t = useT();
  const formId = `question-${question.id}`;
  const schema = useMemo(() => formSchemaFor(question), [question]);
  const { register, handleSubmit, watch, setValue, formState } = useForm<FormShape>({
    resolver: zodResolver(schema),
    defaultValues: { value: toFormValue(question, props.initial) },
  });
  const [active, setActive] = useState<number | null>(null);

  // Autosave: each choice is kept as it is made, before Next is pressed.
  const onDraft = props.onDraft;
  useEffect(() => {
    if (!onDraft) return;
    const subscription = watch((values) => onDraft(toAnswer(question, (values.value ?? '') as FormValue)));
    return () => subscription.unsubscribe();
  }, [watch, onDraft, question]);

  const title = questionTitle(t, question.id);
  const help = questionHelp(t, question.id);
  const options = shownOptions(question);
  const exclusive = new Set([UNKNOWN, ...(question.exclusive ?? [])]);
  const labels = options.map((o) => optionLabel(t, question.id, o));
  const readAloud = [title, ...(help ? [help] : []), ...labels];
  const optionOffset = help ? 2 : 1;
  const error = formState.errors.value?.message;
  const errorId = `${formId}-error`;
  const helpId = `${formId}-help`;
  const describedBy = [help ? helpId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;

  const submit = handleSubmit((values) => {
    const answer = toAnswer(question, values.value);
    if (answer !== undefined) props.onAnswer(answer);
  });

  const field = register('value');
  const onMultiChange = (value: string, checked: boolean) => {
    const current = watch('value');
    const list = Array.isArray(current) ? current : [];
    let next: string[];
    if (!checked) next = list.filter((v) => v !== value);
    else if (exclusive.has(value)) next = [value];
    else next = [...list.filter((v) => !exclusive.has(v)), value];
    setValue('value', next, { shouldDirty: true, shouldValidate: formState.isSubmitted });
  };

  return (
    <StepFrame
      stepKey={question.id}
      title={title}
      progress={props.progress}
      readAloud={readAloud}
      onActivePart={setActive}
      highlighted={active === 0}
      back={props.back}
      nextFormId={formId}
      nextLabel={props.nextLabel}
    >
      <form id={formId} noValidate onSubmit={(e) => void submit(e)}>
        {help && (
          <p id={helpId} className={active === 1 ? 'hint is-reading' : 'hint'}>
            {help}
          </p>
        )}
        {question.kind === 'commune' ? (
          <div className="field">
            <label htmlFor={`${formId}-input`} className="visually-hidden">
              {title}
            </label>
            <CommuneCombobox
              id={`${formId}-input`}
              value={watch('value') === UNKNOWN ? '' : String(watch('value') ?? '')}
              departement={question.departement}
              invalid={Boolean(error)}
              describedBy={describedBy}
              onChange={(code) => setValue('value', code, { shouldDirty: true, shouldValidate: formState.isSubmitted })}
            />
            {question.allowUnknown && (
              <button
                type="button"
                className="button button--secondary"
                aria-pressed={watch('value') === UNKNOWN}
                onClick={() => setValue('value', watch('value') === UNKNOWN ? '' : UNKNOWN, { shouldDirty: true, shouldValidate: formState.isSubmitted })}
              >
                {t('q.common.nsp')}
              </button>
            )}
          </div>
        ) : question.kind === 'number' ? (
          <div className="field">
            <label htmlFor={`${formId}-input`} className="visually-hidden">
              {title}
            </label>
            <input
              id={`${formId}-input`}
              className="input--large"
              type="text"
              inputMode="numeric"
              autoComplete="off"
              aria-invalid={error ? true : undefined}
              aria-describedby={describedBy}
              {...field}
            />
            {question.allowUnknown && (
              <button type="button" className="button button--secondary" onClick={() => setValue('value', 'nsp', { shouldDirty: true })}>
                {t('question.numberUnknown')}
              </button>
            )}
          </div>
        ) : (
          <fieldset className="choices" aria-invalid={error ? true : undefined} aria-describedby={describedBy}>
            <legend className="visually-hidden">{title}</legend>
            {question.kind === 'multi' && <p className="hint">{t('question.multiHint')}</p>}
            {options.map((option, index) => {
              const id = `${formId}-${option.value}`;
              const reading = active === index + optionOffset;
              return (
                <div key={option.value} className={reading ? 'choice choice--tile is-reading' : 'choice choice--tile'}>
                  {question.kind === 'multi' ? (
                    <input
                      id={id}
                      type="checkbox"
                      value={option.value}
                      checked={(watch('value') as string[]).includes(option.value)}
                      onChange={(e) => onMultiChange(option.value, e.target.checked)}
                    />
                  ) : (
                    <input id={id} type="radio" value={option.value} {...field} />
                  )}
                  <label htmlFor={id}>
                    {optionPictogram(option) && <Pictogram drawings={DRAWINGS} id={optionPictogram(option)!} label={labels[index]!} decorative size={40} className="option-picto" />}
                    <span>{labels[index]}</span>
                  </label>
                </div>
              );
            })}
          </fieldset>
        )}
        <FieldError id={errorId} message={error} params={{ min: question.min ?? 0, max: question.max ?? 0 }} />
      </form>
    </StepFrame>
  );
}
