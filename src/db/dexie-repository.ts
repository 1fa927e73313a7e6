import Dexie, { type EntityTable } from 'dexie';
import { SCHEMA_VERSIONS, CURRENT_SCHEMA_VERSION } from './schema-versions';
import type { Repository, ResidentFile, ResidentRepository, Setting, SettingsRepository } from './types';

export const DATABASE_NAME = 'passerelle';

export class PasserelleDatabase extends Dexie {
  residents!: EntityTable<ResidentFile, 'id'>;
  settings!: EntityTable<Setting, 'key'>;

  /** `upTo` lets the migration tests open the database as an older release did. */
  constructor(name = DATABASE_NAME, upTo = CURRENT_SCHEMA_VERSION) {
    super(name);
    for (const schema of SCHEMA_VERSIONS) {
      if (schema.version > upTo) break;
      const version = this.version(schema.version).stores(schema.stores);
      if (schema.upgrade) version.upgrade(schema.upgrade);
    }
  }
}

class DexieResidents implements ResidentRepository {
  constructor(private readonly db: PasserelleDatabase) {}
  list() {
    return this.db.residents.orderBy('updatedAt').reverse().toArray();
  }
  get(id: string) {
    return this.db.residents.get(id);
  }
  async put(file: ResidentFile) {
    await this.db.residents.put(file);
  }
  async delete(id: string) {
    await this.db.residents.delete(id);
  }
  deleteUntouchedSince(timestamp: number) {
    return this.db.residents.where('updatedAt').below(timestamp).delete();
  }
}

class DexieSettings implements SettingsRepository {
  constructor(private readonly db: PasserelleDatabase) {}
  async get<T>(key: string) {
    const row = await this.db.settings.get(key);
    return row?.value as T | undefined;
  }
  async set(key: string, value: unknown) {
    await this.db.settings.put({ key, value });
  }
}

export class DexieRepository implements Repository {
  readonly kind = 'indexeddb' as const;
  readonly residents: ResidentRepository;
  readonly settings: SettingsRepository;
  constructor(readonly db: PasserelleDatabase) {
    this.residents = new DexieResidents(db);
    this.settings = new DexieSettings(db);
  }
}
