import '../../messages/fr/staff-screens';
import { useEffect, useRef, useState } from 'react';
import type { TrainingImport } from '../../db/types';
import { useT, type MessageKey } from '../../messages/i18n';
import { hrefTo } from '../../lib/router';
import { useRepository } from '../../lib/storage-context';
import { useFocusHeading } from '../../lib/use-focus-heading';
import { PublicAddress } from '../../components/PublicAddress';
import { importTrainings, isStale, type ImportOutcome } from './import-trainings';
import './trainings.css';

const todayIso = () => new Date().toISOString().slice(0, 10);

function formatDay(iso: string, lang: string) {
  return new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : lang, { dateStyle: 'long' }).format(new Date(iso));
}

/**
 * Staff import the Region's training offer (LHÉO XML from the Carif-Oref). Reading happens in a
 * worker with a progress bar and a cancel button; the previous import stays in use until the
 * new file has been read to its end and written.
 */
export default function TrainingImportScreen(props: { back: string }) {
  const t = useT();
  const { trainings } = useRepository();
  const heading = useFocusHeading();
  const [info, setInfo] = useState<TrainingImport | undefined | null>(null);
  const [progress, setProgress] = useState<{ bytes: number; total: number } | null>(null);
  const [result, setResult] = useState<{ message: string; error: boolean } | null>(null);
  const cancelRef = useRef<(() => void) | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    let live = true;
    void trainings.info().then((i) => live && setInfo(i));
    return () => {
      live = false;
    };
  }, [trainings]);

  const describe = (outcome: ImportOutcome) => {
    if (outcome.ok) {
      const c = outcome.counts;
      return { message: t('trainings.done', { offers: c.offers, sessions: c.sessions, past: c.skippedPast, outside: c.skippedOutside, closed: c.skippedClosed }), error: false };
    }
    if (outcome.error === 'cancelled') return { message: t('trainings.cancelled'), error: false };
    return { message: t(`trainings.error.${outcome.error}` as MessageKey), error: true };
  };

  const start = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setResult(null);
    setProgress({ bytes: 0, total: file.size });
    const job = importTrainings(file, trainings, { today: todayIso(), onProgress: (bytes, total) => setProgress({ bytes, total }) });
    cancelRef.current = job.cancel;
    requestAnimationFrame(() => cancelButton.current?.focus());
    const outcome = await job.done;
    cancelRef.current = null;
    setProgress(null);
    setResult(describe(outcome));
    setInfo(await trainings.info());
    fileInput.current?.focus();
  };

  const percent = progress && progress.total > 0 ? Math.min(100, Math.floor((progress.bytes / progress.total) * 100)) : 0;
  return (
    <section className="trainings" aria-labelledby="trainings-title">
      <h1 id="trainings-title" ref={heading} tabIndex={-1}>
        {t('trainings.title')}
      </h1>
      <p>{t('trainings.intro')}</p>
      {info === null ? (
        <p role="status">{t('status.loading')}</p>
      ) : info === undefined ? (
        <p>{t('trainings.none')}</p>
      ) : (
        <>
          <p className="notice" data-testid="trainings-current">
            {t('trainings.current', { date: formatDay(info.importedAt, t.lang), file: info.fileName, offers: info.offers, sessions: info.sessions })}
          </p>
          {isStale(info.importedAt, new Date()) && (
            <p className="notice notice--warn" role="note">
              {t('trainings.stale')}
            </p>
          )}
        </>
      )}
      {progress ? (
        <div className="trainings__progress">
          <label htmlFor="trainings-progress">{t('trainings.progress')}</label>
          <progress id="trainings-progress" max={100} value={percent} aria-valuetext={t('trainings.progressText', { percent })} />
          <p aria-live="polite">{t('trainings.progressText', { percent })}</p>
          <button ref={cancelButton} type="button" className="button button--secondary" onClick={() => cancelRef.current?.()}>
            {t('trainings.cancel')}
          </button>
        </div>
      ) : (
        <div className="actions">
          <label className="button" htmlFor="trainings-file">
            {t('trainings.choose')}
          </label>
          <input
            ref={fileInput}
            id="trainings-file"
            type="file"
            accept=".xml,application/xml,text/xml"
            className="visually-hidden-file"
            aria-describedby="trainings-help"
            onChange={(e) => void start(e.currentTarget)}
          />
        </div>
      )}
      <p id="trainings-help" className="hint">
        {t('trainings.help')}
      </p>
      {result && (
        <p role={result.error ? 'alert' : 'status'} className={result.error ? 'error-message' : 'notice'}>
          {result.message}
        </p>
      )}
      <PublicAddress />
      <p>
        <a className="button button--secondary" href={hrefTo(props.back)}>
          {t(props.back === '/borne' ? 'staff.backToKiosk' : 'directory.back')}
        </a>
      </p>
    </section>
  );
}
