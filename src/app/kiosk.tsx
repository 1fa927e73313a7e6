import '../messages/fr/screens';
import { useEffect } from 'react';
import KioskRoutes from '../features/kiosk/KioskRoutes';
import { GuidedPathRoute } from './guided-path-route';

export default function Kiosk(props: { path: string }) {
  // The start screen shows first; the questions are fetched behind it, before anyone touches it.
  useEffect(() => void GuidedPathRoute.preload().catch(() => undefined), []);
  return <KioskRoutes path={props.path} GuidedPath={GuidedPathRoute} />;
}
