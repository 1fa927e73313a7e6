import { lazy, useEffect } from 'react';
import { matchPath } from '../../lib/router';
import { afterPaint } from '../../lib/after-paint';
import { useRepository } from '../../lib/storage-context';
import { startSync, stopSync } from '../../sync';
import type { GuidedPathComponent } from '../../lib/guided-path';
import { CaseloadScreen } from './CaseloadScreen';
import { loadRefresh } from './sync-refresh';

// The list opens first and fast; the wizard (statecharts, catalogue, zod) loads with a file.
const NewFileScreen = lazy(() => import('./NewFileScreen').then((m) => ({ default: m.NewFileScreen })));
const ResidentScreen = lazy(() => import('./ResidentScreen').then((m) => ({ default: m.ResidentScreen })));
const SettingsScreen = lazy(() => import('./SettingsScreen').then((m) => ({ default: m.SettingsScreen })));

/** The mediator's screens: the list of files, a new file, one resident's file, the settings. */
export default function MediatorRoutes(props: { path: string; GuidedPath: GuidedPathComponent }) {
  const { path } = props;
  const repository = useRepository();
  // Sync runs while the mediator's screens are open, never under the kiosk or the workshop.
  // It starts once the first screen is painted: reading its settings need not hold up the list.
  useEffect(() => {
    let open = true;
    void afterPaint().then(() => {
      if (open) void startSync(repository, loadRefresh);
    });
    return () => {
      open = false;
      void stopSync();
    };
  }, [repository]);
  if (path === '/accompagner/nouveau') return <NewFileScreen />;
  if (path === '/accompagner/reglages') return <SettingsScreen />;
  const file = matchPath('/accompagner/:id', path);
  if (file?.id) return <ResidentScreen key={file.id} id={file.id} GuidedPath={props.GuidedPath} />;
  return <CaseloadScreen />;
}
