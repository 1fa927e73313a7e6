// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { MemoryRepository, type ResidentFile } from '../../src/db';
import { residentFile } from '../db/fixtures';
import { BACKUP_FORMAT, BackupError, openBackup, sealBackup } from '../../src/lib/backup-format';
import { applyRestore, createBackup, planRestore } from '../../src/features/caseload/backup';
import { backupReminderDue, SETTING_LAST_BACKUP } from '../../src/features/caseload/backup-reminder';
import { answerQuestion, startJourney, toRecord } from '../../machines';

const NOW = new Date('2026-12-01T10:00:00.000Z');
const DAY = 24 * 60 * 60 * 1000;

function file(id: string, nickname: string, daysAgo: number, age = 19): ResidentFile {
  return {
    ...residentFile(id, NOW.getTime() - daysAgo * DAY, nickname),
    journey: toRecord(answerQuestion(startJourney(), 'age', age)),
    planProgress: { 'step-1': { status: 'en-cours', appointment: 'mardi 9 h' } },
  };
}

async function reason(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof BackupError)) throw new Error(`expected a BackupError, got ${String(error)}`);
  return error.code;
}

describe('the backup envelope', () => {
  it('gives back exactly what was sealed, and nothing of it is readable in the file', async () => {
    const content = { residents: ['Zoé Martin-Ledoux'] };
    const text = await sealBackup(content, 'une phrase de passe longue');
    expect(text).not.toContain('Zoé');
    expect(text.startsWith(`{"format":"${BACKUP_FORMAT}"`)).toBe(true);
    expect(await openBackup(text, 'une phrase de passe longue')).toEqual(content);
  });

  it('uses a fresh salt and IV each time', async () => {
    const a = JSON.parse(await sealBackup({}, 'une phrase de passe longue'));
    const b = JSON.parse(await sealBackup({}, 'une phrase de passe longue'));
    expect(a.kdf.salt).not.toBe(b.kdf.salt);
    expect(a.cipher.iv).not.toBe(b.cipher.iv);
    expect(a.kdf.iterations).toBeGreaterThanOrEqual(600_000);
  });

  it('tells a wrong passphrase, a cut file, a damaged file, a newer release and a foreign file apart', async () => {
    const text = await sealBackup({ hello: 'world' }, 'une phrase de passe longue');
    expect(await reason(openBackup(text, 'une autre phrase'))).toBe('wrongPassphrase');
    expect(await reason(openBackup(text.slice(0, Math.floor(text.length * 0.7)), 'une phrase de passe longue'))).toBe('truncated');
    const parsed = JSON.parse(text);
    const flipped = parsed.ciphertext[10] === 'A' ? 'B' : 'A';
    const damaged = JSON.stringify({ ...parsed, ciphertext: parsed.ciphertext.slice(0, 10) + flipped + parsed.ciphertext.slice(11) });
    expect(await reason(openBackup(damaged, 'une phrase de passe longue'))).toBe('damaged');
    expect(await reason(openBackup(JSON.stringify({ ...parsed, version: 2 }), 'une phrase de passe longue'))).toBe('newer');
    expect(await reason(openBackup('{"format":"passerelle.resident"}', 'x'))).toBe('notBackup');
    expect(await reason(openBackup('pas du json', 'x'))).toBe('notBackup');
  });

  it('refuses a header whose parameters were changed (authenticated header)', async () => {
    const parsed = JSON.parse(await sealBackup({ a: 1 }, 'une phrase de passe longue'));
    const lowered = JSON.stringify({ ...parsed, kdf: { ...parsed.kdf, iterations: 100_000 } });
    expect(await reason(openBackup(lowered, 'une phrase de passe longue'))).toBe('wrongPassphrase');
    const weak = JSON.stringify({ ...parsed, kdf: { ...parsed.kdf, iterations: 1000 } });
    expect(await reason(openBackup(weak, 'une phrase de passe longue'))).toBe('damaged');
  });
});

describe('backing up and restoring the caseload', () => {
  it('restores every file and setting on an empty device, and says what it adds', async () => {
    const source = new MemoryRepository();
    await source.residents.put(file('a', 'Awa', 1, 19));
    await source.residents.put(file('b', 'Bilal', 3, 44));
    await source.settings.set('structureName', 'Centre social des Rives');
    await source.settings.set('kiosk.active', true);
    const { text, count } = await createBackup(source, 'une phrase de passe longue', NOW);
    expect(count).toBe(2);

    const target = new MemoryRepository();
    const plan = await planRestore(target, text, 'une phrase de passe longue', NOW);
    expect(plan.add.map((f) => f.nickname).sort()).toEqual(['Awa', 'Bilal']);
    expect(plan.replace).toEqual([]);
    expect(await target.residents.list()).toEqual([]);
    await applyRestore(target, plan);
    expect(await target.residents.get('a')).toEqual(await source.residents.get('a'));
    expect(await target.residents.get('b')).toEqual(await source.residents.get('b'));
    expect(await target.settings.get('structureName')).toBe('Centre social des Rives');
    // a restored tablet does not start locked in kiosk mode
    expect(await target.settings.get('kiosk.active')).toBeUndefined();
  });

  it('carries the address book: each entry of the backup replaces its namesake, the device\'s others stay', async () => {
    const entry = (id: string, name: string) => ({ id, type: 'mission-locale', name, commune: 'Tours', communeCode: '37261', phone: '02 47 00 00 00', staffNote: 'Demander Karima', updatedOn: '2026-11-30' });
    const source = new MemoryRepository();
    await source.directory.put(entry('ml-tours', 'Mission locale de Tours'));
    const { text } = await createBackup(source, 'une phrase de passe longue', NOW);

    const target = new MemoryRepository();
    await target.directory.put({ ...entry('ml-tours', 'Ancien nom'), phone: '02 00 00 00 00' });
    await target.directory.put(entry('pij', 'Point information jeunesse'));
    const plan = await planRestore(target, text, 'une phrase de passe longue', NOW);
    expect(plan.directory.map((e) => e.name)).toEqual(['Mission locale de Tours']);
    expect((await target.directory.list()).map((e) => e.name)).toEqual(['Ancien nom', 'Point information jeunesse']);
    await applyRestore(target, plan);
    expect(await target.directory.list()).toEqual([entry('ml-tours', 'Mission locale de Tours'), entry('pij', 'Point information jeunesse')]);
  });

  it('replaces an older copy, keeps a copy changed here since, and leaves out files past the retention period', async () => {
    const source = new MemoryRepository();
    await source.residents.put(file('a', 'Awa', 2));
    await source.residents.put(file('b', 'Bilal', 2));
    await source.residents.put(file('old', 'Odile', 200));
    const { text } = await createBackup(source, 'une phrase de passe longue', NOW);

    const target = new MemoryRepository();
    await target.residents.put(file('a', 'Awa', 5, 30));
    await target.residents.put(file('b', 'Bilal', 0, 50));
    const plan = await planRestore(target, text, 'une phrase de passe longue', NOW);
    expect(plan.replace.map((f) => f.id)).toEqual(['a']);
    expect(plan.keep.map((f) => f.id)).toEqual(['b']);
    expect(plan.expired).toBe(1);
    await applyRestore(target, plan);
    expect((await target.residents.get('b'))?.updatedAt).toBe(NOW.getTime());
    expect(await target.residents.get('old')).toBeUndefined();
  });

  it('changes nothing on a wrong passphrase', async () => {
    const source = new MemoryRepository();
    await source.residents.put(file('a', 'Awa', 1));
    const { text } = await createBackup(source, 'une phrase de passe longue', NOW);
    const target = new MemoryRepository();
    expect(await reason(planRestore(target, text, 'pas la bonne phrase', NOW))).toBe('wrongPassphrase');
    expect(await target.residents.list()).toEqual([]);
  });

  it('does not restore a file whose journey this release cannot open', async () => {
    const source = new MemoryRepository();
    await source.residents.put({ ...file('n', 'Nour', 1), journey: { machineId: 'passerelle.journey', machineVersion: 99, journey: { answers: {}, trail: [] }, savedAt: NOW.toISOString() } });
    await source.residents.put(file('a', 'Awa', 1));
    const plan = await planRestore(new MemoryRepository(), (await createBackup(source, 'une phrase de passe longue', NOW)).text, 'une phrase de passe longue', NOW);
    expect(plan.add.map((f) => f.id)).toEqual(['a']);
    expect(plan.unreadable).toBe(1);
  });
});

describe('the backup reminder', () => {
  it('is due after a week without a backup, not before, and never when turned off or in kiosk mode', async () => {
    const repo = new MemoryRepository();
    await repo.residents.put(file('a', 'Awa', 1));
    expect((await backupReminderDue(repo, NOW)).due).toBe(true);
    await repo.settings.set(SETTING_LAST_BACKUP, NOW.getTime() - 6 * DAY);
    expect((await backupReminderDue(repo, NOW)).due).toBe(false);
    await repo.settings.set(SETTING_LAST_BACKUP, NOW.getTime() - 8 * DAY);
    expect((await backupReminderDue(repo, NOW)).due).toBe(true);
    await repo.settings.set('backup.reminderDays', 0);
    expect((await backupReminderDue(repo, NOW)).due).toBe(false);
    await repo.settings.set('backup.reminderDays', 7);
    await repo.settings.set('kiosk.active', true);
    expect((await backupReminderDue(repo, NOW)).due).toBe(false);
  });
});
