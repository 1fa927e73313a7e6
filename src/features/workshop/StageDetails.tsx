import '../../messages/fr/plan-screens';
import type { ParcoursId } from '../../../machines';
import type { OutlineAlternative, OutlineStage, ShapeStage } from '../../../machines/outline';
import type { Translator } from '../../messages/i18n';
import { Pictogram } from '../../components/Pictogram';
import { DRAWINGS, FREIN_PICTOGRAMS, SCHEME_PICTOGRAMS, STAGE_PICTOGRAMS } from '../../components/pictograms';
import { usePorts, type WorkshopPorts } from './ports';

export const stageName = (t: Translator, stage: string) => t.dynamic(`stage.${stage}`) ?? stage;
export const parcoursName = (t: Translator, parcours: ParcoursId) => t.dynamic(`parcours.${parcours}.name`) ?? parcours;
export const stagePicto = (stage: string) => STAGE_PICTOGRAMS[stage] ?? 'stage-profil';

/** The condition that leads to an alternative, in words (guards are named as business rules). */
export function conditionOf(t: Translator, alt: OutlineAlternative, only: boolean): string {
  const rules = alt.when.map((g) => t.dynamic(`workshop.when.${g}`) ?? g);
  if (rules.length === 0) return t(only ? 'workshop.when.always' : 'workshop.when.otherwise');
  const joined = rules.reduce((a, b) => t('workshop.when.join', { a, b }));
  return alt.otherwise ? t('workshop.when.orOtherwise', { when: joined }) : joined;
}

/** The badges of a stage: when it comes, and whether everybody goes through it. */
export function stageBadges(t: Translator, stage: ShapeStage): string[] {
  return [
    ...(stage.timing === 'first' ? [t('workshop.timing.first')] : stage.timing === 'anyTime' ? [t('workshop.timing.anyTime')] : []),
    ...(stage.optional ? [t('workshop.optional')] : []),
  ];
}

interface Named {
  key: string;
  name: string;
  picto?: string;
}

/** What an alternative offers, named: schemes, places, actions, freins. */
export function offersOf(t: Translator, nameOf: WorkshopPorts['nameOf'], alt: OutlineAlternative) {
  return {
    schemes: alt.schemes.map((id): Named => ({ key: id, name: nameOf(t, { scheme: id }), picto: SCHEME_PICTOGRAMS[id] })),
    places: alt.structures.map((id): Named => ({ key: id, name: nameOf(t, { structure: id }) })),
    actions: alt.actions.map((id): Named => ({ key: id, name: nameOf(t, { action: id }) })),
    freins: alt.freins.map((id): Named => ({ key: id, name: nameOf(t, { frein: id }), picto: FREIN_PICTOGRAMS[id] })),
  };
}

/** Everything a stage says, as sentences for read-aloud and for the notes window. */
export function stageSentences(t: Translator, nameOf: WorkshopPorts['nameOf'], stage: OutlineStage): string[] {
  const only = stage.alternatives.length === 1;
  return [
    stageName(t, stage.stage),
    t.dynamic(`workshop.stage.${stage.stage}.text`) ?? '',
    ...stageBadges(t, stage),
    ...stage.alternatives.map((alt) => {
      const o = offersOf(t, nameOf, alt);
      const names = [...o.freins, ...o.schemes, ...o.actions].map((n) => n.name);
      return `${conditionOf(t, alt, only)} : ${names.join(', ')}.`;
    }),
  ].filter((s) => s !== '');
}

function NameList(props: { title: string; items: Named[]; large: boolean }) {
  if (props.items.length === 0) return null;
  return (
    <div className="ws-offer">
      <dt>{props.title}</dt>
      <dd>
        <ul className="ws-chips">
          {props.items.map((item) => (
            <li key={item.key} className="ws-chip">
              {item.picto && <Pictogram drawings={DRAWINGS} id={item.picto} label={item.name} decorative size={props.large ? 28 : 22} />}
              {item.name}
            </li>
          ))}
        </ul>
      </dd>
    </div>
  );
}

/**
 * One stage of one parcours: what it is, when it comes, and each way through it with the
 * condition and what the plan can hold there. `heading` lets the projector (its own h1), the
 * comparison (none) and the hand-out (h3) nest it; `brief` leaves out the stage's sentence,
 * `places={false}` the structures (the hand-out, a single page, keeps the schemes).
 */
export function StageDetails(props: { t: Translator; stage: OutlineStage; large?: boolean; brief?: boolean; places?: boolean; headingId?: string; number?: number; heading?: 'h2' | 'h3' | 'none' }) {
  const { t, stage, large = false } = props;
  const { nameOf } = usePorts();
  const only = stage.alternatives.length === 1;
  const Heading = props.heading === 'none' ? null : (props.heading ?? 'h2');
  const badges = stageBadges(t, stage);
  return (
    <div className="ws-stage" data-stage={stage.stage}>
      {Heading && (
        <Heading id={props.headingId} tabIndex={-1} className="ws-stage__title">
          <Pictogram drawings={DRAWINGS} id={stagePicto(stage.stage)} label={stageName(t, stage.stage)} decorative size={large ? 72 : 40} />
          <span>
            {props.number !== undefined && <span className="ws-stage__number">{props.number}. </span>}
            {stageName(t, stage.stage)}
          </span>
        </Heading>
      )}
      {!props.brief && <p className="ws-stage__text">{t.dynamic(`workshop.stage.${stage.stage}.text`)}</p>}
      {badges.length > 0 && (
        <p className="ws-badges">
          {badges.map((b) => (
            <span key={b} className="ws-badge">
              {b}
            </span>
          ))}
        </p>
      )}
      <ul className="ws-ways" aria-label={t('workshop.ways')}>
        {stage.alternatives.map((alt) => {
          const o = offersOf(t, nameOf, alt);
          return (
            <li key={alt.alt} className="ws-way" data-alt={alt.alt}>
              <p className="ws-way__when">{conditionOf(t, alt, only)}</p>
              <dl className="ws-way__offers">
                <NameList title={t('workshop.offer.freins')} items={o.freins} large={large} />
                <NameList title={t('workshop.offer.schemes')} items={o.schemes} large={large} />
                <NameList title={t('workshop.offer.actions')} items={o.actions} large={large} />
                {props.places !== false && <NameList title={t('workshop.offer.places')} items={o.places} large={large} />}
              </dl>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
