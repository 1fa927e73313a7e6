import { useEffect, useRef, useState } from 'react';
import { useT } from '../../messages/i18n';
import type { ReadingMode } from '../../messages/format';
import type { ParcoursId } from '../../../machines';
import type { Slide } from './presenter.machine';
import { NotesPanel } from './NotesPanel';
import { openChannel } from './sync';
import { useOutline } from './use-outlines';

/**
 * The facilitator's second window (opened from the presenter bar, kept on the laptop's
 * screen): the notes of the slide the projector shows, and buttons to step it from here.
 */
export function NotesWindow() {
  const base = useT();
  const [shown, setShown] = useState<{ parcours: ParcoursId; slide: Slide; wording: ReadingMode } | null>(null);
  const channel = useRef<ReturnType<typeof openChannel> | null>(null);
  useEffect(() => {
    const c = openChannel((m) => {
      if (m.type === 'slide') setShown({ parcours: m.parcours, slide: m.slide, wording: m.wording });
    });
    channel.current = c;
    c.post({ type: 'notes.hello' });
    return () => c.close();
  }, []);
  const t = base.inMode(shown?.wording ?? 'falc');
  return (
    <section className="ws-notes-window" aria-labelledby="ws-notes-title">
      <h1 id="ws-notes-title">{t('workshop.notes.title')}</h1>
      {shown ? <ShownNotes parcours={shown.parcours} slide={shown.slide} wording={shown.wording} /> : <p role="status">{t('workshop.notes.waiting')}</p>}
      {shown && (
        <div className="ws-controls">
          <button type="button" className="button button--secondary" onClick={() => channel.current?.post({ type: 'command', event: { type: 'stage.previous' } })}>
            {t('workshop.slide.previous')}
          </button>
          <button type="button" className="button" onClick={() => channel.current?.post({ type: 'command', event: { type: 'stage.next' } })}>
            {t('workshop.slide.next')}
          </button>
        </div>
      )}
    </section>
  );
}

function ShownNotes(props: { parcours: ParcoursId; slide: Slide; wording: ReadingMode }) {
  const t = useT().inMode(props.wording);
  const outline = useOutline(props.parcours);
  return (
    <div aria-live="polite">
      <NotesPanel t={t} outline={outline} slide={props.slide} headingLevel="h2" />
    </div>
  );
}
