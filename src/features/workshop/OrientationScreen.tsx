import { useEffect, useMemo, useRef, useState } from 'react';
import type { AnswerValue, Reason } from '../../../machines';
import { orientationOutline, orientationRules } from '../../../machines/outline';
import { ReadAloudButton } from '../../components/ReadAloudButton';
import { Pictogram } from '../../components/Pictogram';
import { DRAWINGS, PARCOURS_PICTOGRAMS } from '../../components/pictograms';
import type { Translator } from '../../messages/i18n';
import { useWorkshopView } from './context';
import { usePresenterKeys } from './presenter-keys';
import { parcoursName } from './StageDetails';
import { languageInfo } from '../../messages/languages';

const optionText = (t: Translator, question: string, value: AnswerValue): string =>
  typeof value === 'number'
    ? t('workshop.orientation.age', { age: value })
    : (t.dynamic(`q.${question}.opt.${Array.isArray(value) ? value[0] : value}`) ?? String(value));

/** Every other answer is « je ne sais pas » here, so « age unknown » says nothing about the answer shown. */
const telling = (reasons: Reason[]) => reasons.filter((r) => r.code !== 'ageUnknown');

/**
 * « Quel parcours pour moi ? » for a group: the orientation questions one at a time, each
 * answer with the parcours it leads to on its own and why, then the rules in their order.
 * Nothing is typed, nothing is kept: this screen holds no answer at all.
 */
export function OrientationScreen() {
  const { t } = useWorkshopView();
  const questions = useMemo(() => orientationOutline(), []);
  const rules = useMemo(() => orientationRules(), []);
  const count = questions.length + 1;
  const [index, setIndex] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [index]);
  const rtl = languageInfo(t.lang).dir === 'rtl';
  usePresenterKeys((event) => {
    setIndex((i) => {
      switch (event.type) {
        case 'stage.next':
          return Math.min(count - 1, i + 1);
        case 'stage.previous':
          return Math.max(0, i - 1);
        case 'stage.first':
          return 0;
        case 'stage.last':
          return count - 1;
        default:
          return i;
      }
    });
  }, rtl);

  const question = questions[index];
  const readAloud = question
    ? [t.dynamic(`q.${question.question}.title`) ?? question.question, ...question.hints.map((h) => `${optionText(t, question.question, h.value)} : ${parcoursName(t, h.parcours)}`)]
    : [t('workshop.orientation.rules'), ...rules.map((r) => t.dynamic(`workshop.rule.${r.rule ?? 'default'}`, { name: parcoursName(t, r.parcours) }) ?? '')];

  return (
    <section className="ws-orientation" aria-labelledby="ws-orientation-title">
      <p className="ws-journey__parcours" id="ws-orientation-title">
        {t('workshop.orientation.title')}
      </p>
      <p className="ws-journey__position" aria-live="polite">
        {question ? t('workshop.orientation.position', { n: index + 1, count: questions.length }) : t('workshop.orientation.rules.position')}
      </p>
      {index === 0 && <p className="lead">{t('workshop.orientation.intro')}</p>}
      {question ? (
        <div className="ws-slide" data-question={question.question}>
          <h1 ref={heading} tabIndex={-1} className="ws-slide__title">
            {t.dynamic(`q.${question.question}.title`) ?? question.question}
          </h1>
          <p className="ws-stage__text">{t('workshop.orientation.alone')}</p>
          <ul className="ws-hints">
            {question.hints.map((hint) => (
              <li key={JSON.stringify(hint.value)} className="ws-hint" data-parcours={hint.parcours}>
                <span className="ws-hint__answer">{optionText(t, question.question, hint.value)}</span>
                <span className="ws-hint__arrow" aria-hidden="true">
                  {rtl ? '←' : '→'}
                </span>
                <span className="ws-hint__parcours">
                  <Pictogram drawings={DRAWINGS} id={PARCOURS_PICTOGRAMS[hint.parcours] ?? 'workshop'} label={parcoursName(t, hint.parcours)} decorative size={36} />
                  {t('workshop.orientation.leadsTo', { name: parcoursName(t, hint.parcours) })}
                </span>
                {telling(hint.reasons).length > 0 && (
                  <span className="ws-hint__why">{telling(hint.reasons).map((r) => t.dynamic(`reason.${r.code}`, r.params) ?? r.code).join(' ')}</span>
                )}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <div className="ws-slide" data-question="rules">
          <h1 ref={heading} tabIndex={-1} className="ws-slide__title">
            {t('workshop.orientation.rules')}
          </h1>
          <ol className="ws-rules">
            {rules.map((r) => (
              <li key={r.rule ?? 'default'} data-parcours={r.parcours}>
                {t.dynamic(`workshop.rule.${r.rule ?? 'default'}`, { name: parcoursName(t, r.parcours) })}
              </li>
            ))}
          </ol>
          <p className="ws-stage__text">{t('workshop.rule.choice')}</p>
        </div>
      )}
      <div className="ws-controls no-print">
        <button type="button" className="button button--secondary" disabled={index === 0} onClick={() => setIndex((i) => Math.max(0, i - 1))}>
          {t('workshop.orientation.previous')}
        </button>
        <button type="button" className="button" disabled={index === count - 1} onClick={() => setIndex((i) => Math.min(count - 1, i + 1))}>
          {index === count - 2 ? t('workshop.orientation.toRules') : t('workshop.orientation.next')}
        </button>
        <ReadAloudButton parts={readAloud} />
      </div>
    </section>
  );
}
