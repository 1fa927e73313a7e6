/** Parcours `reprise`: an adult far from employment (RSA, long-term unemployment, difficulty with writing). */
import { journeySetup, initialContext } from './setup';
import { ladder, freinsRegion, FREINS_LAST } from './stages';

export const repriseMachine = journeySetup.createMachine({
  id: 'reprise',
  context: initialContext,
  initial: 'active',
  states: {
    active: {
      type: 'parallel',
      states: {
        ladder: ladder({
          accueil: [{ guard: 'isOnRsa', alt: 'departementRsa' }, { alt: 'franceTravail' }],
          savoirs: { alt: 'visas' },
          projet: { known: 'immersion', unknown: 'visaPlus' },
          qualification: { centre: 'prf', enTravaillant: 'iae', unknown: 'iae', askRythme: true },
          emploi: [{ guard: 'learnsInCentre', alt: 'emploi' }, { alt: 'sortieIaeOuPec' }],
        }),
        freins: freinsRegion(FREINS_LAST),
      },
      onDone: 'complete',
    },
    complete: { type: 'final' },
  },
});
