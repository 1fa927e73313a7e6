import './lib/zod-config';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { MemoryRepository, openStorage, ResilientRepository } from './db';
import { StorageProvider } from './lib/storage-context';
import { LANG_KEY, PreferencesProvider, READING_MODE_KEY } from './lib/preferences';
import { isLang, loadLanguage, preferredLanguage, type Lang } from './messages/languages';
import type { ReadingMode } from './messages/format';
import { UpdatePrompt } from './components/UpdatePrompt';
import { App } from './App';
import { purgeExpiredFiles } from './features/caseload/retention';
import { startupReport } from './features/caseload/startup-report';
import { resumeKioskIfActive } from './features/kiosk/kiosk-lock';
import './styles.css';

/** A plan opened from its QR code (#/p/…) on somebody's phone reads and writes nothing there:
 * it runs on memory only, and leaving it reloads the app with the device's storage. */
function isSharedPlan(): boolean {
  return window.location.hash.startsWith('#/p/');
}

async function start() {
  const shared = isSharedPlan();
  const repository = shared ? new ResilientRepository(new MemoryRepository(), 'ok') : await openStorage();
  if (shared) {
    window.addEventListener('hashchange', () => {
      if (!isSharedPlan()) window.location.reload();
    });
  } else {
    // Retention (CNIL): files untouched for too long are deleted before anything is shown.
    startupReport.purged = await purgeExpiredFiles(repository, new Date()).catch(() => null);
    // A kiosk reloaded (or restarted) on any address comes back to its start screen.
    await resumeKioskIfActive(repository.settings);
  }
  const storedMode = await repository.settings.get<unknown>(READING_MODE_KEY);
  const readingMode: ReadingMode = storedMode === 'falc' ? 'falc' : 'std';
  const saved = await repository.settings.get<Lang>(LANG_KEY);
  // Staff devices start in French. A plan opened from its QR code (#/p/…) is on the resident's
  // own phone: there, follow the phone's language if Passerelle speaks it.
  const onResidentPhone = /^#\/p(\/|$)/.test(window.location.hash);
  const lang: Lang = isLang(saved) ? saved : onResidentPhone ? preferredLanguage(navigator.languages) : 'fr';
  // A saved language is loaded before the first render; a chunk that fails offline falls back to French.
  const pack = await loadLanguage(lang).catch(() => null);
  const root = document.getElementById('root');
  if (!root) throw new Error('#root is missing from index.html');
  createRoot(root).render(
    <StrictMode>
      <StorageProvider repository={repository}>
        <PreferencesProvider initialReadingMode={readingMode} initialLang={pack || lang === 'fr' ? lang : 'fr'} initialPack={pack}>
          <App updatePrompt={<UpdatePrompt />} />
        </PreferencesProvider>
      </StorageProvider>
    </StrictMode>,
  );
}

void start();
