import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  answerQuestion,
  chooseParcours,
  fromRecord,
  JourneyError,
  JourneyRecordSchema,
  MACHINE_VERSION,
  startJourney,
  toRecord,
  viewJourney,
  type Journey,
} from '../../machines';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(resolve(import.meta.dirname, 'fixtures', name), 'utf8'));

const someJourney = (): Journey => {
  let j = startJourney();
  for (const [q, v] of [['age', 33], ['departement', '41'], ['commune', '41018'], ['diplome', 'cap-bep'], ['rqth', 'oui'], ['francais', 'a2plus'], ['situation', 'emploi'], ['ecrit', 'facile']] as const) {
    j = answerQuestion(j, q, v);
  }
  j = chooseParcours(j, 'reconversion');
  return answerQuestion(j, 'freins', ['garde-enfants']);
};

describe('the journey record', () => {
  it('round-trips through JSON to the same journey and the same screen', () => {
    const j = someJourney();
    const record = JSON.parse(JSON.stringify(toRecord(j, new Date('2026-11-25T10:00:00Z'))));
    expect(JourneyRecordSchema.safeParse(record).success).toBe(true);
    expect(record.machineVersion).toBe(MACHINE_VERSION);
    const back = fromRecord(record);
    expect(back).toEqual(j);
    expect(viewJourney(back)).toEqual(viewJourney(j));
  });

  it('opens a record saved by the first version, renaming old values and keeping unknown answers', () => {
    const j = fromRecord(fixture('journey-v1.json'));
    expect(j.answers.situation).toBe('demandeur-emploi');
    expect(j.answers.diplome).toBe('cap-bep');
    expect(j.answers.moyenTransport).toBe('velo');
    expect(j.answers.parcours).toBe('reprise');
    // rebuilt from the answers: the person continues in her parcours at the first open question
    expect(j.trail).toContain('parcours');
    const view = viewJourney(j);
    expect(view.phase === 'question' && view.question.id).toBe('titreVise');
    expect(view.step).toBe(j.trail.length + 1);
  });

  it('keeps the answers of a record whose trail no longer fits the catalogue', () => {
    const j = someJourney();
    const stale = { ...toRecord(j), journey: { answers: { ...j.answers, freins: ['teleportation'] }, trail: j.trail } };
    const opened = fromRecord(stale);
    expect(opened.answers.freins).toEqual(['teleportation']);
    const view = viewJourney(opened);
    expect(view.phase === 'question' && view.question.id).toBe('freins');
  });

  it.each([
    ['null', null, 'invalid-record'],
    ['a string', 'hello', 'invalid-record'],
    ['an empty object', {}, 'invalid-record'],
    ['another machine', { machineId: 'other', machineVersion: 1 }, 'unknown-machine'],
    ['a newer version', { machineId: 'passerelle.journey', machineVersion: 99 }, 'future-version'],
    ['a broken current record', { machineId: 'passerelle.journey', machineVersion: MACHINE_VERSION, journey: { answers: 3 }, savedAt: 'x' }, 'invalid-record'],
    ['a broken first-version record', { machineId: 'passerelle.journey', machineVersion: 1, answers: 'x' }, 'invalid-record'],
  ])('throws a typed error on %s', (_label, raw, code) => {
    try {
      fromRecord(raw);
      expect.unreachable('no error thrown');
    } catch (error) {
      expect(error).toBeInstanceOf(JourneyError);
      expect((error as JourneyError).code).toBe(code);
    }
  });
});

describe('a record saved before the commune question (machine version 2)', () => {
  const v2 = (answers: Record<string, unknown>, trail: string[]) => ({
    machineId: 'passerelle.journey',
    machineVersion: 2,
    journey: { answers, trail },
    savedAt: '2026-11-20T09:00:00.000Z',
  });
  const profile = { age: 33, departement: '41', diplome: 'cap-bep', rqth: 'oui', francais: 'a2plus', situation: 'emploi', ecrit: 'facile', parcours: 'reconversion', freins: ['garde-enfants'] };
  const oldTrail = ['age', 'departement', 'diplome', 'rqth', 'francais', 'situation', 'ecrit', 'parcours', 'freins'];

  it('opens where it was, its commune recorded as not known, every answer kept', () => {
    const j = fromRecord(v2(profile, oldTrail));
    expect(j.answers).toEqual({ ...profile, commune: 'nsp' });
    expect(j.trail.slice(0, 3)).toEqual(['age', 'departement', 'commune']);
    const before = viewJourney({ answers: profile, trail: [] });
    expect(before.phase).toBe('question');
    expect(viewJourney(j).phase).not.toBe('orientation');
    expect(j.trail).toContain('freins');
  });

  it('adds no commune for a département outside the region', () => {
    const j = fromRecord(v2({ ...profile, departement: 'autre' }, oldTrail));
    expect(j.answers.commune).toBeUndefined();
    expect(j.trail).not.toContain('commune');
  });
});
