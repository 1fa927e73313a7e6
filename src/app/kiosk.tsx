import '../messages/fr/screens';
import { useEffect } from 'react';
import KioskRoutes from '../features/kiosk/KioskRoutes';
import { GuidedPathRoute } from './guided-path-route';
import type { ResilientRepository } from '../db';
import { loadKioskConfigAhead } from '../features/kiosk/kiosk-settings';

/** When the app starts on a kiosk (main.tsx): its configuration is read before the first render. */
export function warm(repository: ResilientRepository): Promise<void> {
  return loadKioskConfigAhead(repository.settings);
}

export default function Kiosk(props: { path: string }) {
  // The start screen shows first; the questions are fetched behind it, before anyone touches it.
  useEffect(() => void GuidedPathRoute.preload().catch(() => undefined), []);
  return <KioskRoutes path={props.path} GuidedPath={GuidedPathRoute} />;
}
