import Dexie, { type EntityTable } from 'dexie';
import { SCHEMA_VERSIONS, CURRENT_SCHEMA_VERSION } from './schema-versions';
import { DamagedRecordError, DirectoryEntrySchema, isPlainSummary, issuesOf, readableRows, ResidentFileSchema, ResidentSummarySchema, SettingSchema } from './records';
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
import { DATABASE_NAME } from './boot-settings';
import { mirrorSavedSetting } from '../lib/first-screen';

export { DATABASE_NAME };

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
  /** A row that does not parse is still listed (by id), marked damaged, so it can be opened,
   * exported or forgotten rather than silently hidden. */
  async list() {
    return this.readable(await this.db.summaries.orderBy('updatedAt').reverse().toArray());
  }
  async newest(limit: number) {
    return this.readable(await this.db.summaries.orderBy('updatedAt').reverse().limit(limit).toArray());
  }
  count() {
    return this.db.summaries.count();
  }
  private readable(rows: unknown[]): ResidentSummary[] {
    const summaries: ResidentSummary[] = [];
    for (const row of rows) {
      if (isPlainSummary(row)) {
        summaries.push(row);
        continue;
      }
      const parsed = ResidentSummarySchema.safeParse(row);
      if (parsed.success) summaries.push(parsed.data);
      else {
        const id = (row as { id?: unknown } | null)?.id;
        if (typeof id === 'string' && id) summaries.push({ id, nickname: '', nameKey: '', updatedAt: 0, damaged: true });
      }
    }
    return summaries;
  }
  /** Throws DamagedRecordError when the stored file does not have the expected shape. */
  async get(id: string) {
    const row: unknown = await this.db.residents.get(id);
    if (row === undefined) return undefined;
    const parsed = ResidentFileSchema.safeParse(row);
    if (!parsed.success) throw new DamagedRecordError(id, row, issuesOf(parsed.error));
    return parsed.data as ResidentFile;
  }
  /** The file and its summary are written in one transaction: both or neither. */
  async put(file: ResidentFile) {
    await this.db.transaction('rw', this.db.residents, this.db.summaries, async () => {
      await this.db.residents.put(file);
      await this.db.summaries.put(summaryOf(file));
    });
  }
  async putMany(files: readonly ResidentFile[]) {
    await this.db.transaction('rw', this.db.residents, this.db.summaries, async () => {
      await this.db.residents.bulkPut([...files]);
      await this.db.summaries.bulkPut(files.map(summaryOf));
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
  /** A malformed row reads as unset: the caller's default applies (each caller checks the
   * value's own type, see retention.ts, preferences, kiosk-settings). */
  async get<T>(key: string) {
    const parsed = SettingSchema.safeParse(await this.db.settings.get(key));
    return parsed.success ? (parsed.data.value as T | undefined) : undefined;
  }
  async entries() {
    const rows: unknown[] = await this.db.settings.toArray();
    return rows.flatMap((row) => {
      const parsed = SettingSchema.safeParse(row);
      return parsed.success ? [parsed.data] : [];
    });
  }
  async set(key: string, value: unknown) {
    await this.db.settings.put({ key, value });
    mirrorSavedSetting(key, value);
  }
}

class DexieDirectory implements DirectoryRepository {
  constructor(private readonly db: PasserelleDatabase) {}
  /** An entry that does not parse is left out: the plan then names the catalogue's address. */
  async list() {
    const rows: unknown[] = await this.db.directory.toArray();
    return readableRows(DirectoryEntrySchema, rows, 'directory').sort((a, b) => a.name.localeCompare(b.name, 'fr'));
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
