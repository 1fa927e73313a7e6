/** Parcours `allophone`: an adult learning French to work; referent: France Travail, an association, or OFII. */
import { journeySetup, initialContext } from './setup';
import { ladder, freinsRegion, FREINS_LAST } from './stages';

export const allophoneMachine = journeySetup.createMachine({
  id: 'allophone',
  context: initialContext,
  initial: 'active',
  states: {
    active: {
      type: 'parallel',
      states: {
        ladder: ladder({
          accueil: [{ alt: 'franceTravailOuOfii' }],
          // French towards A1 then A2 is always part of this parcours
          savoirs: { alt: 'fle', always: true },
          projet: { known: 'immersionEtReconnaissance', unknown: 'decouverteEtReconnaissance' },
          qualification: { centre: 'defiOuPrf', enTravaillant: 'iaeOuContratPro', unknown: 'aChoisir', askRythme: true },
          emploi: [{ alt: 'emploi' }],
        }),
        freins: freinsRegion(FREINS_LAST),
      },
      onDone: 'complete',
    },
    complete: { type: 'final' },
  },
});
