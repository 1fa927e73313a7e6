/**
 * Run at build time only (vite.config.ts, `prerenderedHome`): the first screen of a device on
 * the default settings, as the app's first render draws it, written into the built page.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { App } from './App';
import { PreferencesProvider } from './lib/preferences';
import { StorageLoader, StorageProvider } from './lib/storage-context';
import { BOOT_DEFAULTS, LANG_KEY, READING_MODE_KEY } from './lib/setting-keys';

export function renderHome(): string {
  // Nothing opens the storage while rendering: the home screen does not read it.
  const storage = new StorageLoader(() => new Promise(() => undefined));
  return renderToStaticMarkup(
    <StorageProvider loader={storage}>
      <PreferencesProvider initialReadingMode={BOOT_DEFAULTS[READING_MODE_KEY]} initialLang={BOOT_DEFAULTS[LANG_KEY]} initialPack={null}>
        <App />
      </PreferencesProvider>
    </StorageProvider>,
  );
}
