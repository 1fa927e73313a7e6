import { DexieRepository, PasserelleDatabase } from './dexie-repository';
import { MemoryRepository } from './memory-repository';
import { DamagedRecordError } from './records';
import { ChangeChannel, type FileChange } from './changes';
import type { DirectoryRepository, Repository, ResidentFile, ResidentRepository, SettingsRepository, StorageKind, TrainingRepository } from './types';

/**
 * - `ok`: answers are kept in IndexedDB.
 * - `unavailable`: the browser gives no IndexedDB (some private modes): memory only.
 * - `write-failed`: a write failed (disk full: QuotaExceededError): from then on memory only.
 * - `closed`: the database was deleted (the browser evicted the site's data, or someone cleared
 *   it) or upgraded by a newer release in another tab while this page was open: memory only.
 * In every degraded case the app keeps working and says plainly that nothing more will be kept.
 */
export type StorageStatus = 'ok' | 'unavailable' | 'write-failed' | 'closed';

type Listener = (status: StorageStatus) => void;

/** A write to the residents' files, told to whoever mirrors them (src/sync). */
export type ResidentChange = { kind: 'put'; file: ResidentFile } | { kind: 'delete'; id: string } | { kind: 'purge' };
type ChangeListener = (change: ResidentChange) => void;

export class ResilientRepository implements Repository {
  private current: Repository;
  private statusValue: StorageStatus;
  private readonly listeners = new Set<Listener>();
  private readonly changeListeners = new Set<ChangeListener>();
  readonly residents: ResidentRepository;
  readonly settings: SettingsRepository;
  readonly directory: DirectoryRepository;
  /** Not moved to memory on a failure: an import that cannot be written is refused, and the
   * previous one (still readable) stays in use. */
  readonly trainings: TrainingRepository;

  constructor(
    primary: Repository,
    status: StorageStatus = primary.kind === 'memory' ? 'unavailable' : 'ok',
    /** Other tabs of this browser, told of each write (IndexedDB is shared between them). */
    private readonly channel?: ChangeChannel,
  ) {
    this.current = primary;
    this.statusValue = status;
    this.residents = {
      list: () => this.run((r) => r.residents.list()),
      get: (id) => this.run((r) => r.residents.get(id)),
      put: (file: ResidentFile) =>
        this.run((r) => r.residents.put(file)).then(() => {
          this.announce([{ id: file.id }]);
          this.changed({ kind: 'put', file });
        }),
      // A restore writes many files at once; each one is a change the listeners (sync) must see.
      putMany: (files) =>
        this.run((r) => r.residents.putMany(files)).then(() => {
          this.announce(files.map((f) => ({ id: f.id })));
          for (const file of files) this.changed({ kind: 'put', file });
        }),
      delete: (id) =>
        this.run((r) => r.residents.delete(id)).then(() => {
          this.announce([{ id, deleted: true }]);
          this.changed({ kind: 'delete', id });
        }),
      deleteUntouchedSince: (ts) =>
        this.run((r) => r.residents.deleteUntouchedSince(ts)).then((count) => {
          if (count > 0) this.changed({ kind: 'purge' });
          return count;
        }),
    };
    this.settings = {
      get: <T,>(key: string) => this.run((r) => r.settings.get<T>(key)),
      set: (key, value) => this.run((r) => r.settings.set(key, value)),
      entries: () => this.run((r) => r.settings.entries()),
    };
    this.directory = {
      list: () => this.run((r) => r.directory.list()),
      put: (entry) => this.run((r) => r.directory.put(entry)),
      delete: (id) => this.run((r) => r.directory.delete(id)),
      putMany: (entries) => this.run((r) => r.directory.putMany(entries)),
    };
    this.trainings = {
      info: () => this.current.trainings.info(),
      stage: () => this.current.trainings.stage(),
      soonestByRncp: (rncp, where, from, limit) => this.current.trainings.soonestByRncp(rncp, where, from, limit),
      all: () => this.current.trainings.all(),
    };
  }

  get kind(): StorageKind {
    return this.current.kind;
  }

  get status(): StorageStatus {
    return this.statusValue;
  }

  /** Files changed by another tab of this browser. */
  onChangeElsewhere(listener: (changes: FileChange[]) => void): () => void {
    return this.channel?.subscribe(listener) ?? (() => undefined);
  }

  /** Only writes that reached IndexedDB concern the other tabs (memory is this tab's own). */
  private announce(changes: FileChange[]): void {
    if (this.current.kind === 'indexeddb') this.channel?.announce(changes);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The database is going away under this page: carry on in memory from now on. What the
   * screens hold (the open file) is written there at its next change. */
  detach(): void {
    if (this.current.kind === 'memory') return;
    console.warn('Passerelle: the database was deleted or upgraded elsewhere, continuing in memory');
    this.current = new MemoryRepository();
    this.statusValue = 'closed';
    for (const listener of this.listeners) listener(this.statusValue);
  }

  /** Called after each write to the files has succeeded. */
  subscribeResidents(listener: ChangeListener): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  private changed(change: ResidentChange): void {
    for (const listener of this.changeListeners) listener(change);
  }

  private async fallBack(error: unknown): Promise<void> {
    if (this.current.kind === 'memory') throw error;
    console.warn('Passerelle: storage failed, continuing in memory', error);
    this.current = await MemoryRepository.copyOf(this.current);
    this.statusValue = 'write-failed';
    for (const listener of this.listeners) listener(this.statusValue);
  }

  /** Runs an operation on the current store; on failure, falls back to memory and retries. */
  private async run<T>(op: (r: Repository) => Promise<T>): Promise<T> {
    try {
      return await op(this.current);
    } catch (error) {
      // Bad data is not a storage failure: moving to memory would not make it readable.
      if (error instanceof DamagedRecordError) throw error;
      await this.fallBack(error);
      return op(this.current);
    }
  }
}

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
