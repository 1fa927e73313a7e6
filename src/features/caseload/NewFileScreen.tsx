import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import * as z from 'zod/mini';
import { useT } from '../../messages/i18n';
import { hrefTo, navigate } from '../../lib/router';
import { useRepository } from '../../lib/storage-context';
import { useFocusHeading } from '../../lib/use-focus-heading';
import { FieldError } from '../../components/FieldError';
import { withoutBidiControls } from '../../lib/names';
import { startJourney } from '../../../machines';
import { createResidentFile, retentionDays, RETENTION_DEFAULT_DAYS } from './residents';

/** Error messages are message keys, translated where they are shown. */
export const NewFileSchema = z.object({
  nickname: z.pipe(
    z.pipe(z.string(), z.transform(withoutBidiControls)),
    z.string().check(z.trim(), z.minLength(1, 'newFile.nickname.required'), z.maxLength(40, 'newFile.nickname.tooLong')),
  ),
  consent: z.literal(true, 'newFile.consent.required'),
});
type NewFileInput = z.input<typeof NewFileSchema>;

export function NewFileScreen() {
  const t = useT();
  const repository = useRepository();
  const heading = useFocusHeading();
  const [days, setDays] = useState(RETENTION_DEFAULT_DAYS);
  useEffect(() => {
    void retentionDays(repository).then(setDays);
  }, [repository]);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<NewFileInput>({ resolver: zodResolver(NewFileSchema), defaultValues: { nickname: '', consent: false as unknown as true } });

  const onSubmit = handleSubmit(async (values) => {
    const file = createResidentFile(values.nickname, new Date(), startJourney());
    await repository.residents.put(file);
    navigate(`/accompagner/${file.id}`, { replace: true });
  });

  return (
    <section aria-labelledby="new-file-title">
      <h1 id="new-file-title" ref={heading} tabIndex={-1}>
        {t('newFile.title')}
      </h1>
      <p>{t('newFile.intro')}</p>
      <form noValidate onSubmit={(e) => void onSubmit(e)}>
        <div className="field">
          <label htmlFor="nickname">{t('newFile.nickname')}</label>
          <p id="nickname-help" className="hint">
            {t('newFile.nickname.help')}
          </p>
          <input
            id="nickname"
            type="text"
            autoComplete="off"
            aria-invalid={errors.nickname ? true : undefined}
            aria-describedby={errors.nickname ? 'nickname-help nickname-error' : 'nickname-help'}
            {...register('nickname')}
          />
          <FieldError id="nickname-error" message={errors.nickname?.message} />
        </div>
        <fieldset className="field">
          <legend>{t('newFile.consent.legend')}</legend>
          <div className="choice">
            <input
              id="consent"
              type="checkbox"
              aria-invalid={errors.consent ? true : undefined}
              aria-describedby={errors.consent ? 'consent-error' : undefined}
              {...register('consent')}
            />
            <label htmlFor="consent">{t('newFile.consent.text', { days })}</label>
          </div>
          <FieldError id="consent-error" message={errors.consent?.message} />
        </fieldset>
        <div className="actions">
          <a className="button button--secondary" href={hrefTo('/accompagner')}>
            {t('action.cancel')}
          </a>
          <button type="submit" className="button" disabled={isSubmitting}>
            {t('newFile.create')}
          </button>
        </div>
      </form>
    </section>
  );
}
