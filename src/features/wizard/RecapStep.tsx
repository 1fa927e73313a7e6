import { useState } from 'react';
import { useT } from '../../messages/i18n';
import { StepFrame } from '../../components/StepFrame';
import { PARCOURS_STEP, questionView, type AnswerValue, type Journey, type ParcoursId } from '../../../machines';
import { optionLabel, parcoursLabelKey, questionTitle } from '../../lib/labels';
import { communeName, useCommunes } from '../../lib/communes';

export function answerText(t: ReturnType<typeof useT>, journey: Journey, questionId: string, value: AnswerValue | undefined): string {
  if (value === undefined || (Array.isArray(value) && value.length === 0)) return t('recap.none');
  if (value === 'nsp') return t('recap.unknown');
  const question = questionView(questionId, journey.answers);
  if (!question || question.kind === 'number') return String(value);
  if (question.kind === 'commune') return communeName(String(value)) ?? String(value);
  const values = Array.isArray(value) ? value : [String(value)];
  return values
    .map((v) => {
      const option = question.options.find((o) => o.value === v);
      return option ? optionLabel(t, questionId, option) : v;
    })
    .join(', ');
}

/** Every answer on the current path, each with a button to change it. */
export function RecapStep(props: {
  journey: Journey;
  parcours: ParcoursId;
  onChange(questionId: string): void;
  onChangeParcours(): void;
  onDone(): void;
  back?: { label: string; onClick(): void };
}) {
  const t = useT();
  useCommunes();
  const { journey } = props;
  const rows = journey.trail.filter((id) => id !== PARCOURS_STEP).map((id) => ({ id, title: questionTitle(t, id), answer: answerText(t, journey, id, journey.answers[id]) }));
  const title = t('recap.title');
  // The part being read aloud is highlighted: 0 the title, 1 the intro, then each answer.
  const [active, setActive] = useState<number | null>(null);
  return (
    <StepFrame
      stepKey="recap"
      screen="recap"
      title={title}
      readAloud={[title, t('recap.intro'), ...rows.map((r) => `${r.title} ${r.answer}`)]}
      onActivePart={setActive}
      highlighted={active === 0}
      back={props.back}
    >
      <p className={active === 1 ? 'is-reading' : undefined}>{t('recap.intro')}</p>
      <dl className="recap">
        {rows.map((row, i) => (
          <div key={row.id} className={active === i + 2 ? 'recap__row is-reading' : 'recap__row'}>
            <dt>{row.title}</dt>
            <dd>
              <span>{row.answer}</span>
              <button type="button" className="button button--secondary" onClick={() => props.onChange(row.id)}>
                {t('recap.change', { question: row.title })}
              </button>
            </dd>
          </div>
        ))}
        <div className="recap__row">
          <dt>{t('recap.parcours')}</dt>
          <dd>
            <span>{t(parcoursLabelKey(props.parcours))}</span>
            <button type="button" className="button button--secondary" onClick={props.onChangeParcours}>
              {t('recap.change', { question: t('recap.parcours') })}
            </button>
          </dd>
        </div>
      </dl>
      <div className="actions">
        <button type="button" className="button" onClick={props.onDone}>
          {t('recap.toPlan')}
        </button>
      </div>
    </StepFrame>
  );
}
