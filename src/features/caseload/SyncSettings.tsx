import '../../messages/fr/staff-screens';
import { useEffect, useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import * as z from 'zod/mini';
import type { ResidentSummary } from '../../db';
import { useT } from '../../messages/i18n';
import { useRepository } from '../../lib/storage-context';
import { Field } from '../../components/Field';
import { withoutBidiControls } from '../../lib/names';
import { addressProblem, connectDevice, loadSyncConfig, SYNC_ORIGIN, turnSyncOff, turnSyncOn, type SyncConfig } from '../../sync';
import { generatePassphrase } from '../../sync/crypto';
import { loadRefresh } from './sync-refresh';
import { SyncStatusLine } from './SyncStatusLine';

const EXAMPLE = `${SYNC_ORIGIN.replace(/:\*$/, ':5984') || 'https://sync.example.org'}/ma-structure`;

const required = z.string().check(z.trim(), z.minLength(1, 'sync.error.required'));
export const SyncFormSchema = z.object({
  url: required.check(
    z.superRefine((url, ctx) => {
      const problem = addressProblem(url);
      if (problem) ctx.addIssue({ code: 'custom', message: `sync.error.address.${problem}` });
    }),
  ),
  deviceName: required.check(z.maxLength(40)),
  username: required,
  password: z.string().check(z.minLength(1, 'sync.error.required')),
  passphrase: required.check(z.refine((p) => p.split(/\s+/).filter(Boolean).length >= 4, 'sync.error.passphrase.short')),
  share: z.array(z.string()),
});
type SyncForm = z.infer<typeof SyncFormSchema>;

/** Réglages › Synchronisation: off by default; the mediator's routes only (never kiosk or workshop). */
export function SyncSettings() {
  const t = useT();
  const repository = useRepository();
  const ids = useId();
  const [config, setConfig] = useState<SyncConfig | null | undefined>(undefined);
  const [files, setFiles] = useState<ResidentSummary[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);
  const [generated, setGenerated] = useState(false);
  const [turnedOff, setTurnedOff] = useState(false);
  const {
    register,
    handleSubmit,
    setValue,
    formState: { errors },
  } = useForm<SyncForm>({ resolver: zodResolver(SyncFormSchema), defaultValues: { url: '', deviceName: '', username: '', password: '', passphrase: '', share: [] } });

  useEffect(() => {
    void (async () => {
      setConfig((await loadSyncConfig(repository.settings)) ?? null);
      setFiles(await repository.residents.list());
    })();
  }, [repository]);

  const onSubmit = handleSubmit(async (values) => {
    setFailure(null);
    setChecking(true);
    try {
      const url = values.url.trim().replace(/\/$/, '');
      const result = await connectDevice({ url, username: values.username.trim(), password: values.password, passphrase: values.passphrase });
      if (!result.ok) {
        setFailure(t(`sync.failure.${result.reason}`));
        return;
      }
      const next: SyncConfig = { url, deviceName: withoutBidiControls(values.deviceName).trim(), username: values.username.trim(), password: values.password, key: result.key };
      const notShared = files.map((f) => f.id).filter((id) => !values.share.includes(id));
      await turnSyncOn(repository, next, notShared, loadRefresh);
      // The passphrase is never kept nor shown again: only the key derived from it.
      setValue('passphrase', '');
      setGenerated(false);
      setTurnedOff(false);
      setConfig(next);
    } finally {
      setChecking(false);
    }
  });

  if (config === undefined) return null;
  return (
    <section aria-labelledby={`${ids}-title`} className="sync-settings">
      <h2 id={`${ids}-title`}>{t('sync.title')}</h2>
      <p>{t('sync.intro')}</p>
      {!SYNC_ORIGIN ? (
        <p className="notice">{t('sync.unavailable')}</p>
      ) : config ? (
        <>
          <p>{t('sync.on', { device: config.deviceName, url: config.url })}</p>
          <SyncStatusLine />
          <button
            type="button"
            className="button button--secondary"
            onClick={() =>
              void turnSyncOff(repository).then(() => {
                setConfig(null);
                setTurnedOff(true);
              })
            }
          >
            {t('sync.turnOff')}
          </button>
        </>
      ) : (
        <form noValidate onSubmit={(e) => void onSubmit(e)} aria-labelledby={`${ids}-title`}>
          {turnedOff && (
            <p role="status" className="notice">
              {t('sync.turnedOff')}
            </p>
          )}
          <Field id={`${ids}-url`} label={t('sync.url')} hint={t('sync.url.help', { example: EXAMPLE })} error={errors.url?.message} errorParams={{ origin: SYNC_ORIGIN.replace(/:\*$/, ''), example: EXAMPLE }}>
            {(input) => <input type="url" inputMode="url" autoComplete="off" spellCheck={false} {...register('url')} {...input} />}
          </Field>
          <Field id={`${ids}-deviceName`} label={t('sync.deviceName')} hint={t('sync.deviceName.help')} error={errors.deviceName?.message}>
            {(input) => <input type="text" autoComplete="off" maxLength={40} {...register('deviceName')} {...input} />}
          </Field>
          <Field id={`${ids}-username`} label={t('sync.username')} error={errors.username?.message}>
            {(input) => <input type="text" autoComplete="username" spellCheck={false} {...register('username')} {...input} />}
          </Field>
          <Field id={`${ids}-password`} label={t('sync.password')} error={errors.password?.message}>
            {(input) => <input type="password" autoComplete="current-password" {...register('password')} {...input} />}
          </Field>
          <div>
            <Field id={`${ids}-passphrase`} label={t('sync.passphrase')} hint={t('sync.passphrase.help')} error={errors.passphrase?.message}>
              {(input) => <input type="text" autoComplete="off" spellCheck={false} {...register('passphrase')} {...input} />}
            </Field>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                setValue('passphrase', generatePassphrase(), { shouldValidate: true });
                setGenerated(true);
              }}
            >
              {t('sync.passphrase.generate')}
            </button>
            {generated && (
              <p role="status" className="notice">
                {t('sync.passphrase.shown')}
              </p>
            )}
          </div>
          {files.length > 0 && (
            <fieldset className="field choices">
              <legend>{t('sync.share.legend')}</legend>
              <p className="hint">{t('sync.share.help')}</p>
              {files.map((file) => (
                <label key={file.id} className="choice">
                  <input type="checkbox" value={file.id} {...register('share')} />
                  <span>{file.nickname}</span>
                </label>
              ))}
            </fieldset>
          )}
          {failure && (
            <p role="alert" className="error-message">
              {failure}
            </p>
          )}
          <div className="actions">
            <button type="submit" className="button" disabled={checking}>
              {checking ? t('sync.checking') : t('sync.submit')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
