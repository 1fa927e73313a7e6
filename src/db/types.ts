import type { StoredUi } from './records';

/** What the device keeps about one resident (mediator mode). Minimal by design (brief §6):
 * a first name or nickname, the consent with its date, the journey's answers. No birth date,
 * social-security number, address or nationality. */
export interface ResidentFile {
  id: string;
  nickname: string;
  /** The nickname lower-cased without accents, indexed for search. */
  nameKey: string;
  consent: { givenOn: string; wordingVersion: number };
  createdAt: number;
  updatedAt: number;
  /** The journey record made by machines/ (`toRecord`), opaque to the storage layer. */
  journey: unknown;
  /** Denormalised for the list: parcours id and progress, refreshed on each save. */
  parcours?: string;
  progress?: { step: number; stepCount: number; done: boolean };
  /** Where the wizard stands beyond the journey (recap, plan, a choice not yet confirmed). */
  ui?: StoredUi;
  /** What the resident did with each step of the plan (status, appointment). */
  planProgress?: Record<string, { status: 'a-faire' | 'en-cours' | 'fait'; appointment?: string }>;
  /** The resident agreed to have their first name or nickname printed on the plan (off by default). */
  printName?: boolean;
}

/** What the list of files shows, kept in its own table so that listing 5,000 files does not
 * read 5,000 journeys. Derived from the file on every write. */
export type ResidentSummary = Pick<ResidentFile, 'id' | 'nickname' | 'nameKey' | 'updatedAt' | 'parcours' | 'progress'> & {
  /** The stored row could not be read: the list still shows it, so it can be opened and dealt with. */
  damaged?: true;
};

export function summaryOf(file: ResidentFile): ResidentSummary {
  const { id, nickname, nameKey, updatedAt, parcours, progress } = file;
  const summary: ResidentSummary = { id, nickname, nameKey, updatedAt };
  if (parcours !== undefined) summary.parcours = parcours;
  if (progress !== undefined) summary.progress = progress;
  return summary;
}

export interface Setting {
  key: string;
  value: unknown;
}

export interface ResidentRepository {
  /** Newest first. */
  list(): Promise<ResidentSummary[]>;
  get(id: string): Promise<ResidentFile | undefined>;
  put(file: ResidentFile): Promise<void>;
  /** Writes several files at once: all of them or, on a failure, none (a restore). */
  putMany(files: readonly ResidentFile[]): Promise<void>;
  delete(id: string): Promise<void>;
  /** Deletes the files last changed before `timestamp`; returns how many. */
  deleteUntouchedSince(timestamp: number): Promise<number>;
}

export interface SettingsRepository {
  get<T>(key: string): Promise<T | undefined>;
  set(key: string, value: unknown): Promise<void>;
  /** Every setting, for the memory fallback and the backup. */
  entries(): Promise<Setting[]>;
}

export type StorageKind = 'indexeddb' | 'memory';

export interface Repository {
  readonly kind: StorageKind;
  readonly residents: ResidentRepository;
  readonly settings: SettingsRepository;
}

export function nameKeyOf(nickname: string): string {
  return nickname
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .trim();
}
