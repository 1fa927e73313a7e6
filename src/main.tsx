// First: starts reading the start-up settings while the modules below are evaluated.
import { bootSettings } from './boot-read';
import './lib/zod-config';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { StorageLoader, StorageProvider } from './lib/storage-context';
import { retrying } from './lib/lazy-route';
import { PreferencesProvider } from './lib/preferences';
import { BOOT_DEFAULTS, KIOSK_ACTIVE_KEY, LANG_KEY, READING_MODE_KEY } from './lib/setting-keys';
import { kioskStartShown, leaveKioskStart, mirrorBootSettings } from './lib/first-screen';
import { isLang, loadLanguage, preferredLanguage, type Lang } from './messages/languages';
import type { ReadingMode } from './messages/format';
import { UpdatePrompt } from './components/UpdatePrompt';
import { App, preloadKiosk, preloadSharedPlan, sharedPayload } from './App';
import { currentPath } from './lib/paths';
import { purgeExpiredFiles } from './features/caseload/retention';
import { startupReport } from './features/caseload/startup-report';
import { resumeKiosk } from './features/kiosk/kiosk-lock';
import './styles.css';
// The kiosk's start screen is also in the built page, painted before any script runs: its
// styles are in the page's one stylesheet, imported here only (in the order they used to load).
import './components/read-aloud.css';
import './features/kiosk/kiosk.css';

/** A plan opened from its QR code (#/p/…) on somebody's phone reads and writes nothing there:
 * it runs on memory only, and leaving it reloads the app with the device's storage. */
function isSharedPlan(): boolean {
  return window.location.hash.startsWith('#/p/');
}

/** The storage, opened by the first screen that needs it (or when the home screen is idle). */
function storageLoader(shared: boolean): StorageLoader {
  if (shared) {
    return new StorageLoader(async () => {
      const [{ ResilientRepository }, { MemoryRepository }] = await retrying(() => Promise.all([import('./db/storage'), import('./db/memory-repository')]));
      return new ResilientRepository(new MemoryRepository(), 'ok');
    });
  }
  return new StorageLoader(async () => {
    const { openStorage } = await retrying(() => import('./db/open'));
    const repository = await openStorage();
    // Retention (CNIL): files untouched for too long are deleted before any screen can list them.
    startupReport.purged = await purgeExpiredFiles(repository, new Date()).catch(() => null);
    return repository;
  });
}

async function start() {
  const shared = isSharedPlan();
  if (shared) {
    window.addEventListener('hashchange', () => {
      if (!isSharedPlan()) window.location.reload();
    });
  }
  const boot = await bootSettings;
  // The built-in home screen's gate reads these at the next start (a QR plan reads nothing of the device).
  if (!shared) mirrorBootSettings(boot);
  const loader = storageLoader(shared);
  const readingMode: ReadingMode = boot[READING_MODE_KEY] === 'falc' ? 'falc' : BOOT_DEFAULTS[READING_MODE_KEY];
  const saved = boot[LANG_KEY];
  // Staff devices start in French. A plan opened from its QR code (#/p/…) is on the resident's
  // own phone: there, follow the phone's language if Passerelle speaks it.
  const onResidentPhone = /^#\/p(\/|$)/.test(window.location.hash);
  const lang: Lang = isLang(saved) ? saved : onResidentPhone ? preferredLanguage(navigator.languages) : BOOT_DEFAULTS[LANG_KEY];
  // A saved language is loaded before the first render; a chunk that fails offline falls back to French.
  const packLoaded = loadLanguage(lang).catch(() => null);
  if (shared) {
    leaveKioskStart();
    // The plan's code and the decoding of its address come before the first render, which then
    // draws the plan itself. Should either fail, the app renders anyway and the view says so.
    await preloadSharedPlan()
      .then((share) => share.warm(sharedPayload(currentPath())))
      .catch(() => undefined);
  } else if (boot[KIOSK_ACTIVE_KEY] === true) {
    // A kiosk reloaded (or restarted) on any address comes back to its start screen. When the
    // built page shows that screen already, the first render waits for the kiosk's code, storage
    // and configuration, so that it draws the same screen instead of a loading message. Should
    // any of them fail, the app renders anyway and says so.
    resumeKiosk();
    if (kioskStartShown()) {
      await Promise.all([loader.load(), preloadKiosk()])
        .then(([repository, kiosk]) => kiosk.warm(repository))
        .catch(() => undefined);
    }
  } else {
    leaveKioskStart();
  }
  const pack = await packLoaded;
  const root = document.getElementById('root');
  if (!root) throw new Error('#root is missing from index.html');
  createRoot(root, {
    // React recovers from an error thrown during a concurrent render by rendering again; the
    // error it reports (#520 in production) hides the one that was thrown: report that one.
    onRecoverableError: (error) => reportError(error instanceof Error && error.cause !== undefined ? error.cause : error),
  }).render(
    <StrictMode>
      <StorageProvider loader={loader}>
        <PreferencesProvider initialReadingMode={readingMode} initialLang={pack || lang === 'fr' ? lang : 'fr'} initialPack={pack}>
          <App updatePrompt={<UpdatePrompt />} />
        </PreferencesProvider>
      </StorageProvider>
    </StrictMode>,
  );
}

void start();
