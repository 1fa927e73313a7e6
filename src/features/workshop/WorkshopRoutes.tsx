import { useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { PARCOURS_IDS, type ParcoursId } from '../../../machines';
import { TranslatorProvider, useT, type MessageKey } from '../../messages/i18n';
import type { ReadingMode } from '../../messages/format';
import { hrefTo, matchPath, navigate } from '../../lib/router';
import { useFocusHeading } from '../../lib/use-focus-heading';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Pictogram } from '../../components/Pictogram';
import { DRAWINGS, PARCOURS_PICTOGRAMS } from '../../components/pictograms';
import { batch, useBatch } from './batch-store';
import { WorkshopViewContext, useWorkshopView } from './context';
import { WorkshopPortsProvider, type WorkshopPorts } from './ports';
import { JourneyScreen } from './JourneyScreen';
import { CompareScreen } from './CompareScreen';
import { OrientationScreen } from './OrientationScreen';
import { HandoutsScreen } from './HandoutsScreen';
import { BatchScreen } from './BatchScreen';
import { NotesWindow } from './NotesWindow';
import { Road } from './Road';
import { parcoursName } from './StageDetails';
import { useShapes } from './use-outlines';
import './workshop.css';

const isWorkshopHash = (hash: string) => hash === '#/atelier' || hash.startsWith('#/atelier/');

/**
 * Leaving the workshop forgets the group's plans, so it asks first. A link elsewhere (the app's
 * home link, Back) is caught here: the address goes back to the workshop and the question is
 * asked; closing or reloading the tab gets the browser's own warning.
 */
const leaving = (() => {
  let pending: string | null = null;
  const listeners = new Set<() => void>();
  const emit = () => listeners.forEach((l) => l());
  if (typeof window !== 'undefined') {
    // The router's own replacements dispatch a bare `hashchange` (no old/new URL): track the
    // address here.
    let current = window.location.hash;
    window.addEventListener('hashchange', () => {
      const from = current;
      const to = window.location.hash;
      current = to;
      if (batch.list().length === 0 || isWorkshopHash(to) || !isWorkshopHash(from)) return;
      pending = to || '#/';
      current = from;
      navigate(from.slice(1), { replace: true });
      emit();
    });
    window.addEventListener('beforeunload', (e) => {
      if (batch.list().length > 0) e.preventDefault();
    });
  }
  return {
    pending: () => pending,
    ask(to: string) {
      pending = to;
      emit();
    },
    cancel() {
      pending = null;
      emit();
    },
    confirm() {
      const to = pending ?? '#/';
      pending = null;
      batch.forget();
      emit();
      navigate(to.replace(/^#/, '') || '/');
    },
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
})();

function LeaveDialog() {
  const { t } = useWorkshopView();
  const pending = useSyncExternalStore(leaving.subscribe, leaving.pending, leaving.pending);
  const count = useBatch().length;
  return (
    <ConfirmDialog
      open={pending !== null}
      title={t('workshop.batch.forget.title')}
      confirmLabel={t('workshop.batch.forget.confirm')}
      cancelLabel={t('workshop.batch.forget.cancel')}
      danger
      onConfirm={leaving.confirm}
      onCancel={leaving.cancel}
    >
      <p>{t('workshop.batch.forget.text', { count })}</p>
    </ConfirmDialog>
  );
}

function useFullscreen(target: () => HTMLElement | null) {
  const subscribe = (onChange: () => void) => {
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  };
  const active = useSyncExternalStore(subscribe, () => document.fullscreenElement !== null, () => false);
  const [failed, setFailed] = useState(false);
  const toggle = () => {
    setFailed(false);
    if (document.fullscreenElement) {
      void document.exitFullscreen();
      return;
    }
    const element = target();
    if (!element || typeof element.requestFullscreen !== 'function' || !document.fullscreenEnabled) {
      setFailed(true);
      return;
    }
    element.requestFullscreen().catch(() => setFailed(true));
  };
  return { active, failed, toggle };
}

/** The facilitator's controls, on every workshop screen. */
function PresenterBar(props: {
  wording: ReadingMode;
  onWording(mode: ReadingMode): void;
  contrast: boolean;
  onContrast(on: boolean): void;
  fullscreen: ReturnType<typeof useFullscreen>;
}) {
  const { t } = useWorkshopView();
  const count = useBatch().length;
  const [blocked, setBlocked] = useState(false);
  const openNotes = () => {
    const opened = window.open(hrefTo('/atelier/notes'), 'passerelle-notes', 'popup,width=720,height=820');
    setBlocked(opened === null);
  };
  const leave = () => (count > 0 ? leaving.ask('#/') : navigate('/'));
  return (
    <div className="ws-bar no-print" role="group" aria-label={t('workshop.bar')}>
      <a className="button button--secondary" href={hrefTo('/atelier')}>
        {t('workshop.nav')}
      </a>
      <button type="button" className="button button--secondary" onClick={props.fullscreen.toggle}>
        {t(props.fullscreen.active ? 'workshop.fullscreen.exit' : 'workshop.fullscreen.enter')}
      </button>
      <button type="button" className="toggle" aria-pressed={props.contrast} onClick={() => props.onContrast(!props.contrast)}>
        <span className="toggle__track" aria-hidden="true" />
        {t('workshop.contrast')}
      </button>
      <button type="button" className="toggle" aria-pressed={props.wording === 'falc'} onClick={() => props.onWording(props.wording === 'falc' ? 'std' : 'falc')}>
        <span className="toggle__track" aria-hidden="true" />
        {t('workshop.falc')}
      </button>
      <button type="button" className="button button--secondary" onClick={openNotes}>
        {t('workshop.notes.open')}
      </button>
      <button type="button" className="button button--secondary" onClick={leave}>
        {t('workshop.leave')}
      </button>
      <p className="ws-bar__notice" role="status">
        {props.fullscreen.failed ? t('workshop.fullscreen.unavailable') : blocked ? t('workshop.notes.blocked') : ''}
      </p>
    </div>
  );
}

function WorkshopHome() {
  const { t } = useWorkshopView();
  const heading = useFocusHeading();
  const outlines = useShapes();
  const tools: Array<{ path: string; label: MessageKey; picto: string }> = [
    { path: '/atelier/comparer', label: 'workshop.compare.link', picto: 'search' },
    { path: '/atelier/orientation', label: 'workshop.orientation.link', picto: 'question' },
    { path: '/atelier/fiches', label: 'workshop.handouts.link', picto: 'papers' },
    { path: '/atelier/groupe', label: 'workshop.batch.link', picto: 'mediator' },
  ];
  return (
    <section className="ws-home" aria-labelledby="ws-home-title">
      <h1 id="ws-home-title" ref={heading} tabIndex={-1}>
        {t('workshop.title')}
      </h1>
      <p className="lead">{t('workshop.intro')}</p>
      <h2>{t('workshop.journeys')}</h2>
      <ul className="ws-home__journeys">
        {outlines.map((o) => (
          <li key={o.parcours} className="ws-card" data-parcours={o.parcours}>
            <h3>
              <Pictogram drawings={DRAWINGS} id={PARCOURS_PICTOGRAMS[o.parcours] ?? 'workshop'} label={parcoursName(t, o.parcours)} decorative size={40} />
              {parcoursName(t, o.parcours)}
            </h3>
            <Road t={t} stages={o.stages} label={t('workshop.road', { count: o.stages.length })} />
            <a className="button" href={hrefTo(`/atelier/${o.parcours}`)}>
              {t('workshop.present', { name: parcoursName(t, o.parcours) })}
            </a>
          </li>
        ))}
      </ul>
      <h2>{t('workshop.tools')}</h2>
      <ul className="mode-list">
        {tools.map((tool) => (
          <li key={tool.path}>
            <a className="mode-card" href={hrefTo(tool.path)}>
              <Pictogram drawings={DRAWINGS} id={tool.picto} label={t(tool.label)} decorative size={48} />
              <span className="mode-card__title">{t(tool.label)}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Screen(props: { path: string }): ReactNode {
  const sub = matchPath('/atelier/:screen', props.path)?.screen;
  const parcours = PARCOURS_IDS.find((p) => p === sub);
  if (parcours) return <JourneyScreen key={parcours} parcours={parcours as ParcoursId} />;
  if (sub === 'comparer') return <CompareScreen />;
  if (sub === 'orientation') return <OrientationScreen />;
  if (sub === 'fiches') return <HandoutsScreen />;
  if (sub === 'groupe') return <BatchScreen />;
  return <WorkshopHome />;
}

/**
 * « Animer un atelier »: the projector screens, the facilitator's notes window, the hand-outs
 * and the group's plans. The wording is easy-read by default (the group reads from afar);
 * the large-type, high-contrast theme and full screen are for the projector.
 */
export default function WorkshopRoutes(props: { path: string; ports: WorkshopPorts }) {
  const base = useT();
  const [wording, setWording] = useState<ReadingMode>('falc');
  const [contrast, setContrast] = useState(true);
  const root = useRef<HTMLDivElement>(null);
  const fullscreen = useFullscreen(() => root.current);
  const view = useMemo(() => ({ t: base.inMode(wording) }), [base, wording]);
  if (props.path === '/atelier/notes') {
    return (
      <WorkshopPortsProvider ports={props.ports}>
        <div className="ws ws--contrast">
          <NotesWindow />
        </div>
      </WorkshopPortsProvider>
    );
  }
  return (
    <WorkshopPortsProvider ports={props.ports}>
      <WorkshopViewContext.Provider value={view}>
        <TranslatorProvider t={view.t}>
          <div ref={root} className={contrast ? 'ws ws--contrast' : 'ws'} lang={base.lang}>
            <PresenterBar wording={wording} onWording={setWording} contrast={contrast} onContrast={setContrast} fullscreen={fullscreen} />
            <Screen path={props.path} />
            <LeaveDialog />
          </div>
        </TranslatorProvider>
      </WorkshopViewContext.Provider>
    </WorkshopPortsProvider>
  );
}
