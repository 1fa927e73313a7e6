import '../messages/fr/screens';
import MediatorRoutes from '../features/caseload/MediatorRoutes';
import { GuidedPathRoute } from './guided-path-route';

/** Read ahead by the home screen when idle: the list then shows in the click's first frame. */
export { warmCaseload as warm } from '../features/caseload/caseload-cache';

// The list opens first and fast; the wizard and the plan load with a file (or ahead, when idle).
export default function Mediator(props: { path: string }) {
  return <MediatorRoutes path={props.path} GuidedPath={GuidedPathRoute} />;
}
