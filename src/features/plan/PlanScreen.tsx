import { useMemo } from 'react';
import { useT } from '../../messages/i18n';
import { StepFrame } from '../../components/StepFrame';
import type { Plan } from '../../../machines';
import { parcoursLabelKey } from '../wizard/labels';
import { describeNextActions, describeStep, formatDate, type StepText } from './plan-text';

export type StepStatus = 'a-faire' | 'en-cours' | 'fait';
export type PlanProgress = Record<string, { status: StepStatus; appointment?: string }>;

const STATUSES: StepStatus[] = ['a-faire', 'en-cours', 'fait'];

function StepCard(props: {
  n: number;
  step: StepText;
  progress?: { status: StepStatus; appointment?: string };
  onProgress?: (value: { status: StepStatus; appointment?: string }) => void;
}) {
  const t = useT();
  const { step, n } = props;
  const status = props.progress?.status ?? 'a-faire';
  const headingId = `plan-step-${step.id}`;
  return (
    <li className="plan-step" aria-labelledby={headingId}>
      <h3 id={headingId}>
        <span className="plan-step__number">{t('plan.stepNumber', { n })}</span> {step.title}
      </h3>
      <p className="plan-step__stage">{t('plan.stage', { stage: step.stage })}</p>
      {step.text && <p>{step.text}</p>}
      <dl className="plan-step__facts">
        {step.why.length > 0 && (
          <div>
            <dt>{t('plan.why')}</dt>
            <dd>
              <ul>{step.why.map((w) => <li key={w}>{w}</li>)}</ul>
            </dd>
          </div>
        )}
        {step.who.length > 0 && (
          <div>
            <dt>{t('plan.who')}</dt>
            <dd>
              <ul>
                {step.who.map((c) => (
                  <li key={c.name}>
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
                ))}
              </ul>
            </dd>
          </div>
        )}
        {step.duration && (
          <div>
            <dt>{t('plan.howLong')}</dt>
            <dd>{step.duration}</dd>
          </div>
        )}
        {step.pay && (
          <div>
            <dt>{t('plan.pay')}</dt>
            <dd>{step.pay}</dd>
          </div>
        )}
        {step.bring.length > 0 && (
          <div>
            <dt>{t('plan.bring')}</dt>
            <dd>
              <ul>{step.bring.map((b) => <li key={b}>{b}</li>)}</ul>
            </dd>
          </div>
        )}
        {step.alternatives.length > 0 && (
          <div>
            <dt>{t('plan.alternatives')}</dt>
            <dd>{step.alternatives.join(' · ')}</dd>
          </div>
        )}
      </dl>
      {props.onProgress ? (
        <div className="plan-step__progress no-print">
          <fieldset className="plan-step__status">
            <legend>{t('plan.status')}</legend>
            {STATUSES.map((s) => (
              <label key={s} className="choice">
                <input
                  type="radio"
                  name={`status-${step.id}`}
                  value={s}
                  checked={status === s}
                  onChange={() => props.onProgress?.({ ...props.progress, status: s })}
                />
                {t(`plan.status.${s}`)}
              </label>
            ))}
          </fieldset>
          <div className="field">
            <label htmlFor={`appointment-${step.id}`}>{t('plan.appointment')}</label>
            <input
              id={`appointment-${step.id}`}
              type="date"
              value={props.progress?.appointment ?? ''}
              onChange={(e) => props.onProgress?.({ status, appointment: e.target.value || undefined })}
            />
          </div>
        </div>
      ) : null}
    </li>
  );
}

/** The plan on screen: the three next actions first, then every step with its why, who, how
 * long, pay or cost and what to bring. */
export function PlanScreen(props: {
  plan: Plan;
  variant: 'mediator' | 'kiosk';
  departement?: string;
  header?: { nickname?: string; structureName?: string };
  back?: { label: string; onClick(): void };
  progress?: PlanProgress;
  onProgress?: (progress: PlanProgress) => void;
}) {
  const t = useT();
  const { plan } = props;
  const steps = useMemo(() => plan.steps.map((s) => describeStep(t, s, { departement: props.departement })), [plan, t, props.departement]);
  const next = useMemo(() => describeNextActions(t, plan), [plan, t]);
  const title = t('plan.title');
  const onProgress = props.onProgress;
  return (
    <StepFrame
      stepKey="plan"
      screen="plan"
      title={title}
      readAloud={[title, t('plan.next.title'), ...next, ...steps.map((s) => s.title)]}
      back={props.back}
    >
      <p className="plan__meta">
        {t('plan.parcours', { name: t(parcoursLabelKey(plan.parcours)) })} · {t('plan.createdOn', { date: formatDate(plan.createdOn) })}
      </p>
      <section className="plan__next" aria-labelledby="plan-next-title">
        <h2 id="plan-next-title">{t('plan.next.title')}</h2>
        <ol>
          {next.map((text, i) => (
            <li key={i}>{text}</li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="plan-steps-title">
        <h2 id="plan-steps-title">{t('plan.steps.title')}</h2>
        <ol className="plan__steps">
          {steps.map((step, i) => (
            <StepCard
              key={step.id}
              n={i + 1}
              step={step}
              progress={props.progress?.[step.id]}
              onProgress={onProgress && ((value) => onProgress({ ...props.progress, [step.id]: value }))}
            />
          ))}
        </ol>
      </section>
    </StepFrame>
  );
}
