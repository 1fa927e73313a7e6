import type { Plan } from '../../../machines';
import type { PlanProgress } from '../../lib/guided-path';

/** The plan with the resident's own progress (status, appointment) folded into its steps: what
 * is printed and what the QR code carries. */
export function withProgress(plan: Plan, progress: PlanProgress | undefined): Plan {
  if (!progress) return plan;
  return {
    ...plan,
    steps: plan.steps.map((s) => {
      const p = progress[s.id];
      if (!p) return s;
      const { date: _date, ...rest } = s;
      return { ...rest, status: p.status, ...(p.appointment ? { date: p.appointment } : s.date ? { date: s.date } : {}) };
    }),
  };
}
