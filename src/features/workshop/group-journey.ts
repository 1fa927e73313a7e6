import { answerQuestion, chooseParcours, startJourney, viewJourney, UNKNOWN, type Answers, type ParcoursId, type Plan } from '../../../machines';
import { planOf } from '../../../machines/plans';

/**
 * A participant's plan from the few answers the facilitator typed: the journey API is walked
 * to the end, each question taking the answer given, else « je ne sais pas »; at the
 * orientation, the parcours chosen for the person or else the one recommended.
 */
export function planFromAnswers(preset: Answers, parcours?: ParcoursId): { plan: Plan; parcours: ParcoursId } {
  let journey = startJourney();
  for (let guard = 0; guard < 80; guard++) {
    const view = viewJourney(journey);
    if (view.phase === 'done') return { plan: planOf(view), parcours: view.parcours };
    if (view.phase === 'orientation') {
      journey = chooseParcours(journey, parcours ?? view.recommended);
      continue;
    }
    // The group form refuses ages under 16 (no plan is made then); reaching it is a fault.
    if (view.phase === 'under16') throw new Error('No plan under 16');
    const { question } = view;
    const given = preset[question.id];
    const fallback = question.allowUnknown ? UNKNOWN : question.kind === 'multi' ? [question.options[0]?.value ?? UNKNOWN] : (question.options[0]?.value ?? UNKNOWN);
    journey = answerQuestion(journey, question.id, given ?? fallback);
  }
  throw new Error('The journey does not end');
}
