import '../messages/fr/screens';
import SharedPlanView from '../features/share/SharedPlanView';
import { PlanDocument } from '../features/plan/PlanDocument';

export default function Share(props: { payload: string }) {
  return <SharedPlanView payload={props.payload} PlanDocument={PlanDocument} />;
}
