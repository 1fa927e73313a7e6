import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { DexieRepository, MemoryRepository, PasserelleDatabase, type Repository, type TrainingSession } from '../../src/db';

const databases: PasserelleDatabase[] = [];
let n = 0;
afterEach(async () => {
  for (const db of databases.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});
const dexie = (): Repository => {
  const db = new PasserelleDatabase(`local-data-${Date.now()}-${n++}`);
  databases.push(db);
  return new DexieRepository(db);
};

const session = (key: string, rncp?: string): TrainingSession => ({
  key, title: 'Agent de propreté et d’hygiène', titleKey: 'agent de proprete et d hygiene', ...(rncp ? { rncp } : {}), formacodes: ['42811'],
  organisme: 'AFPA', commune: 'Orléans', communeCode: '45234', dep: '45', start: '2027-02-01', prf: true,
});
const info = (fileName: string, sessions: number) => ({ fileName, importedAt: '2026-12-01T10:00:00.000Z', offers: 1, sessions });

describe.each([
  ['IndexedDB (Dexie)', dexie],
  ['memory', () => new MemoryRepository() as Repository],
])('local data in %s', (_name, make) => {
  it('keeps the address book sorted by name, replaces by id and deletes', async () => {
    const repo = make();
    await repo.directory.putMany([
      { id: 'b', type: 'plie', name: 'PLIE de Tours', updatedOn: '2026-12-01' },
      { id: 'a', type: 'cap-emploi', name: 'Cap emploi 45', updatedOn: '2026-12-01' },
    ]);
    await repo.directory.put({ id: 'b', type: 'plie', name: 'PLIE Tours Métropole', updatedOn: '2026-12-01' });
    expect((await repo.directory.list()).map((e) => e.name)).toEqual(['Cap emploi 45', 'PLIE Tours Métropole']);
    await repo.directory.delete('a');
    expect((await repo.directory.list()).map((e) => e.id)).toEqual(['b']);
  });

  it('finds the soonest sessions of an RNCP code in the commune, the département and anywhere, never before the day given', async () => {
    const repo = make();
    const staging = await repo.trainings.stage();
    const at = (key: string, start: string, communeCode: string, dep: string) => ({ ...session(key, 'RNCP31126'), start, communeCode, dep });
    await staging.add([
      at('orleans-1', '2027-03-01', '45234', '45'), at('orleans-0', '2027-01-01', '45234', '45'), at('orleans-past', '2026-11-01', '45234', '45'),
      at('gien', '2027-02-01', '45155', '45'), at('tours', '2027-01-15', '37261', '37'), session('other-code', 'RNCP1'),
    ]);
    await staging.commit(info('x.xml', 6));
    const keys = (await repo.trainings.soonestByRncp('RNCP31126', { communeCode: '45234', dep: '45' }, '2026-12-01', 2)).map((s) => s.key);
    expect(keys).toEqual(['orleans-0', 'orleans-1', 'orleans-0', 'gien', 'orleans-0', 'tours']);
    expect((await repo.trainings.soonestByRncp('RNCP31126', {}, '2027-02-01', 5)).map((s) => s.key)).toEqual(['gien', 'orleans-1']);
  });

  it('uses a training import only once committed, and keeps the previous one through an abort', async () => {
    const repo = make();
    const first = await repo.trainings.stage();
    await first.add([session('1', 'RNCP31126'), session('2')]);
    expect(await repo.trainings.info()).toBeUndefined();
    expect(await repo.trainings.all()).toEqual([]);
    await first.commit(info('offre-1.xml', 2));
    expect((await repo.trainings.soonestByRncp('RNCP31126', {}, '2026-12-01', 3)).map((s) => s.key)).toEqual(['1']);

    const second = await repo.trainings.stage();
    await second.add([session('3', 'RNCP31126')]);
    // while the second one is written, the first is what plans read
    expect((await repo.trainings.all()).map((s) => s.key).sort()).toEqual(['1', '2']);
    await second.abort();
    expect((await repo.trainings.all()).map((s) => s.key).sort()).toEqual(['1', '2']);
    expect((await repo.trainings.info())?.fileName).toBe('offre-1.xml');

    const third = await repo.trainings.stage();
    await third.add([session('4', 'RNCP31126')]);
    await third.commit(info('offre-2.xml', 1));
    expect((await repo.trainings.all()).map((s) => s.key)).toEqual(['4']);
    expect((await repo.trainings.info())?.fileName).toBe('offre-2.xml');
  });
});
