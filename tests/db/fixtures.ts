import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach } from 'vitest';
import { DexieRepository, PasserelleDatabase, nameKeyOf, type ResidentFile } from '../../src/db';

/** A minimal valid file, as the repository stores it. */
export function residentFile(id: string, updatedAt: number, nickname = `Personne ${id}`): ResidentFile {
  return {
    id,
    nickname,
    nameKey: nameKeyOf(nickname),
    consent: { givenOn: '2026-11-25', wordingVersion: 1 },
    createdAt: updatedAt,
    updatedAt,
    journey: { answers: { age: 19 } },
  };
}

let counter = 0;
const databases: PasserelleDatabase[] = [];
/** A Dexie repository on a database of its own, deleted after the test. */
export function freshDexie(): DexieRepository {
  const db = new PasserelleDatabase(`test-${Date.now()}-${counter++}`);
  databases.push(db);
  return new DexieRepository(db);
}
afterEach(async () => {
  for (const db of databases.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});
