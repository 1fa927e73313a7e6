import { useEffect } from 'react';
import type { GuidedPathProps, PlanViewProps } from '../lib/guided-path';
import { Wizard } from '../features/wizard/Wizard';
import { preloadable } from '../lib/lazy-route';
import { whenIdle } from '../lib/idle';

// The plan screen (the plan's text, print layout, QR code and its payload, the schemes and
// structures) is a chunk of its own, fetched while the person answers the first question, so
// the first question does not wait for it (issue 15). Fetching it also runs it (about 60 ms
// with the CPU slowed 4×): it waits until the page is idle, so as not to land inside a step.
const PlanScreen = preloadable(() => import('../features/plan/PlanScreen').then((m) => ({ default: m.JourneyPlanScreen })));

/** The wizard ending on the plan screen: the two features meet here, not in each other. */
export function GuidedPath(props: GuidedPathProps) {
  const { planHeader, planProgress, onPlanProgress, ...wizard } = props;
  useEffect(() => {
    let left = false;
    const later = setTimeout(
      () =>
        whenIdle(() => {
          if (!left) void PlanScreen.preload().catch(() => undefined);
        }),
      500,
    );
    return () => {
      left = true;
      clearTimeout(later);
    };
  }, []);
  return (
    <Wizard
      {...wizard}
      renderPlan={(plan) => <PlanScreen {...plan} variant={props.variant} header={planHeader} progress={planProgress} onProgress={onPlanProgress} />}
    />
  );
}

export default GuidedPath;
