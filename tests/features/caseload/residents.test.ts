import { describe, expect, it } from 'vitest';
import { answerQuestion, startJourney } from '../../../machines';
import { MemoryRepository } from '../../../src/db';
import {
  createResidentFile,
  exportResidentFile,
  journeyOf,
  parseResidentExport,
  purgeExpiredFiles,
  SETTING_RETENTION_DAYS,
} from '../../../src/features/caseload/residents';

const NOW = new Date('2026-11-25T10:00:00Z');
const DAY = 86_400_000;

function sampleFile() {
  const journey = answerQuestion(startJourney(), 'age', 23);
  return createResidentFile('Élodie', NOW, journey);
}

describe('exporting and importing one file', () => {
  it('round-trips a file with its answers', () => {
    const file = sampleFile();
    const result = parseResidentExport(exportResidentFile(file, NOW), NOW);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.file.id).toBe(file.id);
    expect(result.file.nickname).toBe('Élodie');
    expect(result.file.nameKey).toBe('elodie');
    expect(result.file.updatedAt).toBe(file.updatedAt);
    expect(journeyOf(result.file)).toEqual(journeyOf(file));
  });

  it.each([
    ['text that is not JSON', 'bonjour', 'notJson'],
    ['a truncated file', '{"format":"passerelle.resident","version":1,', 'notJson'],
    ['another program’s JSON', JSON.stringify({ name: 'x', ssn: '185057' }), 'foreign'],
    ['an empty object', '{}', 'foreign'],
    ['a file from a newer release', JSON.stringify({ format: 'passerelle.resident', version: 99, exportedAt: 'x', file: {} }), 'foreign'],
    ['a nickname of 500 characters', null, 'foreign'],
    ['a journey that is garbage', null, 'foreign'],
    ['a huge file', 'x'.repeat(1_000_001), 'tooLarge'],
  ])('refuses %s', (_label, text, error) => {
    let input = text;
    if (input === null) {
      const exported = JSON.parse(exportResidentFile(sampleFile(), NOW));
      if (_label.includes('nickname')) exported.file.nickname = 'x'.repeat(500);
      else exported.file.journey = { machineId: 'passerelle.journey', machineVersion: 1, journey: 'not a journey' };
      input = JSON.stringify(exported);
    }
    expect(parseResidentExport(input, NOW)).toEqual({ ok: false, error });
  });

  it('says a well-formed file from a newer release needs an update', () => {
    const exported = JSON.parse(exportResidentFile(sampleFile(), NOW));
    exported.version = 2;
    expect(parseResidentExport(JSON.stringify(exported), NOW)).toEqual({ ok: false, error: 'newerVersion' });
  });
});

describe('retention', () => {
  it('deletes the files untouched for longer than the set number of days, and says how many', async () => {
    const repo = new MemoryRepository();
    await repo.settings.set(SETTING_RETENTION_DAYS, 30);
    const fresh = { ...sampleFile(), id: 'fresh', updatedAt: NOW.getTime() - 29 * DAY };
    const stale = { ...sampleFile(), id: 'stale', updatedAt: NOW.getTime() - 31 * DAY };
    await repo.residents.put(fresh);
    await repo.residents.put(stale);
    expect(await purgeExpiredFiles(repo, NOW)).toEqual({ count: 1, days: 30 });
    expect((await repo.residents.list()).map((f) => f.id)).toEqual(['fresh']);
  });

  it('keeps 90 days by default', async () => {
    const repo = new MemoryRepository();
    await repo.residents.put({ ...sampleFile(), id: 'a', updatedAt: NOW.getTime() - 89 * DAY });
    await repo.residents.put({ ...sampleFile(), id: 'b', updatedAt: NOW.getTime() - 91 * DAY });
    expect(await purgeExpiredFiles(repo, NOW)).toEqual({ count: 1, days: 90 });
  });
});
