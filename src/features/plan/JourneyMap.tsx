import '../../messages/fr/plan-screens';
import { useId } from 'react';
import { useT } from '../../messages/i18n';
import { languageInfo } from '../../messages/languages';
import type { Plan, StageId } from '../../../machines';
import { DRAWINGS, STAGE_PICTOGRAMS } from '../../components/pictograms';

export type StageState = 'done' | 'current' | 'todo';

/** The stages of the plan in order, each with its state: the first stage with a step not yet
 * done is where the person is now. */
export function journeyStages(plan: Plan): { stage: StageId; state: StageState }[] {
  const stages: StageId[] = [];
  for (const s of plan.steps) if (!stages.includes(s.stage)) stages.push(s.stage);
  const firstOpen = plan.steps.find((s) => s.status !== 'fait');
  const currentIndex = firstOpen ? stages.indexOf(firstOpen.stage) : stages.length;
  return stages.map((stage, i) => ({ stage, state: i < currentIndex ? 'done' : i === currentIndex ? 'current' : 'todo' }));
}

const W = 720;
const H = 170;
/** Average width of a character of the 14 px label, for wrapping it within its stage. */
const LABEL_CHAR_WIDTH = 7;

/**
 * A stage name on at most two lines that fit the width of its stage, so a long one
 * (« Obtenir le titre professionnel ») does not run over the next pictogram.
 */
export function labelLines(text: string, maxChars: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  if (text.length <= maxChars || words.length < 2) return [text];
  // the break that makes the longer of the two lines shortest
  let best = 1;
  let bestWidth = Infinity;
  for (let i = 1; i < words.length; i++) {
    const width = Math.max(words.slice(0, i).join(' ').length, words.slice(i).join(' ').length);
    if (width < bestWidth) {
      bestWidth = width;
      best = i;
    }
  }
  return [words.slice(0, best).join(' '), words.slice(best).join(' ')];
}

/**
 * The journey drawn as a road through one pictogram per stage, in the spirit of a graphic
 * facilitator's poster: what is done is ticked, and a flag says « Vous êtes ici ».
 * Each pictogram is an image with its own text alternative; the whole has a summary label.
 */
export function JourneyMap(props: { plan: Plan }) {
  const t = useT();
  const titleId = useId();
  const descId = useId();
  const stages = journeyStages(props.plan);
  const n = stages.length;
  const step = W / n;
  // Right to left (Arabic): the road starts on the right, as the reading does.
  const rtl = languageInfo(t.lang).dir === 'rtl';
  const mx = (x: number) => (rtl ? W - x : x);
  const points = stages.map((_, i) => ({ x: mx(step * i + step / 2), y: i % 2 === 0 ? 78 : 102 }));
  /** The first and last stages sit at the edges (which edge depends on the direction). */
  const edgeOf = (i: number): 'left' | 'right' | null =>
    n < 2 || (i !== 0 && i !== n - 1) ? null : (i === 0) !== rtl ? 'left' : 'right';
  const road = points.reduce((d, p, i) => {
    if (i === 0) return `M${mx(0)} ${p.y} L${p.x} ${p.y}`;
    const prev = points[i - 1]!;
    const mid = (prev.x + p.x) / 2;
    return `${d} C${mid} ${prev.y} ${mid} ${p.y} ${p.x} ${p.y}`;
  }, '') + (points.length ? ` L${mx(W)} ${points[points.length - 1]!.y}` : '');
  const stageName = (id: string) => t.dynamic(`stage.${id}`) ?? id;
  const current = stages.find((s) => s.state === 'current');
  const summary = current
    ? t('map.label', { count: n, current: stageName(current.stage) })
    : t('map.labelDone', { count: n });
  return (
    <figure className="journey-map">
      <figcaption id={titleId} className="journey-map__title">
        {t('map.title')}
      </figcaption>
      <p id={descId} className="visually-hidden">
        {summary}
      </p>
      <svg viewBox={`0 0 ${W} ${H}`} direction="ltr" role="group" aria-labelledby={titleId} aria-describedby={descId} className="journey-map__svg">
        <path d={road} className="journey-map__road" />
        <path d={road} className="journey-map__road-line" />
        {stages.map(({ stage, state }, i) => {
          const { x, y } = points[i]!;
          const label = t(`map.stage.${state}`, { stage: stageName(stage) });
          return (
            <g key={stage} role="img" aria-label={label} className={`journey-map__stage journey-map__stage--${state}`}>
              <title>{label}</title>
              <circle cx={x} cy={y} r="30" className="journey-map__disc" />
              <g transform={`translate(${x - 19} ${y - 19}) scale(0.6)`} className="journey-map__picto">
                {DRAWINGS[STAGE_PICTOGRAMS[stage] ?? 'stage-profil'] ?? null}
              </g>
              {state === 'done' && <path d={`M${x + 14} ${y - 30}l6 6 12-14`} className="journey-map__tick" />}
              {state === 'current' && (
                <g className="journey-map__here">
                  <path d={rtl ? `M${x} ${y - 32}v-26l-22 8 22 8` : `M${x} ${y - 32}v-26l22 8-22 8`} />
                  <text x={rtl ? x - 4 : x + 4} y={y - 62} textAnchor="middle">
                    {t('map.here')}
                  </text>
                </g>
              )}
              {/* The first and last labels hang inwards so they are not cut at the edges. */}
              <text
                x={edgeOf(i) === 'left' ? 2 : edgeOf(i) === 'right' ? W - 2 : x}
                y={y + 48}
                textAnchor={edgeOf(i) === 'left' ? 'start' : edgeOf(i) === 'right' ? 'end' : 'middle'}
                className="journey-map__label"
              >
                {labelLines(stageName(stage), Math.floor(step / LABEL_CHAR_WIDTH)).map((line, l) => (
                  <tspan key={l} x={edgeOf(i) === 'left' ? 2 : edgeOf(i) === 'right' ? W - 2 : x} dy={l === 0 ? 0 : 16}>
                    {line}
                  </tspan>
                ))}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
