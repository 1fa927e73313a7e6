import type { ParcoursOutline } from '../../../machines/outline';
import type { Translator } from '../../messages/i18n';
import type { Slide } from './presenter.machine';
import { notesFor } from './notes';
import { usePorts } from './ports';
import { parcoursName, stageName, stageSentences } from './StageDetails';

/** The facilitator's notes for the slide shown: what to say, questions for the group, and
 * what the projector shows, in sentences. */
export function NotesPanel(props: { t: Translator; outline: ParcoursOutline; slide: Slide; headingLevel: 'h2' | 'h3' }) {
  const { t, outline, slide } = props;
  const { nameOf } = usePorts();
  const notes = notesFor(t, slide, outline.stages);
  const stage = slide.kind === 'stage' ? outline.stages[slide.index] : undefined;
  const H = props.headingLevel;
  const now =
    slide.kind === 'stage' && stage
      ? t('workshop.road.stage', { n: slide.index + 1, stage: stageName(t, stage.stage) })
      : slide.kind === 'end'
        ? t('workshop.slide.end')
        : t('workshop.slide.overview');
  return (
    <div className="ws-notes" data-slide={slide.kind === 'stage' ? `stage-${slide.index}` : slide.kind}>
      <p className="ws-notes__now">
        <strong>{parcoursName(t, outline.parcours)}</strong> — {t('workshop.notes.now', { what: now })}
      </p>
      <H>{t('workshop.notes.say')}</H>
      <p>{notes.say}</p>
      <H>{t('workshop.notes.ask')}</H>
      <p>{notes.ask}</p>
      {stage && (
        <>
          <H>{t('workshop.notes.details')}</H>
          <ul>
            {stageSentences(t, nameOf, stage).slice(1).map((s, i) => (
              <li key={i}>{s}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
