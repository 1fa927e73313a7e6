import { useState } from 'react';
import { useT } from '../../messages/i18n';
import { StepFrame } from '../../components/StepFrame';
import type { ParcoursId, Reason } from '../../../machines';
import { parcoursDefs } from '../../../data';

const PARCOURS_IDS = parcoursDefs.map((p) => p.id);
import { parcoursLabelKey } from '../../lib/labels';
import { Pictogram } from '../../components/Pictogram';
import { DRAWINGS, PARCOURS_PICTOGRAMS } from '../../components/pictograms';

/** The recommended parcours with its reasons in plain words, and the freedom to pick another. */
export function OrientationStep(props: {
  recommended: ParcoursId;
  reasons: Reason[];
  chosen?: ParcoursId;
  progress?: { step: number; stepCount: number };
  back?: { label: string; onClick(): void };
  onChoose(parcours: ParcoursId): void;
}) {
  const t = useT();
  const [choice, setChoice] = useState<ParcoursId>(props.chosen ?? props.recommended);
  const [active, setActive] = useState<number | null>(null);
  const name = t(parcoursLabelKey(props.recommended));
  const reasons = props.reasons.map((r) => t.dynamic(`reason.${r.code}`, r.params) ?? r.code);
  const summaries = PARCOURS_IDS.map((id) => t.dynamic(`parcours.${id}.summary`) ?? '');
  const title = t('orientation.title');
  const readAloud = [title, t('orientation.recommended', { name }), ...reasons];
  return (
    <StepFrame
      stepKey="orientation"
      title={title}
      progress={props.progress}
      readAloud={readAloud}
      onActivePart={setActive}
      highlighted={active === 0}
      back={props.back}
      nextFormId="orientation-form"
      nextLabel={t('orientation.confirm')}
    >
      <div className="recommendation">
        <p className={active === 1 ? 'recommendation__name is-reading' : 'recommendation__name'}>
          {t('orientation.recommended', { name })}
        </p>
        <h2>{t('orientation.why')}</h2>
        <ul>
          {reasons.map((reason, i) => (
            <li key={props.reasons[i]!.code} className={active === i + 2 ? 'is-reading' : undefined}>
              {reason}
            </li>
          ))}
        </ul>
      </div>
      <form
        id="orientation-form"
        onSubmit={(e) => {
          e.preventDefault();
          props.onChoose(choice);
        }}
      >
        <fieldset className="choices">
          <legend>{t('orientation.choose.legend')}</legend>
          {PARCOURS_IDS.map((id, i) => (
            <div key={id} className="choice choice--tile">
              <input
                id={`parcours-${id}`}
                type="radio"
                name="parcours"
                value={id}
                checked={choice === id}
                onChange={() => setChoice(id)}
                aria-describedby={summaries[i] ? `parcours-${id}-summary` : undefined}
              />
              <label htmlFor={`parcours-${id}`} className="choice__with-picto">
                {PARCOURS_PICTOGRAMS[id] && <Pictogram drawings={DRAWINGS} id={PARCOURS_PICTOGRAMS[id]} label={t(parcoursLabelKey(id))} decorative size={44} className="option-picto" />}
                <span className="choice__title">
                  {t(parcoursLabelKey(id))} {id === props.recommended && t('orientation.recommendedTag')}
                </span>
                {summaries[i] && (
                  <span id={`parcours-${id}-summary`} className="choice__text">
                    {summaries[i]}
                  </span>
                )}
              </label>
            </div>
          ))}
        </fieldset>
      </form>
    </StepFrame>
  );
}
