import '../messages/fr/screens';
import KioskRoutes from '../features/kiosk/KioskRoutes';
import { GuidedPath } from './GuidedPath';

export default function Kiosk(props: { path: string }) {
  return <KioskRoutes path={props.path} GuidedPath={GuidedPath} />;
}
