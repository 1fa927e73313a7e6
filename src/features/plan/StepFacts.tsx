import '../../messages/fr/plan-screens';
import type { ReactNode } from 'react';
import type { Translator } from '../../messages/i18n';
import { ContactDetails } from '../../components/ContactDetails';
import type { Contact, StepText } from './plan-text';

function ContactLine(props: { t: Translator; contact: Contact; repeat: boolean; departement?: string }) {
  const { t, contact: c } = props;
  // On paper, a structure's addresses are printed the first time only: the plan stays short.
  return (
    <li className={props.repeat ? 'contact contact--repeat' : 'contact'}>
      <strong>{c.name}</strong>
      <ContactDetails t={t} typeId={c.typeId} departement={props.departement} />
    </li>
  );
}

/**
 * A step's facts (why, who, how long, pay, what to bring, alternatives) in the words of `t`.
 * In full for the step itself; `compact` for its French half in a bilingual plan, which the
 * professional reads beside it: one line per fact, contacts by name, no alternatives.
 * Where to go is chosen by the ContactChooser around the plan (address book, catalogue, QR).
 */
export function StepFacts(props: { t: Translator; step: StepText; compact?: boolean; repeats?: Set<string>; departement?: string }) {
  const { t, step, compact = false } = props;
  const fact = (label: string, value: ReactNode) => (
    <div>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
  return (
    <dl className="plan-step__facts">
      {step.why.length > 0 && fact(t('plan.why'), compact ? step.why.join(' ') : <ul>{step.why.map((w) => <li key={w}>{w}</li>)}</ul>)}
      {step.who.length > 0 &&
        fact(
          t('plan.who'),
          compact ? (
            step.who.map((c) => c.name).join(' · ')
          ) : (
            <ul>
              {step.who.map((c) => (
                <ContactLine key={c.name} t={t} contact={c} repeat={props.repeats?.has(c.name) ?? false} departement={props.departement} />
              ))}
            </ul>
          ),
        )}
      {step.duration && fact(t('plan.howLong'), step.duration)}
      {step.pay && fact(t('plan.pay'), step.pay)}
      {step.bring.length > 0 && fact(t('plan.bring'), step.bring.join(' · '))}
      {!compact && step.alternatives.length > 0 && fact(t('plan.alternatives'), step.alternatives.join(' · '))}
    </dl>
  );
}
