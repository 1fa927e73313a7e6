import '../../messages/fr/staff-screens';
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import * as z from 'zod/mini';
import { useT } from '../../messages/i18n';
import { useRepository } from '../../lib/storage-context';
import { downloadText } from '../../lib/download';
import { BackupError } from '../../lib/backup-format';
import { staffDateTime } from '../../lib/dates';
import { Field } from '../../components/Field';
import { applyRestore, createBackup, PASSPHRASE_MIN_LENGTH, planRestore, type RestorePlan } from './backup';
import { SETTING_LAST_BACKUP } from './backup-reminder';

const BackupSchema = z
  .object({
    passphrase: z.string().check(z.minLength(PASSPHRASE_MIN_LENGTH, 'backup.passphrase.tooShort')),
    confirm: z.string(),
  })
  .check(z.refine((v) => v.passphrase === v.confirm, { path: ['confirm'], message: 'backup.passphrase.mismatch' }));
type BackupInput = z.infer<typeof BackupSchema>;

const RestoreSchema = z.object({
  file: z.custom<FileList>((v) => v instanceof FileList && v.length > 0, 'restore.file.missing'),
  passphrase: z.string().check(z.minLength(1, 'restore.passphrase.missing')),
});
type RestoreInput = z.infer<typeof RestoreSchema>;

const MIN = { min: PASSPHRASE_MIN_LENGTH };

/** « Sauvegarder tous les dossiers » and « Restaurer », in the settings (staff only). */
export function BackupSection() {
  const t = useT();
  const repository = useRepository();
  const dateFormat = staffDateTime();
  const [lastAt, setLastAt] = useState<number | undefined>();
  const [backupNotice, setBackupNotice] = useState<string | null>(null);
  const [backupFailed, setBackupFailed] = useState(false);
  const [restoreError, setRestoreError] = useState<BackupError['code'] | null>(null);
  const [restoreNotice, setRestoreNotice] = useState<string | null>(null);
  const [plan, setPlan] = useState<RestorePlan | null>(null);
  const planHeading = useRef<HTMLHeadingElement>(null);

  const backup = useForm<BackupInput>({ resolver: zodResolver(BackupSchema), defaultValues: { passphrase: '', confirm: '' } });
  const restore = useForm<RestoreInput>({ resolver: zodResolver(RestoreSchema) });

  useEffect(() => {
    void repository.settings.get<unknown>(SETTING_LAST_BACKUP).then((v) => setLastAt(typeof v === 'number' ? v : undefined));
  }, [repository]);
  useEffect(() => {
    if (plan) planHeading.current?.focus();
  }, [plan]);

  const onBackup = backup.handleSubmit(async ({ passphrase }) => {
    setBackupNotice(null);
    setBackupFailed(false);
    try {
      const now = new Date();
      const result = await createBackup(repository, passphrase, now);
      downloadText(result.name, result.text);
      await repository.settings.set(SETTING_LAST_BACKUP, now.getTime());
      setLastAt(now.getTime());
      setBackupNotice(t('backup.done', { count: result.count, name: result.name }));
      backup.reset();
    } catch (error) {
      console.warn('Passerelle: backup failed', error);
      setBackupFailed(true);
    }
  });

  const onRead = restore.handleSubmit(async ({ file, passphrase }) => {
    setRestoreError(null);
    setRestoreNotice(null);
    setPlan(null);
    try {
      const text = await file[0]!.text();
      setPlan(await planRestore(repository, text, passphrase, new Date()));
    } catch (error) {
      if (!(error instanceof BackupError)) console.warn('Passerelle: backup could not be read', error);
      setRestoreError(error instanceof BackupError ? error.code : 'damaged');
    }
  });

  const onConfirm = async () => {
    if (!plan) return;
    await applyRestore(repository, plan);
    setPlan(null);
    restore.reset();
    setRestoreNotice(t('restore.done', { count: plan.add.length + plan.replace.length }));
  };

  const names = (files: RestorePlan['add']) => (
    <ul>
      {files.map((f) => (
        <li key={f.id}>{f.nickname}</li>
      ))}
    </ul>
  );
  const backupErrors = backup.formState.errors;
  const restoreErrors = restore.formState.errors;

  return (
    <>
      <section aria-labelledby="backup-title" className="settings-section">
        <h2 id="backup-title">{t('backup.title')}</h2>
        <p>{t('backup.intro')}</p>
        <p>{lastAt === undefined ? t('backup.never') : t('backup.last', { date: dateFormat.format(lastAt) })}</p>
        <form noValidate onSubmit={(e) => void onBackup(e)}>
          <Field
            id="backup-passphrase"
            label={t('backup.passphrase')}
            hint={t('backup.passphrase.help', MIN)}
            error={backupErrors.passphrase?.message}
            errorParams={MIN}
          >
            {(input) => <input {...input} type="password" autoComplete="new-password" {...backup.register('passphrase')} />}
          </Field>
          <Field id="backup-confirm" label={t('backup.passphrase.confirm')} error={backupErrors.confirm?.message}>
            {(input) => <input {...input} type="password" autoComplete="new-password" {...backup.register('confirm')} />}
          </Field>
          <button type="submit" className="button" disabled={backup.formState.isSubmitting}>
            {t('backup.create')}
          </button>
          <div role="status">
            {backup.formState.isSubmitting && <p>{t('backup.working')}</p>}
            {backupNotice && <p className="notice">{backupNotice}</p>}
          </div>
          {backupFailed && (
            <p className="error-message" role="alert">
              {t('backup.failed')}
            </p>
          )}
        </form>
      </section>

      <section aria-labelledby="restore-title" className="settings-section">
        <h2 id="restore-title">{t('restore.title')}</h2>
        <p>{t('restore.intro')}</p>
        <form noValidate onSubmit={(e) => void onRead(e)}>
          <Field id="restore-file" label={t('restore.file')} error={restoreErrors.file?.message}>
            {(input) => <input {...input} type="file" accept="application/json,.json" {...restore.register('file', { onChange: () => setPlan(null) })} />}
          </Field>
          <Field id="restore-passphrase" label={t('restore.passphrase')} error={restoreErrors.passphrase?.message}>
            {(input) => (
              <input
                {...input}
                type="password"
                autoComplete="off"
                aria-invalid={input['aria-invalid'] ?? (restoreError === 'wrongPassphrase' ? true : undefined)}
                aria-describedby={input['aria-describedby'] ?? (restoreError ? 'restore-error' : undefined)}
                {...restore.register('passphrase')}
              />
            )}
          </Field>
          {restoreError && (
            <p id="restore-error" className="error-message" role="alert">
              {t(`restore.error.${restoreError}`)}
            </p>
          )}
          <button type="submit" className="button button--secondary" disabled={restore.formState.isSubmitting}>
            {t('restore.read')}
          </button>
          <div role="status">
            {restore.formState.isSubmitting && <p>{t('restore.working')}</p>}
            {restoreNotice && <p className="notice">{restoreNotice}</p>}
          </div>
        </form>

        {plan && (
          <section aria-labelledby="restore-plan-title" className="restore-plan">
            <h3 id="restore-plan-title" ref={planHeading} tabIndex={-1}>
              {t('restore.plan.title')}
            </h3>
            <p>{t('restore.plan.date', { date: dateFormat.format(new Date(plan.createdAt)) })}</p>
            {plan.add.length + plan.replace.length === 0 && <p>{t('restore.plan.nothing')}</p>}
            {plan.add.length > 0 && (
              <>
                <p>{t('restore.plan.add', { count: plan.add.length })}</p>
                {names(plan.add)}
              </>
            )}
            {plan.replace.length > 0 && (
              <>
                <p>{t('restore.plan.replace', { count: plan.replace.length })}</p>
                {names(plan.replace)}
              </>
            )}
            {plan.keep.length > 0 && (
              <>
                <p>{t('restore.plan.keep', { count: plan.keep.length })}</p>
                {names(plan.keep)}
              </>
            )}
            {plan.expired > 0 && <p>{t('restore.plan.expired', { count: plan.expired })}</p>}
            {plan.unreadable > 0 && <p>{t('restore.plan.unreadable', { count: plan.unreadable })}</p>}
            {plan.settings.length > 0 && <p>{t('restore.plan.settings')}</p>}
            {plan.directory.length > 0 && <p>{t('restore.plan.directory', { count: plan.directory.length })}</p>}
            <div className="actions">
              <button
                type="button"
                className="button button--secondary"
                onClick={() => {
                  setPlan(null);
                  setRestoreNotice(t('restore.cancelled'));
                }}
              >
                {t('restore.cancel')}
              </button>
              <button type="button" className="button" onClick={() => void onConfirm()}>
                {t('restore.confirm')}
              </button>
            </div>
          </section>
        )}
      </section>
    </>
  );
}
