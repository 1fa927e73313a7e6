import { describe, expect, it } from 'vitest';
import { freshDexie, residentFile } from './fixtures';
import {
  MemoryRepository,
  PasserelleDatabase,
  ResilientRepository,
  nameKeyOf,
  openStorage,
  type Repository,
} from '../../src/db';

const file = residentFile;

describe.each([
  ['IndexedDB (Dexie)', freshDexie],
  ['memory', () => new MemoryRepository()],
] as [string, () => Repository][])('the %s repository', (_name, make) => {
  it('lists files newest first and returns what was stored', async () => {
    const repo = make();
    await repo.residents.put(file('a', 1000));
    await repo.residents.put(file('b', 3000));
    await repo.residents.put(file('c', 2000));
    expect((await repo.residents.list()).map((f) => f.id)).toEqual(['b', 'c', 'a']);
    expect(await repo.residents.get('c')).toEqual(file('c', 2000));
  });

  it('gives the newest files and the count as the full list would', async () => {
    const repo = make();
    for (const [id, at] of [['a', 1000], ['b', 3000], ['c', 2000], ['d', 4000]] as const) await repo.residents.put(file(id, at));
    expect((await repo.residents.newest(2)).map((f) => f.id)).toEqual(['d', 'b']);
    expect(await repo.residents.newest(2)).toEqual((await repo.residents.list()).slice(0, 2));
    expect(await repo.residents.count()).toBe(4);
    await repo.residents.delete('d');
    expect(await repo.residents.count()).toBe(3);
  });

  it('forgets a file completely', async () => {
    const repo = make();
    await repo.residents.put(file('a', 1000));
    await repo.residents.delete('a');
    expect(await repo.residents.get('a')).toBeUndefined();
    expect(await repo.residents.list()).toEqual([]);
  });

  it('deletes only the files untouched since a date, and says how many', async () => {
    const repo = make();
    await repo.residents.put(file('old', 1000));
    await repo.residents.put(file('older', 500));
    await repo.residents.put(file('recent', 5000));
    expect(await repo.residents.deleteUntouchedSince(2000)).toBe(2);
    expect((await repo.residents.list()).map((f) => f.id)).toEqual(['recent']);
  });

  it('keeps settings', async () => {
    const repo = make();
    expect(await repo.settings.get('retentionDays')).toBeUndefined();
    await repo.settings.set('retentionDays', 30);
    expect(await repo.settings.get<number>('retentionDays')).toBe(30);
  });
});

describe('the resilient repository', () => {
  it('carries on in memory, keeping what it had, when a write fails for lack of space', async () => {
    const dexie = freshDexie();
    await dexie.residents.put(file('kept', 1000));
    const repo = new ResilientRepository(dexie);
    const seen: string[] = [];
    repo.subscribe((status) => seen.push(status));
    dexie.db.residents.put = () => Promise.reject(new DOMException('full', 'QuotaExceededError')) as never;

    await repo.residents.put(file('new', 2000));

    expect(repo.status).toBe('write-failed');
    expect(repo.kind).toBe('memory');
    expect(seen).toEqual(['write-failed']);
    expect((await repo.residents.list()).map((f) => f.id)).toEqual(['new', 'kept']);
  });

  it('opens in memory, marked unavailable, when the browser has no IndexedDB', async () => {
    const saved = globalThis.indexedDB;
    // @ts-expect-error: simulating a browser without IndexedDB
    delete globalThis.indexedDB;
    try {
      const repo = await openStorage();
      expect(repo.status).toBe('unavailable');
      await repo.settings.set('readingMode', 'falc');
      expect(await repo.settings.get('readingMode')).toBe('falc');
    } finally {
      globalThis.indexedDB = saved;
    }
  });

  it('opens in memory when IndexedDB refuses to open', async () => {
    const repo = await openStorage(() => {
      const db = new PasserelleDatabase(`broken-${Date.now()}`);
      db.open = () => Promise.reject(new DOMException('denied', 'InvalidStateError')) as never;
      return db;
    });
    expect(repo.status).toBe('unavailable');
    expect(repo.kind).toBe('memory');
  });
});

describe('search keys', () => {
  it('ignores accents and case', () => {
    expect(nameKeyOf('  Éloïse ')).toBe('eloise');
  });
});
