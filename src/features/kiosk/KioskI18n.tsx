import { useEffect, useState, type ReactNode } from 'react';
import { I18nProvider } from '../../messages/i18n';
import type { ReadingMode } from '../../messages/format';
import { loadLanguage, type LanguagePack } from '../../messages/languages';
import { usePreferences } from '../../lib/preferences';

/**
 * The device's language with the kiosk's own reading mode (easy-read by default), without
 * writing anything to the device's preferences. The language pack is the one the app already
 * loaded (a cached dynamic import).
 */
export function KioskI18n(props: { mode: ReadingMode; children: ReactNode }) {
  const { lang } = usePreferences();
  const [pack, setPack] = useState<{ lang: string; pack: LanguagePack | null } | null>(lang === 'fr' ? { lang, pack: null } : null);
  useEffect(() => {
    let live = true;
    void loadLanguage(lang)
      .catch(() => null)
      .then((loaded) => {
        if (live) setPack({ lang, pack: loaded });
      });
    return () => {
      live = false;
    };
  }, [lang]);
  const ready = pack?.lang === lang ? pack.pack : null;
  return (
    <I18nProvider mode={props.mode} lang={ready || lang === 'fr' ? lang : 'fr'} catalogue={ready?.messages} data={ready?.data}>
      {props.children}
    </I18nProvider>
  );
}
