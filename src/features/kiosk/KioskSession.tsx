import { useEffect, useId, useRef, useState } from 'react';
import { useActorRef, useSelector } from '@xstate/react';
import { useT } from '../../messages/i18n';
import { KioskI18n } from './KioskI18n';
import type { ReadingMode } from '../../messages/format';
import { MemoryRepository, ResilientRepository } from '../../db';
import { StorageProvider } from '../../lib/storage-context';
import { Pictogram } from '../../components/Pictogram';
import { INTERFACE_DRAWINGS } from '../../components/pictograms/interface';
import { idleMachine } from './idle.machine';
import { KioskDialog } from './KioskDialog';
import { KioskSessionContent } from './KioskSessionContent';
import type { GuidedPathComponent } from '../../lib/guided-path';

const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'touchstart', 'wheel', 'input'] as const;

/**
 * One resident's session: the questions, "Effacer mes réponses" always in view, and the
 * inactivity watch. Mounted with a fresh `key` per session, so a reset drops its state, its
 * actors and its DOM at once.
 */
export function KioskSession(props: { idleSeconds: number; warningSeconds: number; onReset(): void; GuidedPath: GuidedPathComponent }) {
  // Easy-read by default; a resident may switch for this session only (the device's own
  // preference is not touched, and the next person starts in easy-read again).
  const [readingMode, setReadingMode] = useState<ReadingMode>('falc');
  return (
    <KioskI18n mode={readingMode}>
      <SessionView {...props} readingMode={readingMode} onReadingMode={setReadingMode} />
    </KioskI18n>
  );
}

function SessionView(props: {
  idleSeconds: number;
  warningSeconds: number;
  onReset(): void;
  GuidedPath: GuidedPathComponent;
  readingMode: ReadingMode;
  onReadingMode(mode: ReadingMode): void;
}) {
  const t = useT();
  const id = useId();
  const stayButton = useRef<HTMLButtonElement>(null);
  // Anything under the session that asks for storage gets a store that dies with the session:
  // a kiosk never writes a resident's answer to the device (brief §6).
  const [repository] = useState(() => new ResilientRepository(new MemoryRepository(), 'ok'));

  const idle = useActorRef(idleMachine, { input: { idleSeconds: props.idleSeconds, warningSeconds: props.warningSeconds } });
  const warning = useSelector(idle, (s) => s.matches('warning'));
  const secondsLeft = useSelector(idle, (s) => s.context.secondsLeft);

  const onReset = useRef(props.onReset);
  onReset.current = props.onReset;
  useEffect(() => {
    const subscription = idle.subscribe((snapshot) => {
      if (snapshot.status === 'done') onReset.current();
    });
    return () => subscription.unsubscribe();
  }, [idle]);

  useEffect(() => {
    const onActivity = () => idle.send({ type: 'activity' });
    for (const type of ACTIVITY_EVENTS) document.addEventListener(type, onActivity, { capture: true, passive: true });
    return () => {
      for (const type of ACTIVITY_EVENTS) document.removeEventListener(type, onActivity, { capture: true });
    };
  }, [idle]);

  return (
    <StorageProvider repository={repository}>
      <div className="kiosk-session">
        <div className="kiosk-session__bar">
          <button type="button" className="kiosk-button kiosk-button--erase" onClick={() => props.onReset()} aria-describedby={`${id}-erase`}>
            <Pictogram drawings={INTERFACE_DRAWINGS} id="erase" size={40} />
            {t('kiosk.erase')}
          </button>
          <span id={`${id}-erase`} className="kiosk-session__hint">
            {t('kiosk.erase.help')}
          </span>
          <button
            type="button"
            className="kiosk-button kiosk-session__reading toggle"
            aria-pressed={props.readingMode === 'falc'}
            onClick={() => props.onReadingMode(props.readingMode === 'falc' ? 'std' : 'falc')}
          >
            <span className="toggle__track" aria-hidden="true" />
            {t('settings.readingMode')}
          </button>
        </div>
        <div className="kiosk-session__content">
          <KioskSessionContent onExit={props.onReset} GuidedPath={props.GuidedPath} />
        </div>
      </div>
      <KioskDialog
        open={warning}
        role="alertdialog"
        labelledBy={`${id}-warning-title`}
        describedBy={`${id}-warning-text`}
        className="kiosk-warning"
        initialFocus={stayButton}
        // Escape is a key press: someone is there.
        onCancel={() => idle.send({ type: 'presence.confirm' })}
      >
        <Pictogram drawings={INTERFACE_DRAWINGS} id="hourglass" size={72} />
        <h2 id={`${id}-warning-title`}>{t('kiosk.warning.title')}</h2>
        <p id={`${id}-warning-text`}>{t('kiosk.warning.text')}</p>
        <p className="kiosk-warning__countdown" role="timer" aria-atomic="true">
          {t('kiosk.warning.countdown', { seconds: secondsLeft })}
        </p>
        <button ref={stayButton} type="button" className="kiosk-button kiosk-button--primary" onClick={() => idle.send({ type: 'presence.confirm' })}>
          {t('kiosk.warning.stay')}
        </button>
      </KioskDialog>
    </StorageProvider>
  );
}
