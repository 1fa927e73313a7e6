import { Suspense, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { ResidentFile } from '../../db';
import { DamagedRecordError } from '../../db';
import { JourneyError } from '../../../machines';
import { useT, type Translator } from '../../messages/i18n';
import { downloadText } from '../../lib/download';
import { optionLabel, questionTitle } from '../../lib/labels';
import { UnreadableFile, type FileProblem } from './UnreadableFile';
import { hrefTo, navigate } from '../../lib/router';
import { useRepository, useStorageStatus } from '../../lib/storage-context';
import { useFocusHeading } from '../../lib/use-focus-heading';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { SaveStatusContext, SaveStatusStore } from '../../lib/save-status';
import { INITIAL_UI, type GuidedPathComponent, type WizardState, type WizardUi } from '../../lib/guided-path';
import { exportFileName, exportResidentFile, journeyOf, structureNameSetting, withJourney } from './residents';
import { flash } from './flash';
import { subscribeRemoteChanges } from '../../sync';
import { SyncAlternatives } from './SyncAlternatives';

/** Why a file did not open: a newer release's journey, a record that does not parse, or a
 * storage that did not answer. Never a crash: the screen says it and offers a way forward. */
function problemOf(error: unknown, stored: ResidentFile | undefined): FileProblem {
  if (error instanceof DamagedRecordError) return { kind: 'damaged', raw: error.raw };
  if (error instanceof JourneyError) return { kind: error.code === 'future-version' ? 'newer' : 'damaged', raw: stored };
  return { kind: 'storage' };
}

function stateOf(file: ResidentFile): WizardState {
  return { journey: journeyOf(file), ui: (file.ui as WizardUi | undefined) ?? INITIAL_UI };
}

/** The answers of an unreadable record, worded where the question is known (read-only view). */
function readableAnswers(t: Translator, raw: unknown): { question: string; value: string }[] {
  const record = (raw as { journey?: unknown } | undefined)?.journey as { journey?: { answers?: unknown }; answers?: unknown } | undefined;
  const answers = record?.journey?.answers ?? record?.answers;
  if (!answers || typeof answers !== 'object') return [];
  return Object.entries(answers as Record<string, unknown>).map(([id, value]) => ({
    question: questionTitle(t, id),
    value: [value]
      .flat()
      .map((v) => (typeof v === 'string' ? optionLabel(t, id, { value: v }) : String(v)))
      .join(', '),
  }));
}

/** One resident's file: the wizard, saved on every change, with export and "forget". */
export function ResidentScreen(props: { id: string; GuidedPath: GuidedPathComponent }) {
  const { GuidedPath } = props;
  const t = useT();
  const repository = useRepository();
  const storageStatus = useStorageStatus();
  const [file, setFile] = useState<ResidentFile | null | undefined>(undefined);
  const [state, setState] = useState<WizardState | null>(null);
  const [forgetting, setForgetting] = useState(false);
  const [structureName, setStructureName] = useState<string | undefined>();
  const [problem, setProblem] = useState<FileProblem | null>(null);
  const [saveFailed, setSaveFailed] = useState(false);
  const [changedElsewhere, setChangedElsewhere] = useState(false);
  const pending = useRef(0);
  // « Enregistré », « Enregistrement… » or « Non enregistré »: only the step's status line
  // follows it, not the whole wizard (src/lib/save-status.ts).
  const memory = storageStatus !== 'ok' || saveFailed;
  const memoryRef = useRef(memory);
  const [saveStatus] = useState(() => new SaveStatusStore(memory ? 'memory' : 'saved'));
  const showSaveStatus = useCallback(
    () => saveStatus.set(memoryRef.current ? 'memory' : pending.current > 0 ? 'saving' : 'saved'),
    [saveStatus],
  );
  useLayoutEffect(() => {
    memoryRef.current = memory;
    showSaveStatus();
  }, [memory, showSaveStatus]);
  const writes = useRef<Promise<void>>(Promise.resolve());
  const missingHeading = useFocusHeading();
  // Bumped when another device's change to this file was written here: the file is read again,
  // so the next save starts from it instead of overwriting it.
  const [remoteVersion, setRemoteVersion] = useState(0);
  useEffect(
    () =>
      subscribeRemoteChanges((id) => {
        if (id === props.id) void writes.current.then(() => setRemoteVersion((v) => v + 1));
      }),
    [props.id],
  );

  useEffect(() => {
    let live = true;
    void (async () => {
      let loaded: ResidentFile | undefined;
      try {
        loaded = await repository.residents.get(props.id);
        const name = await structureNameSetting(repository);
        const opened = loaded && stateOf(loaded);
        if (!live) return;
        setStructureName(name || undefined);
        if (opened) setState(opened);
        setFile(loaded ?? null);
      } catch (error) {
        console.warn('Passerelle: a file could not be opened', error);
        if (live) setProblem(problemOf(error, loaded));
      }
    })();
    return () => {
      live = false;
    };
  }, [repository, props.id, remoteVersion]);

  const fileRef = useRef<ResidentFile | null | undefined>(undefined);
  fileRef.current = file;

  /** Saves in order: each write waits for the previous one, so an older state never wins. */
  const persist = useCallback(
    (change: (current: ResidentFile) => ResidentFile) => {
      const current = fileRef.current;
      if (!current) return;
      const updated = change(current);
      fileRef.current = updated;
      setFile(updated);
      // « Enregistré » only once the last queued write is done, not the first of two.
      pending.current++;
      showSaveStatus();
      writes.current = writes.current
        .then(() => repository.residents.put(updated))
        .catch((error: unknown) => {
          // Even the memory fallback refused: say it is not kept, and keep the queue going.
          console.warn('Passerelle: a change could not be saved', error);
          memoryRef.current = true;
          setSaveFailed(true);
        })
        .finally(() => {
          pending.current--;
          showSaveStatus();
        });
    },
    [repository, showSaveStatus],
  );

  // The same file open in another tab: take its copy (after this tab's own writes) and say so.
  useEffect(
    () =>
      repository.onChangeElsewhere((changes) => {
        const change = changes.find((c) => c.id === props.id);
        if (!change) return;
        void writes.current.then(async () => {
          let loaded: ResidentFile | undefined;
          try {
            loaded = change.deleted ? undefined : await repository.residents.get(props.id);
            const opened = loaded && stateOf(loaded);
            fileRef.current = loaded ?? null;
            setFile(loaded ?? null);
            if (opened) setState(opened);
            setChangedElsewhere(true);
          } catch (error) {
            // The other tab may run a newer release, or its write may be unreadable here.
            setProblem(problemOf(error, loaded));
          }
        });
      }),
    [repository, props.id],
  );

  const onChange = useCallback(
    (next: WizardState) => {
      setState(next);
      setChangedElsewhere(false);
      persist((current) => ({ ...withJourney(current, next.journey, new Date()), ui: next.ui }));
    },
    [persist],
  );

  const onPlanProgress = (planProgress: NonNullable<ResidentFile['planProgress']>) =>
    persist((current) => ({ ...current, planProgress, updatedAt: Date.now() }));

  const forgetUnreadable = async () => {
    await repository.residents.delete(props.id);
    flash.message = t('file.forgotten', { name: t('unreadable.name') });
    navigate('/accompagner', { replace: true });
  };
  if (problem) {
    const raw = problem.kind === 'storage' ? undefined : problem.raw;
    return <UnreadableFile id={props.id} problem={problem} answers={readableAnswers(t, raw)} onForget={forgetUnreadable} />;
  }
  if (file === undefined || (file && !state)) return <p role="status">{t('status.loading')}</p>;
  if (file === null || !state) {
    return (
      <section>
        <h1 ref={missingHeading} tabIndex={-1}>
          {t('file.notFound')}
        </h1>
        <a href={hrefTo('/accompagner')}>{t('file.backToList')}</a>
      </section>
    );
  }

  const forget = async () => {
    await writes.current;
    await repository.residents.delete(file.id);
    flash.message = t('file.forgotten', { name: file.nickname });
    navigate('/accompagner', { replace: true });
  };

  return (
    <div className="resident">
      <div className="resident__bar no-print">
        <p className="resident__name">{t('file.heading', { name: file.nickname })}</p>
        <div className="toolbar">
          <a className="button button--secondary" href={hrefTo('/accompagner')}>
            {t('file.backToList')}
          </a>
          <button type="button" className="button button--secondary" onClick={() => downloadText(exportFileName(file, new Date()), exportResidentFile(file, new Date()))}>
            {t('file.export')}
          </button>
          <button type="button" className="button button--danger" onClick={() => setForgetting(true)}>
            {t('file.forget')}
          </button>
        </div>
      </div>
      {changedElsewhere && (
        <p className="notice no-print" role="status">
          {t('file.changedElsewhere')}
        </p>
      )}
      <SyncAlternatives
        alternatives={file.syncAlternatives}
        describe={(alt) => ({
          question: questionTitle(t, alt.questionId),
          answer: (Array.isArray(alt.value) ? alt.value : [alt.value]).map((v) => optionLabel(t, alt.questionId, { value: String(v) })).join(', '),
        })}
        onDismiss={() => persist(({ syncAlternatives: _seen, ...current }) => ({ ...current, updatedAt: Date.now() }))}
      />
      {/* The wizard loads with the first file opened: the file's bar stays in view meanwhile. */}
      <SaveStatusContext.Provider value={saveStatus}>
        <Suspense fallback={<p role="status">{t('status.loading')}</p>}>
          <GuidedPath
            state={state}
            onChange={onChange}
            variant="mediator"
            onExit={() => navigate('/accompagner')}
            exitLabel={t('step.backToList')}
            planHeader={{
              nickname: file.nickname,
              structureName,
              printName: file.printName === true,
              onPrintNameChange: (printName) => persist((current) => ({ ...current, printName, updatedAt: Date.now() })),
            }}
            planProgress={file.planProgress}
            onPlanProgress={onPlanProgress}
          />
        </Suspense>
      </SaveStatusContext.Provider>
      <ConfirmDialog
        open={forgetting}
        danger
        title={t('file.forget.title', { name: file.nickname })}
        confirmLabel={t('file.forget.confirm')}
        cancelLabel={t('action.cancel')}
        onConfirm={() => void forget()}
        onCancel={() => setForgetting(false)}
      >
        <p>{t('file.forget.text', { name: file.nickname })}</p>
      </ConfirmDialog>
    </div>
  );
}
