import { useEffect, useId } from 'react';
import { useT } from '../../messages/i18n';
import { useFocusHeading } from '../../lib/use-focus-heading';
import { Pictogram } from '../../components/Pictogram';
import { INTERFACE_DRAWINGS } from '../../components/pictograms/interface';
import { ReadAloudButton } from '../../components/ReadAloudButton';

/** Keys that move around or are held with others: they must not start a session (a keyboard
 * user tabs to "Personnel" without starting one). */
const NOT_A_START = new Set(['Tab', 'Shift', 'Control', 'Alt', 'AltGraph', 'Meta', 'Escape', 'CapsLock', 'ContextMenu']);

/**
 * The screen a kiosk waits on. Any touch or key starts a session; the big button is the
 * accessible way to do it. "Personnel" is small and in a corner but a real, labelled button.
 */
export function AttractScreen(props: { onStart(): void; onStaff(): void; paused: boolean }) {
  const t = useT();
  const heading = useFocusHeading();
  const id = useId();
  const { onStart, paused } = props;

  useEffect(() => {
    if (paused) return;
    const onKey = (event: KeyboardEvent) => {
      if (NOT_A_START.has(event.key) || event.repeat) return;
      const target = event.target instanceof Element ? event.target : null;
      // A focused button acts on its own (Enter on "Personnel" opens the PIN dialog).
      if (target?.closest('button, a, input, dialog')) return;
      event.preventDefault();
      onStart();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onStart, paused]);

  return (
    <section
      className="kiosk-attract"
      aria-labelledby={`${id}-title`}
      // Touching anywhere starts, as the screen says; the button below is the same action for
      // keyboards and assistive technologies.
      onClick={(event) => {
        if (paused) return;
        if (event.target instanceof Element && event.target.closest('.kiosk-attract__staff, .read-aloud')) return;
        onStart();
      }}
    >
      <h1 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {t('kiosk.attract.title')}
      </h1>
      <p className="kiosk-attract__text">{t('kiosk.attract.text')}</p>
      {/* For whoever reads little: what this screen is and what to do, spoken. */}
      <ReadAloudButton parts={[t('kiosk.attract.title'), t('kiosk.attract.text'), t('kiosk.attract.touch')]} />
      <button type="button" className="kiosk-attract__start">
        <Pictogram drawings={INTERFACE_DRAWINGS} id="touch" size={120} />
        <span>{t('kiosk.attract.touch')}</span>
      </button>
      <button
        type="button"
        className="kiosk-attract__staff"
        onClick={(event) => {
          event.stopPropagation();
          props.onStaff();
        }}
      >
        <Pictogram drawings={INTERFACE_DRAWINGS} id="staff" size={24} />
        {t('kiosk.staff')}
      </button>
    </section>
  );
}
