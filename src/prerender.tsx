/**
 * Run at build time only (vite.config.ts, `prerenderedHome`): the first screen of a device on
 * the default settings, as the app's first render draws it, written into the built page; and
 * the start screen of a kiosk, shown in its place when a kiosk restarts (src/lib/first-screen.ts).
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { App } from './App';
import { PreferencesProvider } from './lib/preferences';
import { StorageLoader, StorageProvider } from './lib/storage-context';
import { BOOT_DEFAULTS, LANG_KEY, READING_MODE_KEY } from './lib/setting-keys';
import './messages/fr/screens';
import { AttractScreen } from './features/kiosk/AttractScreen';
import { KioskI18n } from './features/kiosk/KioskI18n';

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

const ignore = () => undefined;

/**
 * What a kiosk draws first when it restarts in French (KioskRoutes: the app's header and banners
 * are hidden while `data-kiosk` is on, so only the main area shows). Its ids have a prefix of
 * their own: the home's markup is in the same page.
 */
export function renderKioskStart(): string {
  return renderToStaticMarkup(
    <StorageProvider loader={new StorageLoader(() => new Promise(() => undefined))}>
      <PreferencesProvider initialReadingMode={BOOT_DEFAULTS[READING_MODE_KEY]} initialLang={BOOT_DEFAULTS[LANG_KEY]} initialPack={null}>
        <main>
          <div className="kiosk">
            <KioskI18n mode="falc">
              <AttractScreen onStart={ignore} onStaff={ignore} paused={false} />
            </KioskI18n>
          </div>
        </main>
      </PreferencesProvider>
    </StorageProvider>,
    { identifierPrefix: 'kiosk-start-' },
  );
}
