import { describe, expect, it } from 'vitest';
import { answerQuestion, changeAnswer, fromRecord, startJourney, type Journey } from '../../machines';
import { createResidentFile, withJourney } from '../../src/features/caseload/residents';
import { canonical, mergeCopies, stampChanges, type FilePayload, type Refresh } from '../../src/sync/merge';
import type { ResidentFile } from '../../src/db';

const refresh: Refresh = (file, journey) => withJourney(file, journey, new Date(file.updatedAt));
const at = (minute: number) => new Date(Date.UTC(2026, 11, 1, 9, minute));

function answered(file: ResidentFile, minute: number, answers: Record<string, string | number>): ResidentFile {
  let journey: Journey = fromRecord(file.journey);
  for (const [q, v] of Object.entries(answers)) journey = answerQuestion(journey, q, v);
  return withJourney(file, journey, at(minute));
}

const answersOf = (payload: FilePayload) => fromRecord(payload.file.journey).answers;

/** A file created on A at 9:00 and synced (stamped by A), as both devices had it before going offline. */
function synced(): FilePayload {
  const file = answered(createResidentFile('Zoé', at(0), startJourney()), 0, { age: 22, departement: '37', commune: 'nsp' });
  return { file, stamps: stampChanges(undefined, file, 'Tablette A') };
}

describe('the stamps of a file about to be sent', () => {
  it('stamps only the answers that changed since the last synced copy', () => {
    const before = synced();
    const after = answered(before.file, 5, { diplome: 'aucun' });
    const stamps = stampChanges(before, after, 'Portable B');
    expect(stamps.age).toEqual(before.stamps.age);
    expect(stamps.departement).toEqual({ at: at(0).getTime(), device: 'Tablette A' });
    expect(stamps.diplome).toEqual({ at: at(5).getTime(), device: 'Portable B' });
  });
});

describe('merging two copies of a file changed on two devices offline', () => {
  const base = synced();
  // A answers the next question and the one after; B answers the same next question differently, later.
  const onA = answered(base.file, 10, { diplome: 'cap-bep', rqth: 'non' });
  const onB = answered(base.file, 12, { diplome: 'aucun' });
  const copyA: FilePayload = { file: onA, stamps: stampChanges(base, onA, 'Tablette A') };
  const copyB: FilePayload = { file: onB, stamps: stampChanges(base, onB, 'Portable B') };

  it('keeps every answer of both, the later one winning per question', () => {
    const merged = mergeCopies([copyA, copyB], refresh);
    expect(answersOf(merged)).toMatchObject({ age: 22, departement: '37', diplome: 'aucun', rqth: 'non' });
    expect(merged.stamps.diplome).toEqual({ at: at(12).getTime(), device: 'Portable B' });
    expect(merged.stamps.rqth).toEqual({ at: at(10).getTime(), device: 'Tablette A' });
    // The path goes on through every question answered on either device.
    expect(fromRecord(merged.file.journey).trail).toEqual(['age', 'departement', 'commune', 'diplome', 'rqth']);
    expect(merged.file.progress?.step).toBeGreaterThan(5);
  });

  it('sets the losing answer aside with its device and time, for the mediator', () => {
    const merged = mergeCopies([copyA, copyB], refresh);
    expect(merged.file.syncAlternatives).toEqual([{ questionId: 'diplome', value: 'cap-bep', device: 'Tablette A', at: at(10).getTime() }]);
  });

  it('gives the same result whichever device merges, so the two devices converge', () => {
    const one = mergeCopies([copyA, copyB], refresh);
    const other = mergeCopies([copyB, copyA], refresh);
    expect(canonical(one)).toBe(canonical(other));
    // Merging the merged copy with itself changes nothing: no new revision, no endless loop.
    expect(canonical(mergeCopies([one, other], refresh))).toBe(canonical(one));
  });

  it('drops an alternative once the same answer is given again', () => {
    const merged = mergeCopies([copyA, copyB], refresh);
    const again = withJourney(merged.file, changeAnswer(fromRecord(merged.file.journey), 'diplome', 'cap-bep'), at(20));
    const later: FilePayload = { file: again, stamps: stampChanges(merged, again, 'Portable B') };
    const remerged = mergeCopies([merged, later], refresh);
    expect(answersOf(remerged).diplome).toBe('cap-bep');
    expect(remerged.file.syncAlternatives).toEqual([{ questionId: 'diplome', value: 'aucun', device: 'Portable B', at: at(12).getTime() }]);
  });

  it('keeps the plan progress recorded on either device', () => {
    const a = { ...copyA, file: { ...copyA.file, planProgress: { 'step-1': { status: 'fait' as const } } } };
    const b = { ...copyB, file: { ...copyB.file, planProgress: { 'step-2': { status: 'en-cours' as const, appointment: 'lundi 10 h' } } } };
    expect(mergeCopies([a, b], refresh).file.planProgress).toEqual({ 'step-1': { status: 'fait' }, 'step-2': { status: 'en-cours', appointment: 'lundi 10 h' } });
  });
});
