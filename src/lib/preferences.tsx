import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { I18nProvider } from '../messages/i18n';
import type { ReadingMode } from '../messages/format';
import { languageInfo, loadLanguage, type Lang, type LanguagePack } from '../messages/languages';
import { useStorageLoader } from './storage-context';
import { READING_MODE_KEY, LANG_KEY } from './setting-keys';

interface Preferences {
  readingMode: ReadingMode;
  setReadingMode(mode: ReadingMode): Promise<void>;
  lang: Lang;
  /** Loads the language's messages (a separate chunk) and saves the choice, then switches. */
  setLang(lang: Lang): Promise<void>;
}

const PreferencesContext = createContext<Preferences | null>(null);

export { READING_MODE_KEY, LANG_KEY } from './setting-keys';

/** `<html lang dir>` follows the interface language: screen readers pick their voice from
 * `lang`, and `dir="rtl"` lays Arabic out right to left (Back/Next mirrored by the flex row). */
function applyLanguageToDocument(lang: Lang): void {
  const info = languageInfo(lang);
  document.documentElement.lang = info.id;
  document.documentElement.dir = info.dir;
}

/** Device-wide preferences, kept in the settings table, feeding the message catalogue. */
export function PreferencesProvider(props: {
  initialReadingMode: ReadingMode;
  initialLang?: Lang;
  /** The pack of `initialLang`, loaded before the first render so no French flashes. */
  initialPack?: LanguagePack | null;
  children: ReactNode;
}) {
  // The storage may not be open yet on the home screen: a choice made there waits for it.
  const storage = useStorageLoader();
  const [readingMode, setMode] = useState<ReadingMode>(props.initialReadingMode);
  const [language, setLanguage] = useState<{ lang: Lang; pack: LanguagePack | null }>({
    lang: props.initialLang ?? 'fr',
    pack: props.initialPack ?? null,
  });

  useEffect(() => {
    document.documentElement.dataset.reading = readingMode;
  }, [readingMode]);
  useEffect(() => applyLanguageToDocument(language.lang), [language.lang]);

  const setReadingMode = useCallback(
    async (mode: ReadingMode) => {
      setMode(mode);
      await (await storage.load()).settings.set(READING_MODE_KEY, mode);
    },
    [storage],
  );

  const setLang = useCallback(
    async (lang: Lang) => {
      // The storage opens while the messages load. The choice is saved before it shows, so a
      // reload right after it (a kiosk restarted, a tab closed) opens in that language.
      const opening = storage.load();
      opening.catch(() => undefined);
      const pack = await loadLanguage(lang);
      // Not saved (storage full or refused): the language still applies until the page closes,
      // and the storage banner already says that nothing is kept.
      await opening.then((repository) => repository.settings.set(LANG_KEY, lang)).catch(() => undefined);
      setLanguage({ lang, pack });
    },
    [storage],
  );

  return (
    <PreferencesContext.Provider value={{ readingMode, setReadingMode, lang: language.lang, setLang }}>
      <I18nProvider mode={readingMode} lang={language.lang} catalogue={language.pack?.messages} data={language.pack?.data}>
        {props.children}
      </I18nProvider>
    </PreferencesContext.Provider>
  );
}

export function usePreferences(): Preferences {
  const preferences = useContext(PreferencesContext);
  if (!preferences) throw new Error('usePreferences() outside <PreferencesProvider>');
  return preferences;
}
