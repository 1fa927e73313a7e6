import { describe, expect, it } from 'vitest';
import { DexieRepository, PasserelleDatabase } from '../../src/db';
import { readBootSettings } from '../../src/db/boot-settings';

const uniqueName = () => `boot-${Math.random().toString(36).slice(2)}`;

describe('the settings read before the first screen, without Dexie', () => {
  it('reads the values Dexie stored, and only the keys asked for', async () => {
    const name = uniqueName();
    const db = new PasserelleDatabase(name);
    const settings = new DexieRepository(db).settings;
    await settings.set('readingMode', 'falc');
    await settings.set('lang', 'ar');
    await settings.set('retentionDays', 30);
    db.close();
    expect(await readBootSettings(['readingMode', 'lang', 'kiosk.active'], name)).toEqual({ readingMode: 'falc', lang: 'ar' });
  });

  it('creates no database on a device that has none, so Dexie later makes it at its own version', async () => {
    const name = uniqueName();
    expect(await readBootSettings(['readingMode'], name)).toEqual({});
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(name);
    const db = new PasserelleDatabase(name);
    await db.open();
    expect(db.verno).toBeGreaterThan(1);
    db.close();
  });

  it('reads nothing, without failing, from a row that is not a setting', async () => {
    const name = uniqueName();
    const db = new PasserelleDatabase(name);
    await db.open();
    await db.settings.put({ key: 'lang', value: 'en' });
    await db.table('settings').put({ key: 'readingMode' });
    db.close();
    expect(await readBootSettings(['readingMode', 'lang'], name)).toEqual({ lang: 'en' });
  });

  it('opens the database to look when the browser cannot list its databases', async () => {
    const name = uniqueName();
    const db = new PasserelleDatabase(name);
    await new DexieRepository(db).settings.set('kiosk.active', true);
    db.close();
    const databases = indexedDB.databases;
    // @ts-expect-error: a browser without indexedDB.databases()
    indexedDB.databases = undefined;
    try {
      expect(await readBootSettings(['kiosk.active'], name)).toEqual({ 'kiosk.active': true });
      expect(await readBootSettings(['kiosk.active'], uniqueName())).toEqual({});
    } finally {
      indexedDB.databases = databases;
    }
  });

  it('reads nothing when the browser has no IndexedDB', async () => {
    const saved = globalThis.indexedDB;
    // @ts-expect-error: simulating a browser without IndexedDB
    delete globalThis.indexedDB;
    try {
      expect(await readBootSettings(['readingMode'])).toEqual({});
    } finally {
      globalThis.indexedDB = saved;
    }
  });
});
