/** The statecharts themselves: send events, look at the state and the route they record. */
import { describe, expect, it } from 'vitest';
import { createActor, type AnyStateMachine } from 'xstate';
import { parcoursMachines } from '../../machines/parcours.machine';
import { orientationMachine } from '../../machines/orientation.machine';
import { askedQuestion } from '../../machines/journey';
import type { Answers } from '../../machines';

const { jeune: jeuneMachine, allophone: allophoneMachine, reprise: repriseMachine, reconversion: reconversionMachine } = parcoursMachines;

const run = (machine: AnyStateMachine, profile: Answers, answers: Array<[string, string | string[] | number]>) => {
  const actor = createActor(machine, { input: { answers: profile } }).start();
  for (const [question, value] of answers) actor.send({ type: 'answer.submit', question, value });
  return actor.getSnapshot();
};

const ladder: Array<[string, string | string[]]> = [
  ['besoinsSavoirs', ['aucun']],
  ['projetConnu', 'oui'],
  ['secteur', 'services-personne'],
  ['titreVise', 'advf'],
  ['experience', 'aucune'],
  ['modeFormation', 'centre'],
];

describe('the parcours machines', () => {
  it('run the ladder and the freins as two parallel regions', () => {
    const snapshot = run(jeuneMachine, { age: 19 }, []);
    expect(snapshot.matches({ active: { ladder: { savoirsDeBase: 'ask' }, freins: 'ask' } })).toBe(true);
  });

  it('accept the freins answer at any time, leaving the ladder where it was', () => {
    const snapshot = run(jeuneMachine, { age: 19 }, [['freins', ['mobilite']]]);
    expect(snapshot.matches({ active: { ladder: { savoirsDeBase: 'ask' }, freins: 'lever' } })).toBe(true);
  });

  it('ignore an answer to a question the current state does not ask', () => {
    const snapshot = run(jeuneMachine, { age: 19 }, [['modeFormation', 'centre']]);
    expect(snapshot.matches({ active: { ladder: { savoirsDeBase: 'ask' } } })).toBe(true);
    expect(snapshot.context.answers.modeFormation).toBeUndefined();
  });

  it('ask the freins first in reconversion and last elsewhere', () => {
    expect(askedQuestion(run(reconversionMachine, { age: 40 }, []))).toBe('freins');
    expect(askedQuestion(run(repriseMachine, { age: 40 }, []))).toBe('besoinsSavoirs');
  });

  it('skip the savoirs de base when nothing is needed, except French in the allophone parcours', () => {
    const young = run(jeuneMachine, { age: 19 }, [['besoinsSavoirs', ['aucun']]]);
    expect(young.context.route.map((r: { stage: string }) => r.stage)).not.toContain('savoirsDeBase');
    const allophone = run(allophoneMachine, { age: 30 }, [['besoinsSavoirs', ['aucun']]]);
    expect(allophone.context.route).toContainEqual({ stage: 'savoirsDeBase', alt: 'fle' });
  });

  it('choose the accueil alternative from the profile', () => {
    expect(run(repriseMachine, { situation: 'rsa' }, []).context.route[0]).toEqual({ stage: 'accueil', alt: 'departementRsa' });
    expect(run(repriseMachine, { situation: 'ass' }, []).context.route[0]).toEqual({ stage: 'accueil', alt: 'franceTravail' });
    expect(run(reconversionMachine, { rqth: 'oui' }, []).context.route[0]).toEqual({ stage: 'accueil', alt: 'capEmploi' });
  });

  it('take the VAE branch with a year of experience', () => {
    const snapshot = run(jeuneMachine, { age: 22 }, [...ladder.slice(0, 4), ['experience', '1-an-plus']]);
    expect(snapshot.matches({ active: { ladder: 'titrePro' } })).toBe(true);
    expect(snapshot.context.route).toContainEqual({ stage: 'qualification', alt: 'vae' });
  });

  it('loop over the missing CCP blocks of a partial titre, then reach the emploi stage', () => {
    const snapshot = run(jeuneMachine, { age: 22 }, [...ladder, ['ccpAcquis', ['advf-actes-quotidien']], ['freins', ['aucun']]]);
    const ccp = snapshot.context.route.filter((r: { alt: string }) => r.alt === 'ccp').map((r: { ccp: string }) => r.ccp);
    expect(ccp).toEqual(['advf-logement-linge', 'advf-enfants']);
    expect(snapshot.status).toBe('done');
    expect(snapshot.context.route.at(-1)).toEqual({ stage: 'emploi', alt: 'emploi' });
  });

  it('never ask for CCP blocks of a single-unit titre', () => {
    const snapshot = run(jeuneMachine, { age: 22 }, [
      ['besoinsSavoirs', ['aucun']], ['projetConnu', 'oui'], ['secteur', 'transport'], ['titreVise', 'conducteur-tc'],
      ['experience', 'aucune'], ['modeFormation', 'centre'],
    ]);
    expect(askedQuestion(snapshot)).toBe('freins');
    expect(snapshot.context.route).toContainEqual({ stage: 'titrePro', alt: 'complet' });
  });
});

describe('the orientation machine', () => {
  it('recommends from the profile and ends when a parcours is chosen', () => {
    const actor = createActor(orientationMachine, { input: {} }).start();
    const profile: Array<[string, string | number]> = [
      ['age', 19], ['departement', '18'], ['commune', '18033'], ['diplome', 'aucun'], ['rqth', 'non'], ['francais', 'a2plus'], ['situation', 'emploi'], ['ecrit', 'facile'],
    ];
    for (const [question, value] of profile) actor.send({ type: 'answer.submit', question, value });
    expect(actor.getSnapshot().matches({ orientation: 'jeune' })).toBe(true);
    actor.send({ type: 'parcours.choose', parcours: 'reprise' });
    expect(actor.getSnapshot().status).toBe('done');
    expect(actor.getSnapshot().context.answers.parcours).toBe('reprise');
  });
});
