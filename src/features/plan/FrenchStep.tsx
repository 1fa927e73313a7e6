import type { Translator } from '../../messages/i18n';
import type { StepText } from './plan-text';

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
      <dl className="plan-step__facts">
        {step.why.length > 0 && (
          <div>
            <dt>{fr('plan.why')}</dt>
            <dd>{step.why.join(' ')}</dd>
          </div>
        )}
        {step.who.length > 0 && (
          <div>
            <dt>{fr('plan.who')}</dt>
            <dd>{step.who.map((c) => c.name).join(' · ')}</dd>
          </div>
        )}
        {step.duration && (
          <div>
            <dt>{fr('plan.howLong')}</dt>
            <dd>{step.duration}</dd>
          </div>
        )}
        {step.pay && (
          <div>
            <dt>{fr('plan.pay')}</dt>
            <dd>{step.pay}</dd>
          </div>
        )}
        {step.bring.length > 0 && (
          <div>
            <dt>{fr('plan.bring')}</dt>
            <dd>{step.bring.join(' · ')}</dd>
          </div>
        )}
      </dl>
    </div>
  );
}
