import '../messages/fr/screens';
import SharedPlanView, { decodeSharedAhead } from '../features/share/SharedPlanView';
import { PlanDocument } from '../features/plan/PlanDocument';

/** When the app starts on a plan's address (main.tsx): the code is decoded before the first render. */
export function warm(payload: string): Promise<void> {
  return decodeSharedAhead(payload);
}

export default function Share(props: { payload: string }) {
  return <SharedPlanView payload={props.payload} PlanDocument={PlanDocument} />;
}
