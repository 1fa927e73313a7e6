import { useEffect } from 'react';
import type { GuidedPathProps, PlanViewProps } from '../lib/guided-path';
import { Wizard } from '../features/wizard/Wizard';
import { preloadable } from '../lib/lazy-route';

// The plan screen (the plan's text, print layout, QR code and its payload) is a chunk of its
// own, fetched while the person answers the first question, so the first question does not
// wait for it (issue 15).
const PlanScreen = preloadable(() => import('../features/plan/PlanScreen').then((m) => ({ default: m.JourneyPlanScreen })));

/** The wizard ending on the plan screen: the two features meet here, not in each other. */
export function GuidedPath(props: GuidedPathProps) {
  const { planHeader, planProgress, onPlanProgress, ...wizard } = props;
  useEffect(() => {
    const later = setTimeout(() => void PlanScreen.preload().catch(() => undefined), 500);
    return () => clearTimeout(later);
  }, []);
  return (
    <Wizard
      {...wizard}
      renderPlan={(plan) => <PlanScreen {...plan} variant={props.variant} header={planHeader} progress={planProgress} onProgress={onPlanProgress} />}
    />
  );
}

export default GuidedPath;
