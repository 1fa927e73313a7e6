import { useCallback, useEffect, useRef, useState } from 'react';
import type { ResidentFile } from '../../db';
import { useT } from '../../messages/i18n';
import { hrefTo, navigate } from '../../lib/router';
import { useRepository, useStorageStatus } from '../../lib/storage-context';
import { useFocusHeading } from '../../lib/use-focus-heading';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import type { SaveStatus } from '../../components/StepFrame';
import { Wizard, INITIAL_UI, type WizardState, type WizardUi } from '../wizard/Wizard';
import { exportFileName, exportResidentFile, journeyOf, SETTING_STRUCTURE_NAME, withJourney } from './residents';
import { flash } from './flash';
import { optionLabel, questionTitle } from '../wizard/labels';
import { subscribeRemoteChanges } from '../../sync';
import { SyncAlternatives } from './SyncAlternatives';

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** One resident's file: the wizard, saved on every change, with export and "forget". */
export function ResidentScreen(props: { id: string }) {
  const t = useT();
  const repository = useRepository();
  const storageStatus = useStorageStatus();
  const [file, setFile] = useState<ResidentFile | null | undefined>(undefined);
  const [state, setState] = useState<WizardState | null>(null);
  const [saving, setSaving] = useState(false);
  const [forgetting, setForgetting] = useState(false);
  const [structureName, setStructureName] = useState<string | undefined>();
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
      const loaded = await repository.residents.get(props.id);
      setStructureName((await repository.settings.get<string>(SETTING_STRUCTURE_NAME)) || undefined);
      if (!live) return;
      setFile(loaded ?? null);
      if (loaded) setState({ journey: journeyOf(loaded), ui: (loaded.ui as WizardUi | undefined) ?? INITIAL_UI });
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
      setSaving(true);
      writes.current = writes.current
        .then(() => repository.residents.put(updated))
        .finally(() => setSaving(false));
    },
    [repository],
  );

  const onChange = useCallback(
    (next: WizardState) => {
      setState(next);
      persist((current) => ({ ...withJourney(current, next.journey, new Date()), ui: next.ui }));
    },
    [persist],
  );

  const onPlanProgress = (planProgress: NonNullable<ResidentFile['planProgress']>) =>
    persist((current) => ({ ...current, planProgress, updatedAt: Date.now() }));

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

  const saveStatus: SaveStatus = storageStatus !== 'ok' ? 'memory' : saving ? 'saving' : 'saved';
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
          <button type="button" className="button button--secondary" onClick={() => download(exportFileName(file, new Date()), exportResidentFile(file, new Date()))}>
            {t('file.export')}
          </button>
          <button type="button" className="button button--danger" onClick={() => setForgetting(true)}>
            {t('file.forget')}
          </button>
        </div>
      </div>
      <SyncAlternatives
        alternatives={file.syncAlternatives}
        describe={(alt) => ({
          question: questionTitle(t, alt.questionId),
          answer: (Array.isArray(alt.value) ? alt.value : [alt.value]).map((v) => optionLabel(t, alt.questionId, { value: String(v) })).join(', '),
        })}
        onDismiss={() => persist(({ syncAlternatives: _seen, ...current }) => ({ ...current, updatedAt: Date.now() }))}
      />
      <Wizard
        state={state}
        onChange={onChange}
        variant="mediator"
        saveStatus={saveStatus}
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
