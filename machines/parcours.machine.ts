/**
 * The four parcours-types' statecharts. They share one shape — the ladder and the *freins*
 * as two parallel regions (machines/stages.ts) — and differ only by what data/parcours.json
 * says of each: its alternatives per stage, their rules, whether the freins come first. So one
 * factory builds them; a parcours' words and steps live in data/, its order of steps here.
 */
import { parcoursDef, type ParcoursId } from '../data';
import { journeySetup, initialContext } from './setup';
import { ladder, freinsRegion } from './stages';

const parcoursMachine = <Id extends ParcoursId>(id: Id) => {
  const def = parcoursDef(id);
  return journeySetup.createMachine({
    id,
    context: initialContext,
    initial: 'active',
    states: {
      active: {
        type: 'parallel',
        states: {
          ladder: ladder(def.ladder),
          freins: freinsRegion(def.freinsFirst),
        },
        onDone: 'complete',
      },
      complete: { type: 'final' },
    },
  });
};

/** jeune: 16–25 (29 with a RQTH) without a diploma · allophone: learning French to work ·
 * reprise: far from employment · reconversion: changing job with constraints, freins first. */
export const parcoursMachines = {
  jeune: parcoursMachine('jeune'),
  allophone: parcoursMachine('allophone'),
  reprise: parcoursMachine('reprise'),
  reconversion: parcoursMachine('reconversion'),
} satisfies Record<ParcoursId, unknown>;

export type ParcoursMachine = (typeof parcoursMachines)[ParcoursId];
