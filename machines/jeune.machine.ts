/** Parcours `jeune`: 16–25 (29 with RQTH) without a diploma; referent: the Mission locale. */
import { journeySetup, initialContext } from './setup';
import { ladder, freinsRegion, FREINS_LAST } from './stages';

export const jeuneMachine = journeySetup.createMachine({
  id: 'jeune',
  context: initialContext,
  initial: 'active',
  states: {
    active: {
      type: 'parallel',
      states: {
        ladder: ladder({
          accueil: [{ alt: 'missionLocale' }],
          savoirs: { alt: 'libresSavoirs' },
          projet: { known: 'immersion', unknown: 'decouverte' },
          qualification: { centre: 'prf', enTravaillant: 'apprentissage', unknown: 'aChoisir', askRythme: false },
          emploi: [{ guard: 'learnsWhileWorking', alt: 'embaucheApprentissage' }, { alt: 'emploi' }],
        }),
        freins: freinsRegion(FREINS_LAST),
      },
      onDone: 'complete',
    },
    complete: { type: 'final' },
  },
});
