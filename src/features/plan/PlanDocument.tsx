import '../../messages/fr/plan-screens';
import { useMemo, type ReactNode } from 'react';
import { useFrenchT, useT } from '../../messages/i18n';
import type { Plan } from '../../../machines';
import { parcoursLabelKey } from '../../lib/labels';
import { describeNextActions, describeStep, formatDate, type StepText } from './plan-text';
import { JourneyMap } from './JourneyMap';
import { FrenchStep } from './FrenchStep';
import { StepFacts } from './StepFacts';
import { NextSessions } from './NextSessions';
import { Pictogram } from '../../components/Pictogram';
import { DRAWINGS, FREIN_PICTOGRAMS, SCHEME_PICTOGRAMS, STAGE_PICTOGRAMS } from '../../components/pictograms';
import './plan.css';

/** What the printed header says: never a name unless the person agreed (`name` is then set). */
export interface PrintHeader {
  name?: string;
  structureName?: string;
  /** ISO date printed; default: the plan's date */
  date?: string;
}

function StepBody(props: { n: number; step: StepText; repeats: Set<string>; departement?: string; sessionsOf?: string; appointment?: string; done?: boolean; extras?: ReactNode; french?: ReactNode; readPart?: number; pictogram?: string }) {
  const t = useT();
  const { step, n } = props;
  const headingId = `plan-step-${step.id}`;
  return (
    <li className="plan-step" aria-labelledby={headingId} data-stage={step.stageId}>
      <div className="plan-step__head">
        <span className="plan-step__tick print-only" aria-hidden="true">
          {props.done ? '☑' : '☐'}
        </span>
        {props.pictogram && <Pictogram drawings={DRAWINGS} id={props.pictogram} label={step.title} decorative size={40} className="plan-step__picto" />}
        <h3 id={headingId} data-read-part={props.readPart}>
          <span className="plan-step__number">{t('plan.stepNumber', { n })}</span> {step.title}
        </h3>
      </div>
      <p className="plan-step__stage">{t('plan.stage', { stage: step.stage })}</p>
      {step.text && <p className={step.short !== step.text ? 'plan-step__text no-print' : 'plan-step__text'}>{step.text}</p>}
      {step.short && step.short !== step.text && <p className="plan-step__text print-only">{step.short}</p>}
      <StepFacts t={t} step={step} repeats={props.repeats} departement={props.departement} />
      {props.sessionsOf && <NextSessions titreId={props.sessionsOf} />}
      <p className="plan-step__appointment print-only">
        {t('print.appointment')} <span className="plan-step__line">{props.appointment ? formatDate(t, props.appointment) : ''}</span>
      </p>
      {props.french}
      {props.extras}
    </li>
  );
}

/** A step's picture: its frein or scheme when it has one, else its stage. */
function stepPictogram(step: Plan['steps'][number] | undefined): string | undefined {
  if (!step) return undefined;
  if (step.what.frein && FREIN_PICTOGRAMS[step.what.frein]) return FREIN_PICTOGRAMS[step.what.frein];
  if (step.what.scheme && SCHEME_PICTOGRAMS[step.what.scheme]) return SCHEME_PICTOGRAMS[step.what.scheme];
  return STAGE_PICTOGRAMS[step.stage];
}

/**
 * The plan itself, as the screen, the paper and the phone show it: the printed header, « Mes 3
 * prochaines actions », the journey drawn, the QR code, then every step with a box to tick and a
 * line for the appointment on paper. `stepExtras` adds controls under a step (screen only).
 */
export function PlanDocument(props: {
  plan: Plan;
  departement?: string;
  header?: PrintHeader;
  qr?: ReactNode;
  stepExtras?: (stepId: string) => ReactNode;
  /** Each step also in French, for the professional (when the interface is in another language). */
  bilingual?: boolean;
}) {
  const t = useT();
  const frT = useFrenchT();
  const bilingual = props.bilingual === true && t.lang !== 'fr';
  const { plan, header } = props;
  const steps = useMemo(() => plan.steps.map((s) => describeStep(t, s, { departement: props.departement })), [plan, t, props.departement]);
  /** For each step, the contacts already listed by an earlier step. */
  const repeats = useMemo(() => {
    const seen = new Set<string>();
    return steps.map((step) => {
      const here = new Set(step.who.map((c) => c.name).filter((name) => seen.has(name)));
      step.who.forEach((c) => seen.add(c.name));
      return here;
    });
  }, [steps]);
  /** The first step naming each titre lists its next sessions (from an LHÉO import). */
  const sessionSteps = useMemo(() => {
    const seen = new Set<string>();
    const at = new Map<number, string>();
    plan.steps.forEach((s, i) => {
      if (s.what.titre && !seen.has(s.what.titre)) at.set(i, s.what.titre);
      if (s.what.titre) seen.add(s.what.titre);
    });
    return at;
  }, [plan]);
  // « Mes 3 prochaines actions » are always in easy-read words, whatever the reading mode.
  const next = useMemo(() => describeNextActions(t.inMode('falc'), plan), [plan, t]);
  const frenchSteps = useMemo(
    () => (bilingual ? plan.steps.map((s) => describeStep(frT, s, { departement: props.departement })) : []),
    [bilingual, plan, frT, props.departement],
  );
  const frenchNext = useMemo(() => (bilingual ? describeNextActions(frT.inMode('falc'), plan) : []), [bilingual, plan, frT]);
  return (
    <div className="plan-document">
      <div className="plan-print-header print-only">
        <p className="plan-print-header__brand">{t('app.name')}</p>
        <p className="plan-print-header__title">{t('plan.title')}</p>
        <p>{t('print.header.date', { date: formatDate(t, header?.date ?? plan.createdOn) })}</p>
        {header?.structureName && <p>{t('print.header.structure', { structure: header.structureName })}</p>}
        {header?.name && <p className="plan-print-header__name">{t('print.header.for', { name: header.name })}</p>}
      </div>
      <p className="plan__meta">
        {t('plan.parcours', { name: t(parcoursLabelKey(plan.parcours)) })}
        {/* on paper the header already gives the date */}
        <span className="no-print"> · {t('plan.createdOn', { date: formatDate(t, plan.createdOn) })}</span>
      </p>
      <div className="plan__top">
        <section className="plan__next" aria-labelledby="plan-next-title">
          <h2 id="plan-next-title" data-read-part={1}>
            {t('plan.next.title')}
          </h2>
          <ol>
            {next.map((text, i) => (
              <li key={i} data-read-part={2 + i}>
                {text}
                {bilingual && frenchNext[i] && (
                  <span className="plan__next-french" lang="fr" dir="ltr">
                    {frenchNext[i]}
                  </span>
                )}
              </li>
            ))}
          </ol>
        </section>
        {props.qr && (
          <section className="plan-qr" aria-labelledby="plan-qr-title">
            <h2 id="plan-qr-title">{t('qr.title')}</h2>
            {props.qr}
            <p className="plan-qr__text">{t('qr.text')}</p>
          </section>
        )}
      </div>
      <JourneyMap plan={plan} />
      <section aria-labelledby="plan-steps-title">
        <h2 id="plan-steps-title">{t('plan.steps.title')}</h2>
        <ol className="plan__steps">
          {steps.map((step, i) => (
            <StepBody
              key={step.id}
              readPart={2 + next.length + i}
              pictogram={stepPictogram(plan.steps[i])}
              n={i + 1}
              step={step}
              repeats={repeats[i] ?? new Set()}
              departement={props.departement}
              sessionsOf={sessionSteps.get(i)}
              appointment={plan.steps[i]?.date}
              done={plan.steps[i]?.status === 'fait'}
              extras={props.stepExtras?.(step.id)}
              french={bilingual && frenchSteps[i] ? <FrenchStep step={frenchSteps[i]} fr={frT} n={i + 1} /> : undefined}
            />
          ))}
        </ol>
      </section>
      <p className="plan__footer print-only">{t('print.footer')}</p>
    </div>
  );
}
