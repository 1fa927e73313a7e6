import { Suspense, useEffect, useState, type ReactNode } from 'react';
import { useT } from './messages/i18n';
import { hrefTo, usePath } from './lib/router';
import { usePreferences } from './lib/preferences';
import { StorageBanner } from './components/StorageBanner';
import { ErrorBoundary } from './components/ErrorBoundary';
import { HomeScreen } from './features/home/HomeScreen';
import { ComingSoon } from './app/ComingSoon';
import { preloadable } from './lib/lazy-route';
import { GuidedPathRoute } from './app/guided-path-route';
import { ROUTE_MODULES, routeModuleOf } from './app/routes';
import { whenIdle } from './lib/idle';
import { useStorageLoader } from './lib/storage-context';

// Each mode is its own chunk (./app/routes.ts); the modules in app/ compose the features (a
// feature never imports another one).
const MediatorRoutes = preloadable(ROUTE_MODULES.mediator);
const KioskRoutes = preloadable(ROUTE_MODULES.kiosk);
const SharedPlanView = preloadable(ROUTE_MODULES.share);
const WorkshopRoutes = preloadable(ROUTE_MODULES.workshop);
const DirectoryScreen = preloadable(ROUTE_MODULES.directory);
const TrainingImportScreen = preloadable(ROUTE_MODULES.trainings);

/**
 * For main.tsx, when the app starts on a kiosk: its code, loaded before the first render, which
 * then draws the kiosk's start screen at once (the one written into the built page).
 */
export function preloadKiosk() {
  return KioskRoutes.preload();
}

/** The payload of a plan's address (`/p/<payload>`), as the route below reads it. */
export function sharedPayload(path: string): string {
  return path.slice(3);
}

/**
 * For main.tsx, when the app starts on a plan's address: its code, loaded before the first
 * render, which then draws the plan at once instead of a loading message.
 */
export function preloadSharedPlan() {
  return SharedPlanView.preload();
}

/**
 * Once the first screen is up and the page idle, the storage and the two modes a person picks
 * most (the caseload, the kiosk) are fetched, so that the click on them waits for no download
 * (issue 15). A finger, a pointer or the keyboard on one of the modes starts it at once if the
 * page was not idle yet: a tap's click comes 50 to 150 ms after the finger touches the screen.
 * The mark lets the benchmark tell the first screen's JavaScript from this.
 */
let preloadStarted = false;

const INTENT_EVENTS = ['pointerdown', 'pointerover', 'focusin'] as const;

function usePreloadWhenIdle(onHome: boolean) {
  const storage = useStorageLoader();
  useEffect(() => {
    // Only from the home screen: a plan opened from its QR code, on the resident's phone, has
    // no use for the caseload or the kiosk.
    if (!onHome || preloadStarted) return;
    const onIntent = (event: Event) => {
      if (event.target instanceof Element && event.target.closest('.mode-card')) start();
    };
    const stopListening = () => {
      for (const type of INTENT_EVENTS) document.removeEventListener(type, onIntent, true);
    };
    const start = () => {
      stopListening();
      if (preloadStarted) return;
      preloadStarted = true;
      performance.mark('passerelle:preload');
      // In turn, each when the page is idle again, so that a click in between waits for as
      // little as possible: the caseload (and its list), then the kiosk, then the wizard.
      void Promise.all([storage.load(), MediatorRoutes.preload()])
        .then(([repository, mediator]) => mediator.warm(repository))
        .then(() => new Promise<void>((next) => whenIdle(next)))
        .then(() => KioskRoutes.preload())
        .then(() => new Promise<void>((next) => whenIdle(next)))
        .then(() => GuidedPathRoute.preload())
        .catch(() => undefined);
    };
    for (const type of INTENT_EVENTS) document.addEventListener(type, onIntent, true);
    whenIdle(start);
    return stopListening;
  }, [storage, onHome]);
}

function Route(props: { path: string }): ReactNode {
  const { path } = props;
  if (path === '/') return <HomeScreen />;
  // The address book and the training sessions go back to where staff opened them from.
  const staffBack = path.startsWith('/borne') ? '/borne' : '/accompagner/reglages';
  switch (routeModuleOf(path)) {
    case 'share':
      return <SharedPlanView payload={sharedPayload(path)} />;
    case 'directory':
      return <DirectoryScreen back={staffBack} />;
    case 'trainings':
      return <TrainingImportScreen back={staffBack} />;
    case 'mediator':
      return <MediatorRoutes path={path} />;
    case 'workshop':
      return <WorkshopRoutes path={path} />;
    case 'kiosk':
      return <KioskRoutes path={path} />;
    default:
      return <ComingSoon title="notFound.title" />;
  }
}

/** True once `on` has held for `delay` ms: a wait that short needs no message. */
function useLasting(on: boolean, delay: number): boolean {
  const [lasted, setLasted] = useState(false);
  useEffect(() => {
    setLasted(false);
    if (!on) return;
    const timer = setTimeout(() => setLasted(true), delay);
    return () => clearTimeout(timer);
  }, [on, delay]);
  return on && lasted;
}

export function App(props: { updatePrompt?: ReactNode }) {
  const t = useT();
  const { path, changing } = usePath();
  // The screen on display stays while the next one is made ready (src/lib/router.ts); past
  // half a second (a first visit on a slow network), the person is told it is coming.
  const slow = useLasting(changing, 500);
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
        {slow && (
          <p role="status" className="notice">
            {t('status.loading')}
          </p>
        )}
        <ErrorBoundary>
          <Suspense fallback={<p role="status">{t('status.loading')}</p>}>
            <Route path={path} />
          </Suspense>
        </ErrorBoundary>
      </main>
    </>
  );
}
