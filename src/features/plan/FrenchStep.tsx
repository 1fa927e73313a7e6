import '../../messages/fr/plan-screens';
import type { Translator } from '../../messages/i18n';
import type { StepText } from './plan-text';
import { StepFacts } from './StepFacts';

/**
 * The French half of a bilingual plan: the same step, in French, for the professional who
 * receives the resident. Marked `lang="fr" dir="ltr"` so an Arabic page still lays it out left
 * to right and a screen reader reads it with a French voice.
 */
export function FrenchStep(props: { step: StepText; fr: Translator; n: number }) {
  const { step, fr } = props;
  return (
    <div className="plan-step__french" lang="fr" dir="ltr">
      <p className="plan-step__french-title">{fr('plan.inFrench')}</p>
      <p>
        <strong>
          {fr('plan.stepNumber', { n: props.n })} — {step.title}
        </strong>
      </p>
      {step.text && <p>{step.text}</p>}
      <StepFacts t={fr} step={step} compact />
    </div>
  );
}
