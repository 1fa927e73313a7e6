/** Parcours `reconversion`: changing job with constraints (lone parent, health, RQTH); freins first. */
import { journeySetup, initialContext } from './setup';
import { ladder, freinsRegion, FREINS_FIRST } from './stages';

export const reconversionMachine = journeySetup.createMachine({
  id: 'reconversion',
  context: initialContext,
  initial: 'active',
  states: {
    active: {
      type: 'parallel',
      states: {
        ladder: ladder({
          accueil: [{ guard: 'hasRqth', alt: 'capEmploi' }, { alt: 'franceTravail' }],
          savoirs: { alt: 'libresSavoirsTempsPartiel' },
          projet: { known: 'immersion', unknown: 'immersionDecouverte' },
          qualification: { centre: 'prfOuDefi', enTravaillant: 'contratPro', unknown: 'aChoisir', askRythme: true },
          emploi: [{ alt: 'emploi' }],
        }),
        freins: freinsRegion(FREINS_FIRST),
      },
      onDone: 'complete',
    },
    complete: { type: 'final' },
  },
});
