import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { useT } from '../../messages/i18n';
import { hrefTo } from '../../lib/router';
import { useRepository } from '../../lib/storage-context';
import { useFocusHeading } from '../../lib/use-focus-heading';
import { FieldError } from '../../components/FieldError';
import { retentionDays, SETTING_RETENTION_DAYS, SETTING_STRUCTURE_NAME } from './residents';
import { SyncSettings } from './SyncSettings';

export const SettingsSchema = z.object({
  retentionDays: z.coerce.number<string | number>().int('settings.retention.invalid').min(7, 'settings.retention.invalid').max(730, 'settings.retention.invalid'),
  structureName: z.string().trim().max(80, 'settings.structure.tooLong'),
});
type SettingsInput = z.input<typeof SettingsSchema>;
type SettingsOutput = z.output<typeof SettingsSchema>;

export function SettingsScreen() {
  const t = useT();
  const repository = useRepository();
  const heading = useFocusHeading();
  const [saved, setSaved] = useState(false);
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors },
  } = useForm<SettingsInput, unknown, SettingsOutput>({ resolver: zodResolver(SettingsSchema), defaultValues: { retentionDays: 90, structureName: '' } });

  useEffect(() => {
    void (async () => {
      reset({
        retentionDays: await retentionDays(repository),
        structureName: (await repository.settings.get<string>(SETTING_STRUCTURE_NAME)) ?? '',
      });
    })();
  }, [repository, reset]);

  const onSubmit = handleSubmit(async (values) => {
    await repository.settings.set(SETTING_RETENTION_DAYS, values.retentionDays);
    await repository.settings.set(SETTING_STRUCTURE_NAME, values.structureName);
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
      <SyncSettings />
    </section>
  );
}
