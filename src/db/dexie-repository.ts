import Dexie, { type EntityTable } from 'dexie';
import { SCHEMA_VERSIONS, CURRENT_SCHEMA_VERSION } from './schema-versions';
import {
  summaryOf,
  type DirectoryEntry,
  type DirectoryRepository,
  type Repository,
  type ResidentFile,
  type ResidentRepository,
  type ResidentSummary,
  type Setting,
  type SettingsRepository,
  type TrainingRepository,
} from './types';
import { DexieTrainings } from './dexie-trainings';

export const DATABASE_NAME = 'passerelle';

export class PasserelleDatabase extends Dexie {
  residents!: EntityTable<ResidentFile, 'id'>;
  summaries!: EntityTable<ResidentSummary, 'id'>;
  settings!: EntityTable<Setting, 'key'>;
  directory!: EntityTable<DirectoryEntry, 'id'>;

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
    return this.db.summaries.orderBy('updatedAt').reverse().toArray();
  }
  get(id: string) {
    return this.db.residents.get(id);
  }
  /** The file and its summary are written in one transaction: both or neither. */
  async put(file: ResidentFile) {
    await this.db.transaction('rw', this.db.residents, this.db.summaries, async () => {
      await this.db.residents.put(file);
      await this.db.summaries.put(summaryOf(file));
    });
  }
  async delete(id: string) {
    await this.db.transaction('rw', this.db.residents, this.db.summaries, async () => {
      await this.db.residents.delete(id);
      await this.db.summaries.delete(id);
    });
  }
  deleteUntouchedSince(timestamp: number) {
    return this.db.transaction('rw', this.db.residents, this.db.summaries, async () => {
      await this.db.summaries.where('updatedAt').below(timestamp).delete();
      return this.db.residents.where('updatedAt').below(timestamp).delete();
    });
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

class DexieDirectory implements DirectoryRepository {
  constructor(private readonly db: PasserelleDatabase) {}
  async list() {
    return (await this.db.directory.toArray()).sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  }
  async put(entry: DirectoryEntry) {
    await this.db.directory.put(entry);
  }
  async delete(id: string) {
    await this.db.directory.delete(id);
  }
  async putMany(entries: DirectoryEntry[]) {
    await this.db.transaction('rw', this.db.directory, () => this.db.directory.bulkPut(entries));
  }
}

export class DexieRepository implements Repository {
  readonly kind = 'indexeddb' as const;
  readonly residents: ResidentRepository;
  readonly settings: SettingsRepository;
  readonly directory: DirectoryRepository;
  readonly trainings: TrainingRepository;
  constructor(readonly db: PasserelleDatabase) {
    this.residents = new DexieResidents(db);
    this.settings = new DexieSettings(db);
    this.directory = new DexieDirectory(db);
    this.trainings = new DexieTrainings(db);
  }
}
