import '../messages/fr/screens';
import { lazy } from 'react';
import MediatorRoutes from '../features/caseload/MediatorRoutes';

// The list opens first and fast; the wizard and the plan load with a file.
const GuidedPath = lazy(() => import('./GuidedPath'));

export default function Mediator(props: { path: string }) {
  return <MediatorRoutes path={props.path} GuidedPath={GuidedPath} />;
}
