// First: src/early.ts may load this module before main.tsx has run, and zod must be told
// not to compile its parsers (the Content-Security-Policy forbids it) before any schema exists.
import '../lib/zod-config';
import '../messages/fr/screens';
import SharedPlanView from '../features/share/SharedPlanView';
import { PlanDocument } from '../features/plan/PlanDocument';

export default function Share(props: { payload: string }) {
  return <SharedPlanView payload={props.payload} PlanDocument={PlanDocument} />;
}
