import { useFocusHeading } from '../../lib/use-focus-heading';
import { Pictogram } from '../../components/Pictogram';
import { DRAWINGS, PARCOURS_PICTOGRAMS } from '../../components/pictograms';
import { useWorkshopView } from './context';
import { Road } from './Road';
import { StageDetails, parcoursName } from './StageDetails';
import { useOutlines } from './use-outlines';

const NEXT_STEP_LINES = 4;

/**
 * The blank hand-outs: one A4 sheet per parcours (its road and its stages, no name), and
 * « Mes prochaines étapes » to fill in by hand. What is on screen is what prints.
 */
export function HandoutsScreen() {
  const { t } = useWorkshopView();
  const heading = useFocusHeading();
  const { outlines } = useOutlines();
  return (
    <section className="ws-handouts" aria-labelledby="ws-handouts-title">
      <div className="no-print">
        <h1 id="ws-handouts-title" ref={heading} tabIndex={-1}>
          {t('workshop.handouts.title')}
        </h1>
        <p className="lead">{t('workshop.handouts.intro')}</p>
        <div className="actions">
          <button type="button" className="button" onClick={() => window.print()}>
            {t('workshop.handouts.print')}
          </button>
        </div>
      </div>
      {outlines.map((outline) => (
        <article key={outline.parcours} className="ws-sheet ws-handout" aria-labelledby={`ws-handout-${outline.parcours}`} data-parcours={outline.parcours}>
          <h2 id={`ws-handout-${outline.parcours}`} className="ws-sheet__title">
            <Pictogram drawings={DRAWINGS} id={PARCOURS_PICTOGRAMS[outline.parcours] ?? 'workshop'} label={parcoursName(t, outline.parcours)} decorative size={40} />
            {t('workshop.handout.title', { name: parcoursName(t, outline.parcours) })}
          </h2>
          <p>{t.dynamic(`parcours.${outline.parcours}.summary`)}</p>
          <Road t={t} stages={outline.stages} label={t('workshop.road', { count: outline.stages.length })} />
          <ol className="ws-handout__stages">
            {outline.stages.map((stage, i) => (
              <li key={stage.stage}>
                <StageDetails t={t} stage={stage} heading="h3" places={false} number={i + 1} headingId={`ws-handout-${outline.parcours}-${stage.stage}`} />
              </li>
            ))}
          </ol>
          <div className="ws-handout__notes">
            <h3>{t('workshop.handout.notes')}</h3>
            <div className="ws-lines" aria-hidden="true" />
          </div>
        </article>
      ))}
      <article className="ws-sheet ws-next-steps" aria-labelledby="ws-next-steps-title">
        <h2 id="ws-next-steps-title" className="ws-sheet__title">
          {t('workshop.nextSteps.title')}
        </h2>
        <p>{t('workshop.nextSteps.intro')}</p>
        <p className="ws-fill">
          {t('workshop.nextSteps.parcours')} <span className="ws-fill__line" aria-hidden="true" />
        </p>
        <table className="ws-next-steps__table">
          <thead>
            <tr>
              <th scope="col">{t('workshop.compare.stage')}</th>
              <th scope="col">{t('workshop.nextSteps.what')}</th>
              <th scope="col">{t('workshop.nextSteps.who')}</th>
              <th scope="col">{t('workshop.nextSteps.when')}</th>
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: NEXT_STEP_LINES }, (_, i) => (
              <tr key={i}>
                <th scope="row">
                  <span className="ws-tick" aria-hidden="true">
                    ☐
                  </span>{' '}
                  {t('workshop.nextSteps.step', { n: i + 1 })}
                </th>
                <td />
                <td />
                <td />
              </tr>
            ))}
          </tbody>
        </table>
        <h3>{t('workshop.nextSteps.questions')}</h3>
        <div className="ws-lines" aria-hidden="true" />
      </article>
    </section>
  );
}
