import type { GuidedPathProps } from '../lib/guided-path';
import { Wizard } from '../features/wizard/Wizard';
import { PlanScreen } from '../features/plan/PlanScreen';

/** The wizard ending on the plan screen: the two features meet here, not in each other. */
export function GuidedPath(props: GuidedPathProps) {
  const { planHeader, planProgress, onPlanProgress, ...wizard } = props;
  return (
    <Wizard
      {...wizard}
      renderPlan={(plan) => <PlanScreen {...plan} variant={props.variant} header={planHeader} progress={planProgress} onProgress={onPlanProgress} />}
    />
  );
}

export default GuidedPath;
