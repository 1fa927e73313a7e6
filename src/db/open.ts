import { DexieRepository, PasserelleDatabase } from './dexie-repository';
import { MemoryRepository } from './memory-repository';
import { ChangeChannel } from './changes';
import { ResilientRepository } from './storage';

// Apart from storage.ts so that a page kept in memory (a plan opened from its QR code) never
// loads Dexie: only this module imports it.
/** Opens the device's database, or falls back to memory when the browser has none. */
export async function openStorage(factory: () => PasserelleDatabase = () => new PasserelleDatabase()): Promise<ResilientRepository> {
  if (typeof indexedDB === 'undefined' || indexedDB === null) {
    return new ResilientRepository(new MemoryRepository(), 'unavailable');
  }
  try {
    const db = factory();
    await db.open();
    const repository = new ResilientRepository(new DexieRepository(db), 'ok', new ChangeChannel());
    // Fired on this connection when the database is deleted (eviction, site data cleared) or
    // another tab opens it with a newer schema; Dexie then closes it.
    db.on('versionchange', () => repository.detach());
    return repository;
  } catch (error) {
    console.warn('Passerelle: IndexedDB cannot be opened, continuing in memory', error);
    return new ResilientRepository(new MemoryRepository(), 'unavailable');
  }
}
