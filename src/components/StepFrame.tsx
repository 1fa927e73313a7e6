import { useId, type ReactNode } from 'react';
import { useT } from '../messages/i18n';
import { useFocusHeading } from '../lib/use-focus-heading';
import { ReadAloudButton } from './ReadAloudButton';
import { useSaveStatus } from '../lib/save-status';

/**
 * What every step of a journey needs, in one place: focus on the step's heading on arrival
 * (announced by screen readers), progress in words and as a bar, the autosave state (from the
 * file's SaveStatusStore, src/lib/save-status.ts), the read-aloud button, and Back / Next
 * buttons with explicit names.
 */
export function StepFrame(props: {
  /** Changes when the step changes: moves focus to the new heading. */
  stepKey: string;
  /** Names the kind of screen for tests and styles: question, orientation, recap, plan. */
  screen?: string;
  title: string;
  progress?: { step: number; stepCount: number };
  readAloud: string[];
  onActivePart?: (index: number | null) => void;
  highlighted?: boolean;
  back?: { label: string; onClick(): void };
  /** The id of the form the Next button submits. */
  nextFormId?: string;
  nextLabel?: string;
  children: ReactNode;
}) {
  const t = useT();
  const heading = useFocusHeading(props.stepKey);
  const saveStatus = useSaveStatus();
  const titleId = useId();
  const { progress } = props;
  return (
    <section className="step" aria-labelledby={titleId} data-screen={props.screen}>
      <div className="step__top">
        {progress && (
          <div className="step__progress">
            <p className="step__progress-text">{t('step.progress', progress)}</p>
            <progress
              max={progress.stepCount}
              value={progress.step}
              aria-label={t('step.progressLabel')}
              aria-valuetext={t('step.progress', progress)}
            />
          </div>
        )}
        {saveStatus && (
          <p className={`save-status save-status--${saveStatus}`} role="status" aria-live="polite">
            {t(saveStatus === 'saved' ? 'step.saved' : saveStatus === 'saving' ? 'step.saving' : 'step.notSaved')}
          </p>
        )}
      </div>
      <h1 id={titleId} ref={heading} tabIndex={-1} className={props.highlighted ? 'is-reading' : undefined}>
        {props.title}
      </h1>
      <ReadAloudButton parts={props.readAloud} onActivePart={props.onActivePart} className="step__read-aloud" />
      <div className="step__body">{props.children}</div>
      <div className="step__nav">
        {props.back && (
          <button type="button" className="button button--secondary" onClick={props.back.onClick}>
            {props.back.label}
          </button>
        )}
        {props.nextFormId && (
          <button type="submit" form={props.nextFormId} className="button">
            {props.nextLabel ?? t('step.next')}
          </button>
        )}
      </div>
    </section>
  );
}
