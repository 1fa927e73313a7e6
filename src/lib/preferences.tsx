import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { I18nProvider } from '../messages/i18n';
import type { ReadingMode } from '../messages/format';
import { useRepository } from './storage-context';

interface Preferences {
  readingMode: ReadingMode;
  setReadingMode(mode: ReadingMode): Promise<void>;
}

const PreferencesContext = createContext<Preferences | null>(null);

export const READING_MODE_KEY = 'readingMode';

/** Device-wide preferences, kept in the settings table, feeding the message catalogue. */
export function PreferencesProvider(props: { initialReadingMode: ReadingMode; children: ReactNode }) {
  const repository = useRepository();
  const [readingMode, setMode] = useState<ReadingMode>(props.initialReadingMode);

  useEffect(() => {
    document.documentElement.dataset.reading = readingMode;
  }, [readingMode]);

  const setReadingMode = useCallback(
    async (mode: ReadingMode) => {
      setMode(mode);
      await repository.settings.set(READING_MODE_KEY, mode);
    },
    [repository],
  );

  return (
    <PreferencesContext.Provider value={{ readingMode, setReadingMode }}>
      <I18nProvider mode={readingMode}>{props.children}</I18nProvider>
    </PreferencesContext.Provider>
  );
}

export function usePreferences(): Preferences {
  const preferences = useContext(PreferencesContext);
  if (!preferences) throw new Error('usePreferences() outside <PreferencesProvider>');
  return preferences;
}
