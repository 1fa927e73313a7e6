import type { ShapeStage } from '../../../machines/outline';
import type { Translator } from '../../messages/i18n';
import { Pictogram } from '../../components/Pictogram';
import { DRAWINGS } from '../../components/pictograms';
import { stageBadges, stageName, stagePicto } from './StageDetails';

/**
 * The journey drawn as a road of numbered stations, one pictogram per stage, in the parcours'
 * own order, each with its badges (« En premier », « Seulement si besoin »). On the projector
 * each station is a button that shows its stage; on paper (`onGoto` absent) it is plain.
 */
export function Road(props: { t: Translator; stages: ShapeStage[]; current?: number; onGoto?: (index: number) => void; label: string }) {
  const { t, stages, current, onGoto } = props;
  return (
    <nav className="ws-road" aria-label={props.label}>
      <ol className="ws-road__list">
        {stages.map((stage, i) => {
          const name = stageName(t, stage.stage);
          const isCurrent = current === i;
          const content = (
            <>
              <span className="ws-road__disc">
                <Pictogram drawings={DRAWINGS} id={stagePicto(stage.stage)} label={name} decorative size={48} />
              </span>
              <span className="ws-road__name">
                <span className="ws-road__n">{i + 1}.</span> {name}
              </span>
              {stageBadges(t, stage).map((b) => (
                <span key={b} className="ws-badge ws-badge--small">
                  {b}
                </span>
              ))}
            </>
          );
          return (
            <li key={stage.stage} className={isCurrent ? 'ws-road__station is-current' : 'ws-road__station'} data-stage={stage.stage}>
              {onGoto ? (
                <button type="button" className="ws-road__button" aria-current={isCurrent ? 'step' : undefined} onClick={() => onGoto(i)}>
                  {content}
                </button>
              ) : (
                <div className="ws-road__button">{content}</div>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
