import '../../messages/fr/staff-screens';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import * as z from 'zod/mini';
import { useT } from '../../messages/i18n';
import { hrefTo } from '../../lib/router';
import { useRepository } from '../../lib/storage-context';
import { useFocusHeading } from '../../lib/use-focus-heading';
import { FieldError } from '../../components/FieldError';
import { Field } from '../../components/Field';
import { StaffLinks } from '../../components/StaffLinks';
import { retentionDays, SETTING_RETENTION_DAYS, SETTING_STRUCTURE_NAME, structureNameSetting } from './residents';
import { BACKUP_REMINDER_MAX_DAYS, backupReminderDays, SETTING_BACKUP_REMINDER_DAYS } from './backup-reminder';
import { BackupSection } from './BackupSection';
import { persistenceStatus, type Persistence } from '../../lib/persistence';
import { SyncSettings } from './SyncSettings';

export const SettingsSchema = z.object({
  retentionDays: z.coerce
    .number<string | number>()
    .check(z.int('settings.retention.invalid'), z.gte(7, 'settings.retention.invalid'), z.lte(730, 'settings.retention.invalid')),
  structureName: z.string().check(z.trim(), z.maxLength(80, 'settings.structure.tooLong')),
  backupReminderDays: z.coerce
    .number<string | number>()
    .check(z.int('backup.reminderDays.invalid'), z.gte(0, 'backup.reminderDays.invalid'), z.lte(BACKUP_REMINDER_MAX_DAYS, 'backup.reminderDays.invalid')),
});
type SettingsInput = z.input<typeof SettingsSchema>;
type SettingsOutput = z.output<typeof SettingsSchema>;

export function SettingsScreen() {
  const t = useT();
  const repository = useRepository();
  const heading = useFocusHeading();
  const [saved, setSaved] = useState(false);
  const [persistence, setPersistence] = useState<Persistence | null>(null);
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors },
  } = useForm<SettingsInput, unknown, SettingsOutput>({ resolver: zodResolver(SettingsSchema), defaultValues: { retentionDays: 90, structureName: '', backupReminderDays: 7 } });

  useEffect(() => {
    void (async () => {
      // What staff typed while the saved settings were being read stays as typed.
      reset(
        {
          retentionDays: await retentionDays(repository),
          structureName: await structureNameSetting(repository),
          backupReminderDays: backupReminderDays(await repository.settings.get<unknown>(SETTING_BACKUP_REMINDER_DAYS)),
        },
        { keepDirtyValues: true },
      );
    })();
    void persistenceStatus().then(setPersistence);
  }, [repository, reset]);

  const onSubmit = handleSubmit(async (values) => {
    await repository.settings.set(SETTING_RETENTION_DAYS, values.retentionDays);
    await repository.settings.set(SETTING_STRUCTURE_NAME, values.structureName);
    await repository.settings.set(SETTING_BACKUP_REMINDER_DAYS, values.backupReminderDays);
    setSaved(true);
  });

  return (
    <section aria-labelledby="settings-title">
      <h1 id="settings-title" ref={heading} tabIndex={-1}>
        {t('settings.title')}
      </h1>
      <form noValidate onSubmit={(e) => void onSubmit(e)} onChange={() => setSaved(false)}>
        <div className="field">
          <label htmlFor="retentionDays">{t('settings.retention')}</label>
          <p id="retention-help" className="hint">
            {t('settings.retention.help')}
          </p>
          <input
            id="retentionDays"
            type="number"
            inputMode="numeric"
            min={7}
            max={730}
            aria-invalid={errors.retentionDays ? true : undefined}
            aria-describedby={errors.retentionDays ? 'retention-help retention-error' : 'retention-help'}
            {...register('retentionDays')}
          />
          <FieldError id="retention-error" message={errors.retentionDays?.message} />
        </div>
        <div className="field">
          <label htmlFor="structureName">{t('settings.structure')}</label>
          <input
            id="structureName"
            type="text"
            autoComplete="organization"
            aria-invalid={errors.structureName ? true : undefined}
            aria-describedby={errors.structureName ? 'structure-error' : undefined}
            {...register('structureName')}
          />
          <FieldError id="structure-error" message={errors.structureName?.message} />
        </div>
        <Field id="backupReminderDays" label={t('backup.reminderDays')} hint={t('backup.reminderDays.help')} error={errors.backupReminderDays?.message}>
          {(input) => <input {...input} type="number" inputMode="numeric" min={0} max={BACKUP_REMINDER_MAX_DAYS} {...register('backupReminderDays')} />}
        </Field>
        <div className="actions">
          <a className="button button--secondary" href={hrefTo('/accompagner')}>
            {t('file.backToList')}
          </a>
          <button type="submit" className="button">
            {t('settings.save')}
          </button>
        </div>
        {saved && (
          <p role="status" className="notice">
            {t('settings.saved')}
          </p>
        )}
      </form>
      <section aria-labelledby="persistence-title" className="settings-section">
        <h2 id="persistence-title">{t('persistence.title')}</h2>
        <p role="status" data-persistence={persistence ?? 'checking'}>
          {persistence ? t(`persistence.${persistence}`) : t('persistence.checking')}
        </p>
      </section>
      <BackupSection />
      <StaffLinks base="/accompagner" />
      <SyncSettings />
    </section>
  );
}
