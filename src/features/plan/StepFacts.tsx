import type { ReactNode } from 'react';
import type { Translator } from '../../messages/i18n';
import type { Contact, StepText } from './plan-text';

function ContactLine(props: { t: Translator; contact: Contact; repeat: boolean }) {
  const { t, contact: c } = props;
  // On paper, a structure's addresses are printed the first time only: the plan stays short.
  return (
    <li className={props.repeat ? 'contact contact--repeat' : 'contact'}>
      <strong>{c.name}</strong>
      {c.local.map((l) => (
        <span key={l.name} className="plan-step__local">
          {' '}
          — {l.name}
          {l.details && ` : ${l.details}`}
        </span>
      ))}
      {c.local.length === 0 && c.sites.length > 0 && <span> — {t('plan.knownSites', { sites: c.sites.join(' ; ') })}</span>}
      {c.local.length === 0 && c.finderUrl && <span className="plan-step__finder"> — {t('plan.findNearest', { url: c.finderUrl })}</span>}
    </li>
  );
}

/**
 * A step's facts (why, who, how long, pay, what to bring, alternatives) in the words of `t`.
 * In full for the step itself; `compact` for its French half in a bilingual plan, which the
 * professional reads beside it: one line per fact, contacts by name, no alternatives.
 */
export function StepFacts(props: { t: Translator; step: StepText; compact?: boolean; repeats?: Set<string> }) {
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
                <ContactLine key={c.name} t={t} contact={c} repeat={props.repeats?.has(c.name) ?? false} />
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
