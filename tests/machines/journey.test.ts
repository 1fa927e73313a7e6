import { describe, expect, it } from 'vitest';
import {
  answerQuestion,
  answerSchemaFor,
  changeAnswer,
  chooseParcours,
  goBack,
  JourneyError,
  startJourney,
  viewJourney,
  type AnswerValue,
  type Answers,
  type Journey,
  type JourneyView,
} from '../../machines';
import { planOf } from '../../machines/plans';
import { TODAY } from './helpers';

const youngPerson: Answers = {
  age: 19, departement: '45', commune: '45234', diplome: 'aucun', rqth: 'non', francais: 'a2plus', situation: 'demandeur-emploi',
  sansEmploiDepuis: '6-12-mois', ecrit: 'facile', besoinsSavoirs: ['calcul'], projetConnu: 'oui',
  secteur: 'services-personne', titreVise: 'advf', experience: 'aucune', modeFormation: 'centre',
  ccpAcquis: ['advf-enfants'], freins: ['permis'],
};

/** Walks a journey with the given answers (the recommended parcours unless `parcours` is given). */
const walk = (answers: Answers, stopAt?: string) => {
  let j: Journey = startJourney();
  const views: JourneyView[] = [];
  for (let i = 0; i < 40; i++) {
    const view = viewJourney(j, { today: TODAY });
    views.push(view);
    if (view.phase === 'done' || view.phase === 'under16') break;
    if (view.phase === 'orientation') {
      j = chooseParcours(j, (answers.parcours as never) ?? view.recommended);
      continue;
    }
    if (view.question.id === stopAt) break;
    j = answerQuestion(j, view.question.id, answers[view.question.id] ?? 'nsp');
  }
  return { j, views, last: views[views.length - 1]! };
};

describe('the journey', () => {
  it('leads a young person without a diploma to a plan in the jeune parcours', () => {
    const { last } = walk(youngPerson);
    expect(last.phase).toBe('done');
    if (last.phase !== 'done') return;
    expect(last.parcours).toBe('jeune');
    expect(planOf(last).steps[0]?.what).toEqual({ structure: 'mission-locale' });
    // the partial-titre loop: one step per missing CCP block
    const ccpSteps = planOf(last).steps.filter((s) => s.what.ccp).map((s) => s.what.ccp);
    expect(ccpSteps).toEqual(['advf-logement-linge', 'advf-actes-quotidien']);
  });

  it('counts steps one by one and never announces fewer steps than already taken', () => {
    const { views } = walk(youngPerson);
    const asking = views.filter((v) => v.phase !== 'done');
    asking.forEach((v, i) => expect(v.step).toBe(i + 1));
    for (const v of asking) expect(v.stepCount).toBeGreaterThanOrEqual(v.step);
    expect(asking[0]!.stepCount).toBeGreaterThanOrEqual(12);
    expect(asking.at(-1)!.stepCount).toBe(asking.length);
  });

  it('estimates the exact number of steps from the start when the answers are known in advance', () => {
    const { views } = walk(youngPerson);
    const total = views.filter((v) => v.phase !== 'done').length;
    const preset = viewJourney(startJourney({ ...youngPerson, parcours: 'jeune' }));
    expect(preset.phase === 'question' && preset.question.id).toBe('age');
    expect(preset.stepCount).toBe(total);
  });

  it('lets the person choose another parcours than the one recommended', () => {
    const { last } = walk({ ...youngPerson, parcours: 'reconversion' });
    expect(last.phase === 'done' && last.parcours).toBe('reconversion');
  });

  it('asks about obstacles first in the reconversion parcours', () => {
    const { views } = walk({ ...youngPerson, parcours: 'reconversion' });
    const afterChoice = views.findIndex((v) => v.phase === 'orientation') + 1;
    const next = views[afterChoice]!;
    expect(next.phase === 'question' && next.question.id).toBe('freins');
  });

  it('skips the savoirs de base stage when nothing is needed', () => {
    const { last } = walk({ ...youngPerson, besoinsSavoirs: ['aucun'] });
    expect(last.phase === 'done' && planOf(last).steps.some((s) => s.stage === 'savoirsDeBase')).toBe(false);
  });

  it('takes the VAE branch after a year of experience and skips the training questions', () => {
    const { views, last } = walk({ ...youngPerson, experience: '1-an-plus' });
    const asked = views.flatMap((v) => (v.phase === 'question' ? [v.question.id] : []));
    expect(asked).not.toContain('modeFormation');
    expect(last.phase === 'done' && planOf(last).steps.some((s) => s.what.scheme === 'vae')).toBe(true);
  });

  it('offers the titres of the chosen sector with their catalogue names', () => {
    const { last } = walk(youngPerson, 'titreVise');
    expect(last.phase).toBe('question');
    if (last.phase !== 'question') return;
    expect(last.question.options).toEqual([{ value: 'advf', label: 'Assistant de vie aux familles' }]);
    expect(last.question.allowUnknown).toBe(true);
  });

  it('refuses an answer that is not an option, out of range, or to another question', () => {
    const j = startJourney();
    const fails = (f: () => unknown, code: string) => {
      try {
        f();
        expect.unreachable('no error thrown');
      } catch (error) {
        expect(error).toBeInstanceOf(JourneyError);
        expect((error as JourneyError).code).toBe(code);
      }
    };
    fails(() => answerQuestion(j, 'age', -1), 'invalid-answer');
    fails(() => answerQuestion(j, 'age', 121), 'invalid-answer');
    fails(() => answerQuestion(j, 'age', 19.5), 'invalid-answer');
    fails(() => answerQuestion(j, 'age', 'dix-neuf'), 'invalid-answer');
    fails(() => answerQuestion(j, 'departement', '45'), 'not-current-question');
    const atDepartement = answerQuestion(j, 'age', 19);
    fails(() => answerQuestion(atDepartement, 'departement', '75'), 'invalid-answer');
    expect(() => answerQuestion(atDepartement, 'departement', 'nsp')).not.toThrow();
  });

  it('refuses « aucun » together with another obstacle, and an empty list', () => {
    const { j, last } = walk(youngPerson, 'freins');
    expect(last.phase === 'question' && last.question.id).toBe('freins');
    expect(() => answerQuestion(j, 'freins', ['aucun', 'permis'])).toThrow(JourneyError);
    expect(() => answerQuestion(j, 'freins', [])).toThrow(JourneyError);
    expect(() => answerQuestion(j, 'freins', ['permis', 'permis'])).toThrow(JourneyError);
    expect(() => answerQuestion(j, 'freins', ['aucun'])).not.toThrow();
  });

  it('shares the answer schema with the form: the same values pass and fail', () => {
    const view = viewJourney(startJourney());
    if (view.phase !== 'question') throw new Error('expected a question');
    const schema = answerSchemaFor(view.question);
    // a plausible range: nobody is told their real age is invalid
    expect(schema.safeParse(0).success).toBe(true);
    expect(schema.safeParse(120).success).toBe(true);
    expect(schema.safeParse('nsp').success).toBe(true);
    expect(schema.safeParse(121).success).toBe(false);
    expect(schema.safeParse(-1).success).toBe(false);
    expect(schema.safeParse(15.5).success).toBe(false);
  });

  it('takes « Je ne sais pas » ticked alone on a multiple-choice question, as the form sends it', () => {
    const { j } = walk(youngPerson, 'besoinsSavoirs');
    const next = answerQuestion(j, 'besoinsSavoirs', ['nsp']);
    expect(next.answers.besoinsSavoirs).toBe('nsp');
    expect(() => answerQuestion(j, 'besoinsSavoirs', ['nsp', 'calcul'])).toThrow(JourneyError);
  });

  it.each([0, 14, 15])('ends the journey at %i years old on the under-16 screen, with no parcours and no plan', (age) => {
    const j = answerQuestion(startJourney(), 'age', age);
    const view = viewJourney(j);
    expect(view).toMatchObject({ phase: 'under16', age });
  });

  it('asks how long the person has lived in France only when French is below A2', () => {
    const low = walk({ ...youngPerson, age: 30, diplome: 'cap-bep', francais: 'debutant' }, 'situation');
    expect(low.views.some((v) => v.phase === 'question' && v.question.id === 'enFranceDepuis')).toBe(true);
    const good = walk({ ...youngPerson, age: 30, diplome: 'cap-bep', francais: 'a2plus' }, 'situation');
    expect(good.views.some((v) => v.phase === 'question' && v.question.id === 'enFranceDepuis')).toBe(false);
  });

  it('goes back one question and keeps every answer', () => {
    const { j } = walk(youngPerson, 'projetConnu');
    const back = goBack(j);
    const view = viewJourney(back);
    expect(view.phase === 'question' && view.question.id).toBe('besoinsSavoirs');
    expect(back.answers).toEqual(j.answers);
    expect(back.trail).toEqual(j.trail.slice(0, -1));
  });

  it('goes back from the first parcours question to the orientation', () => {
    const { j } = walk(youngPerson, 'besoinsSavoirs');
    expect(viewJourney(goBack(j)).phase).toBe('orientation');
  });

  it('changes an answer from the recap and replays the rest', () => {
    const { j } = walk(youngPerson);
    const changed = changeAnswer(j, 'modeFormation', 'en-travaillant');
    const view = viewJourney(changed, { today: TODAY });
    expect(view.phase).toBe('done');
    expect(view.phase === 'done' && planOf(view).steps.some((s) => s.what.scheme === 'apprentissage')).toBe(true);
  });

  it('stops at the titre question when a new sector makes the old titre impossible', () => {
    const { j } = walk(youngPerson);
    const changed = changeAnswer(j, 'secteur', 'restauration');
    const view = viewJourney(changed);
    expect(view.phase === 'question' && view.question.id).toBe('titreVise');
    expect(changed.answers.titreVise).toBe('advf'); // kept, not thrown away
  });

  it('shows the orientation again when a changed profile answer changes the recommendation', () => {
    const { j } = walk(youngPerson);
    const view = viewJourney(changeAnswer(j, 'age', 40));
    expect(view.phase === 'orientation' && view.recommended).toBe('reconversion');
  });

  it('answers a view in well under 5 ms', () => {
    // each call is timed alone; the median is robust to a busy CI machine, the mean is logged
    const times: number[] = [];
    for (const age of [18, 21, 24, 22]) {
      const answers: Answers = { ...youngPerson, age };
      let j: Journey = startJourney();
      for (let i = 0; i < 40; i++) {
        const t0 = performance.now();
        const view = viewJourney(j, { today: TODAY });
        times.push(performance.now() - t0);
        if (view.phase === 'done' || view.phase === 'under16') break;
        j = view.phase === 'orientation' ? chooseParcours(j, view.recommended) : answerQuestion(j, view.question.id, answers[view.question.id] as AnswerValue);
      }
    }
    const sorted = [...times].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)]!;
    const mean = times.reduce((a, b) => a + b, 0) / times.length;
    console.log(`viewJourney on a new step: median ${median.toFixed(2)} ms, mean ${mean.toFixed(2)} ms, ${times.length} calls`);
    expect(median).toBeLessThan(5);
  });
});
