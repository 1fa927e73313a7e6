import { Suspense, useEffect, type ReactNode } from 'react';
import { useT } from './messages/i18n';
import { hrefTo, matchPath, usePath } from './lib/router';
import { usePreferences } from './lib/preferences';
import { StorageBanner } from './components/StorageBanner';
import { ErrorBoundary } from './components/ErrorBoundary';
import { HomeScreen } from './features/home/HomeScreen';
import { ComingSoon } from './app/ComingSoon';
import { preloadable } from './lib/lazy-route';
import { GuidedPathRoute } from './app/guided-path-route';
import { warmDateFormats } from './lib/dates';
import { useStorageLoader } from './lib/storage-context';

// Each mode is its own chunk: the kiosk's first screen does not pay for the caseload or the PDF.
// The modules in app/ compose the features (a feature never imports another one).
const MediatorRoutes = preloadable(() => import('./app/mediator'));
const KioskRoutes = preloadable(() => import('./app/kiosk'));
// The plan opened from its QR code: read-only, decoded from the fragment (never sent anywhere).
const SharedPlanView = preloadable(() => import('./app/share'));
// The workshop is composed with the plan pieces it prints at the app level (src/app/workshop.tsx).
const WorkshopRoutes = preloadable(() => import('./app/workshop'));
// Staff: the structure's address book, from the mediator's settings or the kiosk's staff screen.
const DirectoryScreen = preloadable(() => import('./app/directory'));
const TrainingImportScreen = preloadable(() => import('./app/trainings'));

const whenIdle: (run: () => void) => void =
  typeof requestIdleCallback === 'function' ? (run) => requestIdleCallback(run, { timeout: 2000 }) : (run) => setTimeout(run, 300);

/**
 * Once the first screen is up and the page idle, the storage and the two modes a person picks
 * most (the caseload, the kiosk) are fetched, so that the click on them waits for no download
 * (issue 15). The mark lets the benchmark tell the first screen's JavaScript from this.
 */
let preloadStarted = false;

function usePreloadWhenIdle(onHome: boolean) {
  const storage = useStorageLoader();
  useEffect(() => {
    // Only from the home screen: a plan opened from its QR code, on the resident's phone, has
    // no use for the caseload or the kiosk.
    if (!onHome || preloadStarted) return;
    preloadStarted = true;
    whenIdle(() => {
      performance.mark('passerelle:preload');
      warmDateFormats();
      // In turn, each when the page is idle again, so that a click in between waits for as
      // little as possible: the caseload (and its list), then the kiosk, then the wizard.
      void Promise.all([storage.load(), MediatorRoutes.preload()])
        .then(([repository, mediator]) => mediator.warm(repository))
        .then(() => new Promise<void>((next) => whenIdle(next)))
        .then(() => KioskRoutes.preload())
        .then(() => new Promise<void>((next) => whenIdle(next)))
        .then(() => GuidedPathRoute.preload())
        .catch(() => undefined);
    });
  }, [storage, onHome]);
}

function Route(props: { path: string }): ReactNode {
  const { path } = props;
  if (path === '/') return <HomeScreen />;
  if (path === '/p' || path.startsWith('/p/')) return <SharedPlanView payload={path.slice(3)} />;
  if (path === '/accompagner/annuaire') return <DirectoryScreen back="/accompagner/reglages" />;
  if (path === '/borne/annuaire') return <DirectoryScreen back="/borne" />;
  if (path === '/accompagner/formations') return <TrainingImportScreen back="/accompagner/reglages" />;
  if (path === '/borne/formations') return <TrainingImportScreen back="/borne" />;
  if (path === '/accompagner' || matchPath('/accompagner/:id', path)) return <MediatorRoutes path={path} />;
  if (path === '/atelier' || matchPath('/atelier/:parcours', path)) return <WorkshopRoutes path={path} />;
  if (path === '/borne') return <KioskRoutes path={path} />;
  return <ComingSoon title="notFound.title" />;
}

export function App(props: { updatePrompt?: ReactNode }) {
  const t = useT();
  const path = usePath();
  const { readingMode, setReadingMode } = usePreferences();
  usePreloadWhenIdle(path === '/');
  return (
    <>
      <a className="skip-link" href="#main" onClick={(e) => { e.preventDefault(); document.getElementById('main')?.focus(); }}>
        {t('nav.skip')}
      </a>
      <header className="app-header">
        <a className="app-header__brand" href={hrefTo('/')}>
          {t('app.name')}
        </a>
        {/* The workshop has its own wording switch, easy-read by default (its presenter bar). */}
        {!path.startsWith('/atelier') && (
          <button
            type="button"
            className="toggle"
            aria-pressed={readingMode === 'falc'}
            onClick={() => void setReadingMode(readingMode === 'falc' ? 'std' : 'falc')}
          >
            <span className="toggle__track" aria-hidden="true" />
            {t('settings.readingMode')}
          </button>
        )}
      </header>
      <div className="banners">
        <StorageBanner />
        {props.updatePrompt}
      </div>
      <main id="main" tabIndex={-1}>
        <ErrorBoundary>
          <Suspense fallback={<p role="status">{t('status.loading')}</p>}>
            <Route path={path} />
          </Suspense>
        </ErrorBoundary>
      </main>
    </>
  );
}
