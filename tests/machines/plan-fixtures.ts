/**
 * Plans made by walking the journey API with varied answers (a seeded random walk), for the
 * tests that need many real plans: every question kind, « je ne sais pas », every parcours
 * chosen on the orientation screen, and walks that tick every box (the longest plans).
 */
import { territory } from '../../data/territory';
import { PARCOURS_IDS, answerQuestion, chooseParcours, startJourney, viewJourney, type AnswerValue, type Plan, type QuestionView } from '../../machines';
import { planOf } from '../../machines/plans';

export const TODAY = '2026-11-25';

/** mulberry32: small, seeded, good enough to vary answers reproducibly. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function answerFor(q: QuestionView, rnd: () => number, greedy: boolean): AnswerValue {
  const values = q.options.map((o) => o.value);
  if (q.allowUnknown && rnd() < 0.12) return 'nsp';
  if (q.kind === 'number') {
    // plans start at 16 (under 16 the journey ends on its own screen)
    const min = Math.max(q.min ?? 16, 16);
    const max = q.max ?? 70;
    return min + Math.floor(rnd() * (Math.min(max, 70) - min + 1));
  }
  if (q.kind === 'single') return values[Math.floor(rnd() * values.length)]!;
  if (q.kind === 'commune') {
    const communes = territory.communes.filter((c) => c.dep === q.departement);
    return communes[Math.floor(rnd() * communes.length)]!.code;
  }
  const exclusive = new Set(q.exclusive ?? []);
  const open = values.filter((v) => !exclusive.has(v));
  if (greedy) return open.length > 0 ? open : values.slice(0, 1);
  const picked = open.filter(() => rnd() < 0.4);
  if (picked.length > 0) return picked;
  return exclusive.size > 0 ? [...exclusive].slice(0, 1) : values.slice(0, 1);
}

export interface GeneratedPlan {
  plan: Plan;
  departement?: string;
  seed: number;
}

export function planFromSeed(seed: number, greedy = false): GeneratedPlan {
  const rnd = random(seed);
  let j = startJourney();
  for (let i = 0; i < 80; i++) {
    const view = viewJourney(j, { today: TODAY });
    if (view.phase === 'done') {
      const dep = j.answers.departement;
      return { plan: planOf(view), seed, ...(typeof dep === 'string' ? { departement: dep } : {}) };
    }
    if (view.phase === 'under16') throw new Error(`seed ${seed}: under 16`);
    if (view.phase === 'orientation') {
      const choice = rnd() < 0.5 ? view.recommended : PARCOURS_IDS[Math.floor(rnd() * PARCOURS_IDS.length)]!;
      j = chooseParcours(j, choice);
    } else {
      j = answerQuestion(j, view.question.id, answerFor(view.question, rnd, greedy));
    }
  }
  throw new Error(`seed ${seed}: no plan after 80 answers`);
}

export function generatePlans(count: number): GeneratedPlan[] {
  const plans: GeneratedPlan[] = [];
  for (let seed = 1; seed <= count; seed++) plans.push(planFromSeed(seed, seed % 3 === 0));
  return plans;
}
