import WorkshopRoutes from '../features/workshop/WorkshopRoutes';
import { PlanScreen } from '../features/plan/PlanScreen';
import { GuidedPath } from './GuidedPath';

export default function Workshop(props: { path: string }) {
  return <WorkshopRoutes path={props.path} GuidedPath={GuidedPath} PlanView={PlanScreen} />;
}
