/**
 * Profile questions, then the recommended parcours (rules in order, brief §3); the person may
 * choose any parcours (`parcours.choose`), which ends this machine.
 */
import { journeySetup, initialContext } from './setup';
import { ask } from './stages';

export const orientationMachine = journeySetup.createMachine({
  id: 'orientation',
  context: initialContext,
  initial: 'age',
  states: {
    age: ask('age', 'afterAge'),
    // school is compulsory until 16: no parcours, a screen that says whom to see instead
    afterAge: { always: [{ guard: 'isUnderYouthAge', target: 'underAge' }, { target: 'departement' }] },
    underAge: { type: 'final', meta: { outcome: 'under16' } },
    departement: ask('departement', 'afterDepartement'),
    // the commune is asked only for the region's départements (its list is theirs)
    afterDepartement: { always: [{ guard: 'livesInRegionDepartement', target: 'commune' }, { target: 'diplome' }] },
    commune: ask('commune', 'diplome'),
    diplome: ask('diplome', 'rqth'),
    rqth: ask('rqth', 'francais'),
    francais: ask('francais', 'afterFrancais'),
    // how long in France tells which French course fits (OFII's for newcomers, local ones after)
    afterFrancais: { always: [{ guard: 'hasFrenchBelowA2', target: 'enFranceDepuis' }, { target: 'situation' }] },
    enFranceDepuis: ask('enFranceDepuis', 'situation'),
    situation: ask('situation', 'afterSituation'),
    // the jobless-duration question is skipped for people working or studying
    afterSituation: { always: [{ guard: 'isNotJobless', target: 'afterJobless' }, { target: 'sansEmploiDepuis' }] },
    sansEmploiDepuis: ask('sansEmploiDepuis', 'afterJobless'),
    // the writing question is skipped when French is below A2 (that rule already decides)
    afterJobless: { always: [{ guard: 'hasFrenchBelowA2', target: 'orientation' }, { target: 'ecrit' }] },
    ecrit: ask('ecrit', 'orientation'),
    orientation: {
      initial: 'decide',
      states: {
        decide: {
          always: [
            { guard: 'isYoungWithoutQualification', target: 'jeune' },
            { guard: 'hasFrenchBelowA2', target: 'allophone' },
            { guard: 'isFarFromEmployment', target: 'reprise' },
            { target: 'reconversion' },
          ],
        },
        jeune: { meta: { recommended: 'jeune' } },
        allophone: { meta: { recommended: 'allophone' } },
        reprise: { meta: { recommended: 'reprise' } },
        reconversion: { meta: { recommended: 'reconversion' } },
      },
      on: { 'parcours.choose': { target: 'chosen', actions: 'recordParcours' } },
    },
    chosen: { type: 'final' },
  },
});
