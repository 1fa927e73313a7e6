/** The part of PouchDB's API the sync uses, typed here rather than with @types/pouchdb
 * (written for PouchDB 6, and this is 9). */
export interface PouchDoc {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  _conflicts?: string[];
  [field: string]: unknown;
}

export interface PouchError {
  status?: number;
  name?: string;
  message?: string;
}

export interface PouchChange {
  id: string;
  deleted?: boolean;
  doc?: PouchDoc;
}

export interface Replication {
  on(event: 'change', listener: (info: { direction: 'push' | 'pull'; change: { docs: PouchDoc[] } }) => void): Replication;
  on(event: 'paused', listener: (error?: PouchError) => void): Replication;
  on(event: 'active', listener: () => void): Replication;
  on(event: 'denied' | 'error', listener: (error: PouchError) => void): Replication;
  cancel(): void;
}

export interface PouchDatabase {
  info(): Promise<{ doc_count: number; update_seq: number | string }>;
  /** Every leaf revision, deleted ones included (PouchDB has no `deleted_conflicts`). */
  get(id: string, options: { open_revs: 'all' }): Promise<Array<{ ok?: PouchDoc; missing?: string }>>;
  get(id: string, options?: { rev?: string; conflicts?: boolean }): Promise<PouchDoc>;
  put(doc: PouchDoc): Promise<{ ok: boolean; id: string; rev: string }>;
  bulkDocs(docs: PouchDoc[]): Promise<Array<{ ok?: boolean; id?: string; rev?: string; error?: string; status?: number }>>;
  changes(options: { since: number | 'now'; include_docs?: boolean; conflicts?: boolean }): Promise<{ results: PouchChange[] }>;
  sync(
    remote: PouchDatabase,
    options: { live: boolean; retry: boolean; back_off_function?: (delay: number) => number; batch_size?: number },
  ): Replication;
  close(): Promise<void>;
  destroy(): Promise<void>;
}

export type PouchConstructor = new (
  name: string,
  options?: { auth?: { username: string; password: string }; skip_setup?: boolean; auto_compaction?: boolean },
) => PouchDatabase;

export async function loadPouch(): Promise<PouchConstructor> {
  const module = (await import('pouchdb-browser')) as unknown as { default: PouchConstructor };
  return module.default;
}

export function statusOf(error: unknown): number | undefined {
  return typeof error === 'object' && error !== null && typeof (error as PouchError).status === 'number' ? (error as PouchError).status : undefined;
}
