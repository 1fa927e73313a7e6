import { useState } from 'react';
import { useT } from '../messages/i18n';
import { LANGUAGES, type Lang } from '../messages/languages';
import { usePreferences } from '../lib/preferences';

/**
 * Each language is named in itself (Français, English, العربية) and marked with its own `lang`
 * and `dir`, so a person finds theirs and a screen reader pronounces it right. Radio buttons:
 * arrow keys move between languages, as everywhere else in the app.
 */
export function LanguagePicker() {
  const t = useT();
  const { lang, setLang } = usePreferences();
  const [state, setState] = useState<'idle' | 'loading' | 'failed'>('idle');
  // The radio follows the choice at once; the words follow when the language's file has loaded.
  const [pending, setPending] = useState<Lang | null>(null);
  const choose = (next: Lang) => {
    setPending(next);
    setState('loading');
    setLang(next).then(
      () => {
        setPending(null);
        setState('idle');
      },
      () => {
        setPending(null);
        setState('failed');
      },
    );
  };
  const shown = pending ?? lang;
  return (
    <fieldset className="language-picker">
      <legend>{t('language.legend')}</legend>
      <div className="language-picker__options">
        {LANGUAGES.map((l) => (
          <label key={l.id} className="choice language-picker__choice" lang={l.id} dir={l.dir}>
            <input type="radio" name="language" value={l.id} checked={shown === l.id} onChange={() => choose(l.id)} />
            {l.nativeName}
          </label>
        ))}
      </div>
      <p role="status" className="language-picker__status">
        {state === 'loading' ? t('language.loading') : state === 'failed' ? t('language.failed') : null}
      </p>
    </fieldset>
  );
}
