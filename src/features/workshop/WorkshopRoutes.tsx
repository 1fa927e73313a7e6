import { useMemo, useState } from 'react';
import { useT } from '../../messages/i18n';
import { hrefTo, matchPath, navigate } from '../../lib/router';
import { useFocusHeading } from '../../lib/use-focus-heading';
import { parcoursDefs } from '../../../data';
import { startJourney, type ParcoursId } from '../../../machines';
import { parcoursLabelKey } from '../../lib/labels';
import { INITIAL_UI, type GuidedPathComponent, type PlanViewComponent, type WizardState } from '../../lib/guided-path';
import { viewOf } from '../../lib/journey-view';
import { exampleJourney } from './example';
import './workshop.css';

function ParcoursList() {
  const t = useT();
  const heading = useFocusHeading();
  return (
    <section className="workshop" aria-labelledby="workshop-title">
      <h1 id="workshop-title" ref={heading} tabIndex={-1}>
        {t('workshop.title')}
      </h1>
      <p className="lead">{t('workshop.intro')}</p>
      <h2>{t('workshop.choose')}</h2>
      <ol className="workshop__list">
        {parcoursDefs.map((p) => (
          <li key={p.id} className="workshop__card">
            <h3>{t(parcoursLabelKey(p.id))}</h3>
            <p>{t.dynamic(`parcours.${p.id}.summary`) ?? p.easyRead}</p>
            <p className="workshop__stages">
              <span className="visually-hidden">{t('workshop.stages')} : </span>
              {p.stages.map((s) => t.dynamic(`stage.${s}`) ?? s).join(' → ')}
            </p>
            <a className="button" href={hrefTo(`/atelier/${p.id}`)} aria-label={t('workshop.see', { name: t(parcoursLabelKey(p.id)) })}>
              {t('workshop.see', { name: t(parcoursLabelKey(p.id)) })}
            </a>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** A typical plan for one parcours, and the option to walk it with the group's own answers,
 * in memory only. */
function ParcoursExample(props: { parcours: ParcoursId } & Slots) {
  const { GuidedPath, PlanView } = props;
  const t = useT();
  const example = useMemo(() => viewOf(exampleJourney(props.parcours)), [props.parcours]);
  const [trial, setTrial] = useState<WizardState | null>(null);
  const back = { label: t('workshop.back'), onClick: () => navigate('/atelier') };
  if (trial) {
    return (
      <div className="workshop">
        <GuidedPath state={trial} onChange={setTrial} variant="mediator" onExit={() => setTrial(null)} exitLabel={t('workshop.back')} />
      </div>
    );
  }
  if (example.phase !== 'done') return null;
  return (
    <div className="workshop">
      <p className="notice">{t('workshop.example.intro')}</p>
      <div className="actions no-print">
        <button type="button" className="button button--secondary" onClick={() => setTrial({ journey: startJourney(), ui: INITIAL_UI })}>
          {t('workshop.try')}
        </button>
      </div>
      <PlanView plan={example.plan} variant="mediator" back={back} />
    </div>
  );
}

/** The wizard and the plan screen, handed in by the app level. */
interface Slots {
  GuidedPath: GuidedPathComponent;
  PlanView: PlanViewComponent;
}

export default function WorkshopRoutes(props: { path: string } & Slots) {
  const match = matchPath('/atelier/:parcours', props.path);
  const parcours = parcoursDefs.find((p) => p.id === match?.parcours)?.id;
  if (parcours) return <ParcoursExample key={parcours} parcours={parcours} GuidedPath={props.GuidedPath} PlanView={props.PlanView} />;
  return <ParcoursList />;
}
