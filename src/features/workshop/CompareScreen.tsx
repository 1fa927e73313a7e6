import { useFocusHeading } from '../../lib/use-focus-heading';
import { Pictogram } from '../../components/Pictogram';
import { DRAWINGS } from '../../components/pictograms';
import { useWorkshopView } from './context';
import { StageDetails, parcoursName, stageName, stagePicto } from './StageDetails';
import { useOutlines } from './use-outlines';

/**
 * The four parcours side by side: one row per stage, one column per parcours, and on each row
 * what differs between them (computed by `compareOutlines` from the machines' outlines).
 */
export function CompareScreen() {
  const { t } = useWorkshopView();
  const heading = useFocusHeading();
  const { outlines, comparison } = useOutlines();
  return (
    <section className="ws-compare" aria-labelledby="ws-compare-title">
      <h1 id="ws-compare-title" ref={heading} tabIndex={-1}>
        {t('workshop.compare.title')}
      </h1>
      <p className="lead">{t('workshop.compare.intro')}</p>
      <div className="ws-compare__scroll">
        <table className="ws-compare__table">
          <thead>
            <tr>
              <th scope="col">{t('workshop.compare.stage')}</th>
              {outlines.map((o) => (
                <th scope="col" key={o.parcours} data-parcours={o.parcours}>
                  {parcoursName(t, o.parcours)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {comparison.map((row) => {
              const differs = row.differences.length > 0;
              return (
                <tr key={row.stage} data-stage={row.stage} className={differs ? 'ws-compare__row--differs' : undefined}>
                  <th scope="row">
                    <Pictogram drawings={DRAWINGS} id={stagePicto(row.stage)} label={stageName(t, row.stage)} decorative size={40} />
                    <span className="ws-compare__stage">{stageName(t, row.stage)}</span>
                    <span className={differs ? 'ws-badge ws-badge--differs' : 'ws-badge ws-badge--same'} data-differences={row.differences.join(' ')}>
                      {differs
                        ? t('workshop.compare.differs', { what: row.differences.map((d) => t(`workshop.diff.${d}`)).join(', ') })
                        : t('workshop.compare.same')}
                    </span>
                  </th>
                  {outlines.map((o) => {
                    const stage = o.stages.find((s) => s.stage === row.stage);
                    return (
                      <td key={o.parcours} data-parcours={o.parcours}>
                        {stage ? <StageDetails t={t} stage={stage} heading="none" brief /> : t('workshop.compare.none')}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
