import { describe, expect, it } from 'vitest';
import { answerQuestion, startJourney, viewJourney, type Answers, type Journey, type ParcoursId } from '../../machines';

/** Answers the profile questions as asked (« je ne sais pas » when the profile is silent). */
const orient = (profile: Answers) => {
  let j: Journey = startJourney();
  const asked: string[] = [];
  for (let i = 0; i < 20; i++) {
    const view = viewJourney(j);
    if (view.phase === 'orientation') return { view, asked };
    if (view.phase === 'under16') return { view: { recommended: 'under16' as const, reasons: [] }, asked };
    if (view.phase !== 'question') throw new Error(`unexpected phase ${view.phase}`);
    asked.push(view.question.id);
    j = answerQuestion(j, view.question.id, profile[view.question.id] ?? 'nsp');
  }
  throw new Error('the orientation was never reached');
};

const base: Answers = { departement: '45', rqth: 'non', francais: 'a2plus', situation: 'demandeur-emploi', sansEmploiDepuis: 'moins-6-mois', ecrit: 'facile' };

// [label, profile, expected parcours (or the under-16 screen), expected reason codes (in order)]
const table: Array<[string, Answers, ParcoursId | 'under16', string[]]> = [
  ['0 years old (a wrong key): the under-16 screen, not an error', { ...base, age: 0 }, 'under16', []],
  ['14 years old, no diploma', { ...base, age: 14, diplome: 'aucun' }, 'under16', []],
  ['15 years old, no diploma', { ...base, age: 15, diplome: 'aucun' }, 'under16', []],
  ['15 years old with RQTH', { ...base, age: 15, diplome: 'aucun', rqth: 'oui' }, 'under16', []],
  ['64, jobless for a year or more', { ...base, age: 64, diplome: 'cap-bep', sansEmploiDepuis: '12-mois-plus' }, 'reprise', ['longTermJobless']],
  ['64, employed, wants to change', { ...base, age: 64, diplome: 'bac', situation: 'emploi' }, 'reconversion', ['employedChange', 'changeJob']],
  ['16 years old, no diploma', { ...base, age: 16, diplome: 'aucun' }, 'jeune', ['youngNoDiploma']],
  ['16 years old, diploma unknown', { ...base, age: 16, diplome: 'nsp' }, 'jeune', ['youngDiplomaUnknown']],
  ['25 years old, no diploma', { ...base, age: 25, diplome: 'aucun' }, 'jeune', ['youngNoDiploma']],
  ['25 years old with RQTH', { ...base, age: 25, diplome: 'aucun', rqth: 'oui' }, 'jeune', ['youngNoDiploma']],
  ['26 years old without RQTH', { ...base, age: 26, diplome: 'aucun' }, 'reconversion', ['changeJob']],
  ['26 years old with RQTH', { ...base, age: 26, diplome: 'aucun', rqth: 'oui' }, 'jeune', ['youngRqth', 'youngNoDiploma']],
  ['29 years old with RQTH', { ...base, age: 29, diplome: 'aucun', rqth: 'oui' }, 'jeune', ['youngRqth', 'youngNoDiploma']],
  ['29 years old without RQTH', { ...base, age: 29, diplome: 'aucun' }, 'reconversion', ['changeJob']],
  ['29 years old, RQTH unknown', { ...base, age: 29, diplome: 'aucun', rqth: 'nsp' }, 'reconversion', ['changeJob']],
  ['30 years old with RQTH', { ...base, age: 30, diplome: 'aucun', rqth: 'oui' }, 'reconversion', ['withRqth', 'changeJob']],
  ['20 years old with a CAP', { ...base, age: 20, diplome: 'cap-bep' }, 'reconversion', ['changeJob']],
  ['20 years old with a CAP, beginner in French', { ...base, age: 20, diplome: 'cap-bep', francais: 'debutant' }, 'allophone', ['frenchBelowA2']],
  ['19 years old, no diploma, beginner in French (youth rule first)', { ...base, age: 19, diplome: 'aucun', francais: 'debutant' }, 'jeune', ['youngNoDiploma']],
  ['35, foreign diploma, French A1', { ...base, age: 35, diplome: 'etranger', francais: 'a1' }, 'allophone', ['frenchBelowA2']],
  ['35, foreign diploma, good French, RSA', { ...base, age: 35, diplome: 'etranger', situation: 'rsa' }, 'reprise', ['onRsa']],
  ['40, bac, ASS', { ...base, age: 40, diplome: 'bac', situation: 'ass' }, 'reprise', ['onAss']],
  ['45, jobless for a year or more', { ...base, age: 45, diplome: 'cap-bep', sansEmploiDepuis: '12-mois-plus' }, 'reprise', ['longTermJobless']],
  ['30, never worked', { ...base, age: 30, diplome: 'aucun', situation: 'autre', sansEmploiDepuis: 'jamais' }, 'reprise', ['neverWorked']],
  ['50, employed, writing very hard', { ...base, age: 50, diplome: 'cap-bep', situation: 'emploi', ecrit: 'tres-difficile' }, 'reprise', ['writingDifficulty']],
  ['50, employed, writing easy', { ...base, age: 50, diplome: 'cap-bep', situation: 'emploi' }, 'reconversion', ['employedChange', 'changeJob']],
  ['38, bac, RQTH', { ...base, age: 38, diplome: 'bac', rqth: 'oui' }, 'reconversion', ['withRqth', 'changeJob']],
  ['age unknown, no diploma', { ...base, age: 'nsp', diplome: 'aucun' }, 'reconversion', ['changeJob', 'ageUnknown']],
  ['age unknown, beginner in French', { ...base, age: 'nsp', francais: 'debutant' }, 'allophone', ['frenchBelowA2', 'ageUnknown']],
  ['age unknown, RSA', { ...base, age: 'nsp', situation: 'rsa' }, 'reprise', ['onRsa', 'ageUnknown']],
  ['40, French level unknown', { ...base, age: 40, diplome: 'bac', francais: 'nsp' }, 'reconversion', ['changeJob']],
  ['40, situation, duration and writing unknown', { ...base, age: 40, diplome: 'bac', situation: 'nsp', sansEmploiDepuis: 'nsp', ecrit: 'nsp' }, 'reconversion', ['changeJob']],
  ['60, higher education, RSA, writing hard', { ...base, age: 60, diplome: 'superieur', situation: 'rsa', ecrit: 'difficile' }, 'reprise', ['onRsa', 'writingDifficulty']],
  ['22, bac, studying', { ...base, age: 22, diplome: 'bac', situation: 'etudes' }, 'reconversion', ['changeJob']],
  ['24, higher education, beginner in French, studying', { ...base, age: 24, diplome: 'superieur', francais: 'debutant', situation: 'etudes' }, 'allophone', ['frenchBelowA2']],
  ['17, no diploma, on RSA (youth rule first)', { ...base, age: 17, diplome: 'aucun', situation: 'rsa' }, 'jeune', ['youngNoDiploma']],
  ['80, jobless for a year or more', { ...base, age: 80, diplome: 'aucun', sansEmploiDepuis: '12-mois-plus' }, 'reprise', ['longTermJobless']],
  ['everything unknown', { age: 'nsp' }, 'reconversion', ['changeJob', 'ageUnknown']],
];

describe('the orientation', () => {
  it('has at least 30 profiles in its table', () => {
    expect(table.length).toBeGreaterThanOrEqual(30);
  });

  it.each(table)('recommends the right parcours with its reasons: %s', (_label, profile, parcours, reasons) => {
    const { view } = orient(profile);
    expect(view.recommended).toBe(parcours);
    expect(view.reasons.map((r) => r.code)).toEqual(reasons);
  });

  it('puts the age in the reason shown to a young person without a diploma', () => {
    const { view } = orient({ ...base, age: 19, diplome: 'aucun' });
    expect(view.reasons).toContainEqual({ code: 'youngNoDiploma', params: { age: 19 } });
  });

  it('does not ask how long someone has been jobless when they work or study', () => {
    expect(orient({ ...base, age: 40, diplome: 'bac', situation: 'emploi' }).asked).not.toContain('sansEmploiDepuis');
    expect(orient({ ...base, age: 40, diplome: 'bac', situation: 'etudes' }).asked).not.toContain('sansEmploiDepuis');
    expect(orient({ ...base, age: 40, diplome: 'bac', situation: 'rsa' }).asked).toContain('sansEmploiDepuis');
  });

  it('does not ask about writing when French is below A2', () => {
    expect(orient({ ...base, age: 40, francais: 'debutant' }).asked).not.toContain('ecrit');
    expect(orient({ ...base, age: 40, francais: 'a2plus' }).asked).toContain('ecrit');
  });
});

describe('the commune question', () => {
  it('follows the département only for the six départements of the region', () => {
    expect(orient({ ...base, departement: '45', age: 40, diplome: 'bac' }).asked).toEqual(['age', 'departement', 'commune', 'diplome', 'rqth', 'francais', 'situation', 'sansEmploiDepuis', 'ecrit']);
    expect(orient({ ...base, departement: 'autre', age: 40, diplome: 'bac' }).asked).not.toContain('commune');
    expect(orient({ ...base, departement: 'nsp', age: 40, diplome: 'bac' }).asked).not.toContain('commune');
  });

  it('takes an INSEE code of the answered département or « je ne sais pas », never anything else', () => {
    let j = answerQuestion(startJourney(), 'age', 40);
    j = answerQuestion(j, 'departement', '45');
    expect(() => answerQuestion(j, 'commune', '37261')).toThrow();
    expect(() => answerQuestion(j, 'commune', '12 rue de Bourgogne')).toThrow();
    expect(() => answerQuestion(j, 'commune', '4523')).toThrow();
    expect(answerQuestion(j, 'commune', '45234').answers.commune).toBe('45234');
    expect(answerQuestion(j, 'commune', 'nsp').answers.commune).toBe('nsp');
  });
});
