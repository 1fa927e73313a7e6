import { useEffect, useMemo, useRef, type RefObject } from 'react';
import { useActorRef, useSelector } from '@xstate/react';
import type { ParcoursId } from '../../../machines';
import { ReadAloudButton } from '../../components/ReadAloudButton';
import { Pictogram } from '../../components/Pictogram';
import { DRAWINGS, PARCOURS_PICTOGRAMS } from '../../components/pictograms';
import { languageInfo } from '../../messages/languages';
import { useWorkshopView } from './context';
import { NotesPanel } from './NotesPanel';
import { usePorts } from './ports';
import { usePresenterKeys } from './presenter-keys';
import { presenterMachine, type PresenterEvent, type Slide } from './presenter.machine';
import { Road } from './Road';
import { StageDetails, parcoursName, stageName, stagePicto, stageSentences } from './StageDetails';
import { openChannel } from './sync';
import { useOutline } from './use-outlines';

/**
 * One parcours on the projector, stage by stage. The keyboard and a clicker step through it
 * anywhere on the page; the notes window (another tab or screen) follows over a BroadcastChannel
 * and can step it too.
 */
export function JourneyScreen(props: { parcours: ParcoursId }) {
  const { t } = useWorkshopView();
  const { nameOf } = usePorts();
  const outline = useOutline(props.parcours);
  const count = outline.stages.length;
  const actor = useActorRef(presenterMachine, { input: { stageCount: count } });
  const slide = useSelector(actor, (s): Slide => {
    const value = s.value as { slide: 'overview' | 'stage' | 'end' };
    return value.slide === 'stage' ? { kind: 'stage', index: s.context.index } : { kind: value.slide };
  }, (a, b) => a.kind === b.kind && (a.kind !== 'stage' || (b.kind === 'stage' && a.index === b.index)));
  const notesShown = useSelector(actor, (s) => s.matches({ notes: 'shown' }));
  const headingRef = useRef<HTMLHeadingElement>(null);
  /** Focus follows the slide when it was changed by a key, not when a button was pressed. */
  const focusOnChange = useRef(true);

  const rtl = languageInfo(t.lang).dir === 'rtl';
  usePresenterKeys((event) => {
    focusOnChange.current = true;
    actor.send(event);
  }, rtl);

  const slideKey = slide.kind === 'stage' ? `stage-${slide.index}` : slide.kind;
  useEffect(() => {
    if (focusOnChange.current) headingRef.current?.focus();
    focusOnChange.current = true;
  }, [slideKey]);

  // The notes window: tell it where we are, and take its commands.
  const channel = useRef<ReturnType<typeof openChannel> | null>(null);
  const latest = useRef({ slide, mode: t.mode });
  latest.current = { slide, mode: t.mode };
  useEffect(() => {
    const c = openChannel((m) => {
      if (m.type === 'notes.hello') c.post({ type: 'slide', parcours: props.parcours, slide: latest.current.slide, wording: latest.current.mode });
      if (m.type === 'command') actor.send(m.event);
    });
    channel.current = c;
    return () => c.close();
  }, [actor, props.parcours]);
  useEffect(() => {
    channel.current?.post({ type: 'slide', parcours: props.parcours, slide, wording: t.mode });
  // `slideKey` describes `slide`: a new object with the same slide is not news.
  }, [slideKey, props.parcours, t.mode]);

  const press = (event: PresenterEvent) => {
    focusOnChange.current = false;
    actor.send(event);
  };

  const name = parcoursName(t, props.parcours);
  const stage = slide.kind === 'stage' ? outline.stages[slide.index] : undefined;
  const readAloud = useMemo(() => {
    if (stage) return stageSentences(t, nameOf, stage);
    if (slide.kind === 'end') return [t('workshop.slide.end'), t('workshop.slide.end.text')];
    return [name, t.dynamic(`parcours.${props.parcours}.summary`) ?? '', ...outline.stages.map((s, i) => t('workshop.road.stage', { n: i + 1, stage: stageName(t, s.stage) }))];
  }, [stage, slide.kind, t, nameOf, name, props.parcours, outline.stages]);

  const position = slide.kind === 'stage' ? t('workshop.slide.position', { n: slide.index + 1, count }) : slide.kind === 'end' ? t('workshop.slide.end') : t('workshop.slide.overview');

  return (
    <section className="ws-journey" aria-labelledby="ws-journey-title" data-parcours={props.parcours} data-slide={slideKey}>
      <header className="ws-journey__head">
        <p className="ws-journey__parcours" id="ws-journey-title">
          <Pictogram drawings={DRAWINGS} id={PARCOURS_PICTOGRAMS[props.parcours] ?? 'workshop'} label={name} decorative size={40} />
          {name}
        </p>
        <p className="ws-journey__position" aria-live="polite">
          {position}
        </p>
      </header>
      <Road
        t={t}
        stages={outline.stages}
        current={slide.kind === 'stage' ? slide.index : undefined}
        onGoto={(index) => press({ type: 'stage.goto', index })}
        label={t('workshop.road', { count })}
      />
      <div className="ws-slide">
        {stage && slide.kind === 'stage' ? (
          <StageSlide key={slideKey} headingRef={headingRef} stageIndex={slide.index} parcours={props.parcours} />
        ) : slide.kind === 'end' ? (
          <>
            <h1 ref={headingRef} tabIndex={-1} className="ws-slide__title">
              <Pictogram drawings={DRAWINGS} id="stage-emploi" label={t('workshop.slide.end')} decorative size={72} />
              {t('workshop.slide.end')}
            </h1>
            <p className="ws-stage__text">{t('workshop.slide.end.text')}</p>
          </>
        ) : (
          <>
            <h1 ref={headingRef} tabIndex={-1} className="ws-slide__title">
              {name}
            </h1>
            <p className="ws-stage__text">{t.dynamic(`parcours.${props.parcours}.summary`)}</p>
            <p className="ws-keys">{t('workshop.slide.keys')}</p>
          </>
        )}
      </div>
      <div className="ws-controls no-print">
        <button type="button" className="button button--secondary" onClick={() => press({ type: 'stage.previous' })} disabled={slide.kind === 'overview'}>
          {t('workshop.slide.previous')}
        </button>
        <button type="button" className="button" onClick={() => press({ type: 'stage.next' })} disabled={slide.kind === 'end'}>
          {t('workshop.slide.next')}
        </button>
        <ReadAloudButton parts={readAloud} />
        <button type="button" className="toggle" aria-pressed={notesShown} onClick={() => press({ type: 'notes.toggle' })}>
          <span className="toggle__track" aria-hidden="true" />
          {t('workshop.notes.toggle')}
        </button>
      </div>
      {notesShown && (
        <aside className="ws-notes-here" aria-labelledby="ws-notes-here-title">
          <h2 id="ws-notes-here-title">{t('workshop.notes.title')}</h2>
          <NotesPanel t={t} outline={outline} slide={slide} headingLevel="h3" />
        </aside>
      )}
    </section>
  );
}

/** The stage slide: its heading is the slide's h1, so focus lands on the stage's name. */
function StageSlide(props: { headingRef: RefObject<HTMLHeadingElement | null>; stageIndex: number; parcours: ParcoursId }) {
  const { t } = useWorkshopView();
  const outline = useOutline(props.parcours);
  const stage = outline.stages[props.stageIndex]!;
  return (
    <>
      <h1 ref={props.headingRef} tabIndex={-1} className="ws-slide__title">
        <Pictogram drawings={DRAWINGS} id={stagePicto(stage.stage)} label={stageName(t, stage.stage)} decorative size={72} />
        {stageName(t, stage.stage)}
      </h1>
      <StageDetails t={t} stage={stage} large heading="none" />
    </>
  );
}
