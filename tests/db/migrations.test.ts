import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, DexieRepository, PasserelleDatabase, SCHEMA_VERSIONS, summaryOf, type DirectoryEntry, type ResidentFile } from '../../src/db';

/**
 * The migration harness: write data as the release that shipped schema version N did, then
 * open the database with today's code and check nothing was lost. Each new schema version
 * adds its fixtures to `WRITTEN_AT`.
 */
const SAMIRA: ResidentFile[] = [
      {
        id: 'f1',
        nickname: 'Samira',
        nameKey: 'samira',
        consent: { givenOn: '2026-11-01', wordingVersion: 1 },
        createdAt: Date.UTC(2026, 10, 1),
        updatedAt: Date.UTC(2026, 10, 2),
        journey: { machineId: 'passerelle.journey', machineVersion: 1, journey: { answers: { age: 22 }, trail: ['age'] } },
        parcours: 'jeune',
        progress: { step: 2, stepCount: 14, done: false },
      },
];
const SETTINGS = [{ key: 'readingMode', value: 'falc' }];
const CONTACTS: DirectoryEntry[] = [
  { id: 'ml-orleans', type: 'mission-locale', name: 'Mission locale de l’Orléanais', communeCode: '45234', commune: 'Orléans', phone: '02 38 00 00 00', staffNote: 'Demander Julie', updatedOn: '2026-11-30' },
];

interface Fixture {
  residents: ResidentFile[];
  /** the address book, from v3 */
  directory?: DirectoryEntry[];
  settings: { key: string; value: unknown }[];
  /** Writes as the release that shipped this version did. */
  write(db: PasserelleDatabase): Promise<void>;
}

const WRITTEN_AT: Record<number, Fixture> = {
  1: {
    residents: SAMIRA,
    settings: SETTINGS,
    async write(db) {
      await db.table('residents').bulkPut(SAMIRA);
      await db.table('settings').bulkPut(SETTINGS);
    },
  },
  2: {
    residents: SAMIRA,
    settings: SETTINGS,
    async write(db) {
      await db.table('residents').bulkPut(SAMIRA);
      await db.table('summaries').bulkPut(SAMIRA.map(summaryOf));
      await db.table('settings').bulkPut(SETTINGS);
    },
  },
  3: {
    residents: SAMIRA,
    settings: SETTINGS,
    directory: CONTACTS,
    async write(db) {
      await db.table('residents').bulkPut(SAMIRA);
      await db.table('summaries').bulkPut(SAMIRA.map(summaryOf));
      await db.table('settings').bulkPut(SETTINGS);
      await db.table('directory').bulkPut(CONTACTS);
    },
  },
};

describe('IndexedDB schema versions', () => {
  it('are numbered 1, 2, 3… without gaps, so every release can be opened as it was', () => {
    expect(SCHEMA_VERSIONS.map((v) => v.version)).toEqual(SCHEMA_VERSIONS.map((_, i) => i + 1));
  });

  it('each have fixtures written at that version', () => {
    expect(Object.keys(WRITTEN_AT).map(Number)).toEqual(SCHEMA_VERSIONS.map((v) => v.version));
  });

  it.each(SCHEMA_VERSIONS.map((v) => v.version))('lose nothing written at version %i when opened by the current code', async (version) => {
    const name = `migration-${version}-${Date.now()}`;
    const fixtures = WRITTEN_AT[version]!;
    const old = new PasserelleDatabase(name, version);
    await old.open();
    expect(old.verno).toBe(version);
    await fixtures.write(old);
    old.close();

    const current = new PasserelleDatabase(name);
    await current.open();
    expect(current.verno).toBe(CURRENT_SCHEMA_VERSION);
    const repo = new DexieRepository(current);
    for (const resident of fixtures.residents) {
      expect(await repo.residents.get(resident.id)).toMatchObject(resident);
    }
    // The list of files (summaries since v2) shows every file written before.
    expect(await repo.residents.list()).toEqual(fixtures.residents.map(summaryOf));
    for (const setting of fixtures.settings) {
      expect(await repo.settings.get(setting.key)).toEqual(setting.value);
    }
    expect(await repo.directory.list()).toEqual(fixtures.directory ?? []);
    // an address book and a training import can be written into a database opened from any version
    await repo.directory.put(CONTACTS[0]!);
    expect(await repo.trainings.info()).toBeUndefined();
    current.close();
    await Dexie.delete(name);
  });
});
