import { useState } from 'react';
import { useT, type MessageKey } from '../../messages/i18n';
import { useFocusHeading } from '../../lib/use-focus-heading';
import { Pictogram, type PictogramId } from '../../components/Pictogram';
import { ReadAloudButton } from '../../components/ReadAloudButton';

/**
 * What a resident answers during a kiosk session. Everything lives in this component's state,
 * in memory: the session frame unmounts it on reset, and nothing reaches IndexedDB.
 *
 * PLACEHOLDER until the shared wizard is committed. Integration is this file only:
 *   const [state, setState] = useState<WizardState>(() => ({ journey: startJourney(), ui: INITIAL_UI }));
 *   return <Wizard state={state} onChange={setState} variant="kiosk"
 *                  onExit={props.onExit} exitLabel={t('kiosk.backToStart')} />;
 */
const CHOICES: { value: string; label: MessageKey; pictogram: PictogramId }[] = [
  { value: 'formation', label: 'kiosk.placeholder.opt.formation', pictogram: 'training' },
  { value: 'emploi', label: 'kiosk.placeholder.opt.emploi', pictogram: 'job' },
  { value: 'francais', label: 'kiosk.placeholder.opt.francais', pictogram: 'french' },
];

/** `onExit`: back from the very first question, to the kiosk's start screen. */
export function KioskSessionContent(_props: { onExit(): void }) {
  const t = useT();
  const heading = useFocusHeading();
  const [choice, setChoice] = useState<string | null>(null);
  const [reading, setReading] = useState<number | null>(null);
  const chosen = CHOICES.find((c) => c.value === choice);
  const parts = [t('kiosk.placeholder.title'), ...CHOICES.map((c) => t(c.label))];

  return (
    <div className="kiosk-question">
      <h1 ref={heading} tabIndex={-1} className={reading === 0 ? 'is-being-read' : undefined}>
        {t('kiosk.placeholder.title')}
      </h1>
      <ReadAloudButton parts={parts} onActivePart={setReading} />
      <ul className="kiosk-choices">
        {CHOICES.map((c, i) => (
          <li key={c.value}>
            <button
              type="button"
              className={`kiosk-choice${reading === i + 1 ? ' is-being-read' : ''}`}
              aria-pressed={choice === c.value}
              onClick={() => setChoice(c.value)}
            >
              <Pictogram id={c.pictogram} size={56} />
              <span>{t(c.label)}</span>
            </button>
          </li>
        ))}
      </ul>
      <p role="status">{chosen ? t('kiosk.placeholder.chosen', { choice: t(chosen.label) }) : null}</p>
      <p>{t('kiosk.placeholder.soon')}</p>
    </div>
  );
}
