import { ComingSoon } from '../ComingSoon';

export default function MediatorRoutes(_props: { path: string }) {
  return <ComingSoon title="mediator.title" />;
}
