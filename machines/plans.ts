/**
 * The plan's side of the statecharts (docs/architecture.md): what src/ needs to build, read and
 * name a plan. It is apart from machines/index.ts because it carries the plan builder and the
 * schemes and structures of the catalogue (data/plan-data.ts), which a question does not need:
 * the wizard's chunk does not load them (issue 15, tests/architecture.test.ts).
 */
import { buildPlan, type BuildPlanInput, type Plan } from './plan';
import type { JourneyView } from './journey';

export type DoneView = Extract<JourneyView, { phase: 'done' }>;

const plans = new WeakMap<BuildPlanInput, Plan>();

/** The plan of a finished journey (its view's `planInput`), built once per view. */
export const planOf = (view: Pick<DoneView, 'planInput'>): Plan => {
  let plan = plans.get(view.planInput);
  if (!plan) {
    plan = buildPlan(view.planInput);
    plans.set(view.planInput, plan);
  }
  return plan;
};

export { PlanSchema, PlanStepSchema, PLAN_VERSION, stepKey, paySourceIds, type BuildPlanInput } from './plan';
export { catalogueName, catalogueParams, getScheme, getTitre, getStructureType, type CatalogueRef } from './catalogue';
