import {
  summaryOf,
  type DirectoryEntry,
  type DirectoryRepository,
  type Repository,
  type ResidentFile,
  type ResidentRepository,
  type SettingsRepository,
  type TrainingImport,
  type TrainingRepository,
  type TrainingSession,
} from './types';

/** Keeps everything in this page's memory: for tests, for the kiosk (nothing may outlive the
 * session), and as the fallback when IndexedDB is missing or full. Copies on the way in and
 * out so callers cannot mutate what is stored. */
export class MemoryRepository implements Repository {
  readonly kind = 'memory' as const;
  private readonly files = new Map<string, ResidentFile>();
  private readonly values = new Map<string, unknown>();

  readonly residents: ResidentRepository = {
    list: async () => [...this.files.values()].sort((a, b) => b.updatedAt - a.updatedAt).map((file) => structuredClone(summaryOf(file))),
    get: async (id) => {
      const file = this.files.get(id);
      return file && structuredClone(file);
    },
    put: async (file) => {
      this.files.set(file.id, structuredClone(file));
    },
    putMany: async (files) => {
      for (const file of files) this.files.set(file.id, structuredClone(file));
    },
    delete: async (id) => {
      this.files.delete(id);
    },
    deleteUntouchedSince: async (timestamp) => {
      let count = 0;
      for (const [id, file] of this.files) {
        if (file.updatedAt < timestamp) {
          this.files.delete(id);
          count++;
        }
      }
      return count;
    },
  };

  readonly settings: SettingsRepository = {
    get: async <T,>(key: string) => {
      const value = this.values.get(key);
      return value === undefined ? undefined : (structuredClone(value) as T);
    },
    set: async (key, value) => {
      this.values.set(key, structuredClone(value));
    },
    entries: async () => [...this.values].map(([key, value]) => ({ key, value: structuredClone(value) })),
  };

  private readonly contacts = new Map<string, DirectoryEntry>();
  readonly directory: DirectoryRepository = {
    list: async () => [...this.contacts.values()].sort((a, b) => a.name.localeCompare(b.name, 'fr')).map((e) => structuredClone(e)),
    put: async (entry) => {
      this.contacts.set(entry.id, structuredClone(entry));
    },
    delete: async (id) => {
      this.contacts.delete(id);
    },
    putMany: async (entries) => {
      for (const entry of entries) this.contacts.set(entry.id, structuredClone(entry));
    },
  };

  private sessions: TrainingSession[] = [];
  private trainingInfo: TrainingImport | undefined;
  readonly trainings: TrainingRepository = {
    info: async () => this.trainingInfo && structuredClone(this.trainingInfo),
    stage: async () => {
      let staged: TrainingSession[] = [];
      return {
        add: async (sessions) => {
          staged.push(...structuredClone(sessions));
        },
        commit: async (info) => {
          this.sessions = staged;
          this.trainingInfo = structuredClone(info);
          staged = [];
        },
        abort: async () => {
          staged = [];
        },
      };
    },
    soonestByRncp: async (rncp, where, from, limit) => {
      const soonest = (keep: (s: TrainingSession) => boolean) =>
        this.sessions.filter((s) => s.rncp === rncp && s.start >= from && keep(s)).sort((a, b) => a.start.localeCompare(b.start)).slice(0, limit);
      return structuredClone([
        ...(where.communeCode ? soonest((s) => s.communeCode === where.communeCode) : []),
        ...(where.dep ? soonest((s) => s.dep === where.dep) : []),
        ...soonest(() => true),
      ]);
    },
    all: async () => structuredClone(this.sessions),
  };

  /** Used when falling back from IndexedDB: carries over what was readable, files and
   * settings (the language, the retention period, the kiosk's PIN must not reset mid-session). */
  static async copyOf(source: Repository): Promise<MemoryRepository> {
    const copy = new MemoryRepository();
    try {
      for (const { key, value } of await source.settings.entries()) await copy.settings.set(key, value);
    } catch {
      // The settings cannot be read: the defaults apply.
    }
    let summaries: Awaited<ReturnType<Repository['residents']['list']>> = [];
    try {
      summaries = await source.residents.list();
    } catch {
      // The source cannot be read either: start empty rather than fail.
    }
    for (const summary of summaries) {
      try {
        const file = await source.residents.get(summary.id);
        if (file) await copy.residents.put(file);
      } catch {
        // One unreadable file must not cost the others; it stays in IndexedDB as it was.
      }
    }
    try {
      await copy.directory.putMany(await source.directory.list());
    } catch {
      // The address book cannot be read: the plans fall back to the catalogue's addresses.
    }
    return copy;
  }
}
