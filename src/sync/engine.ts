/**
 * Mirrors the device's files (Dexie, the app's store) into a local PouchDB of encrypted
 * documents, and replicates that with the structure's CouchDB database, live and both ways.
 * PouchDB does the protocol: checkpoints, retries, conflict records. This module only turns
 * files into ciphertext and back, and resolves conflicts with mergeCopies().
 *
 * Loaded with import() only when sync is on: the home screen never pays for PouchDB.
 */
import type { ResidentFile, ResilientRepository, ResidentChange } from '../db';
import { createKeyDocument, keyFromDocument, open, seal, WrongKeyError, KEY_DOC_ID, type KeyDocument, type Sealed } from './crypto';
import { canonical, mergeCopies, stampChanges, type FilePayload, type Refresh } from './merge';
import { loadPouch, statusOf, type PouchDatabase, type PouchDoc, type Replication } from './pouch';
import { announceRemoteChange, setSyncState, type SyncFailure } from './status';
import type { SyncConfig } from './config';

export const LOCAL_DATABASE = 'passerelle-sync';
/** Where this device last stood with a file: the revision it last wrote to or read into Dexie.
 * `_local` documents never replicate. */
const markerId = (id: string) => `_local/m-${id}`;
/** Set on the deletion made by « Oublier » or the retention purge, so that forgetting wins over
 * an edit made elsewhere while offline (CouchDB would otherwise let the edit win). */
const FORGOTTEN = 'forgotten';

type EncryptedDoc = PouchDoc & Sealed;

export function failureOf(error: unknown): SyncFailure | 'offline' {
  if (error instanceof WrongKeyError) return 'wrongPassphrase';
  const status = statusOf(error);
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'notFound';
  if (status !== undefined && status >= 400) return 'server';
  return 'offline';
}

function remoteDatabase(Pouch: Awaited<ReturnType<typeof loadPouch>>, config: Pick<SyncConfig, 'url' | 'username' | 'password'>) {
  return new Pouch(config.url.replace(/\/$/, ''), { auth: { username: config.username, password: config.password }, skip_setup: true });
}

/**
 * Checks a new device's settings against the server and gets the structure key: creates the
 * key document when this is the structure's first device, checks the passphrase otherwise.
 * Nothing is stored and nothing replicated unless this succeeds.
 */
export async function connectDevice(settings: { url: string; username: string; password: string; passphrase: string }): Promise<{ ok: true; key: CryptoKey } | { ok: false; reason: SyncFailure | 'offline' }> {
  const Pouch = await loadPouch();
  const remote = remoteDatabase(Pouch, settings);
  try {
    await remote.info();
    let existing: KeyDocument | undefined;
    try {
      existing = (await remote.get(KEY_DOC_ID)) as unknown as KeyDocument;
    } catch (error) {
      if (statusOf(error) !== 404) throw error;
    }
    if (existing) return { ok: true, key: await keyFromDocument(settings.passphrase, existing) };
    const { doc, key } = await createKeyDocument(settings.passphrase);
    await remote.put(doc as unknown as PouchDoc);
    return { ok: true, key };
  } catch (error) {
    return { ok: false, reason: failureOf(error) };
  } finally {
    await remote.close().catch(() => undefined);
  }
}

export class SyncEngine {
  private readonly local: PouchDatabase;
  private readonly remote: PouchDatabase;
  private replication: Replication | null = null;
  /** One operation at a time per file, so a later state never loses to an earlier one. */
  private readonly queues = new Map<string, Promise<void>>();
  /** Files being written into Dexie by the engine itself: their change events are not echoed. */
  private readonly applying = new Set<string>();
  /** Files written locally and not yet seen leaving for the server. */
  private readonly pending = new Set<string>();
  private failure: SyncFailure | null = null;
  private stopped = false;
  private unsubscribe: (() => void) | null = null;
  private readonly onOnline = () => this.restart();

  constructor(
    Pouch: Awaited<ReturnType<typeof loadPouch>>,
    private readonly repository: ResilientRepository,
    private readonly config: SyncConfig,
    private readonly excluded: ReadonlySet<string>,
    private readonly refresh: Refresh,
  ) {
    this.local = new Pouch(LOCAL_DATABASE);
    this.remote = remoteDatabase(Pouch, config);
  }

  static async start(repository: ResilientRepository, config: SyncConfig, excluded: ReadonlySet<string>, refresh: Refresh): Promise<SyncEngine> {
    const engine = new SyncEngine(await loadPouch(), repository, config, excluded, refresh);
    setSyncState({ kind: 'connecting' });
    engine.unsubscribe = repository.subscribeResidents((change) => engine.onLocalChange(change));
    window.addEventListener('online', engine.onOnline);
    try {
      await engine.reconcile();
    } catch (error) {
      engine.fail(error instanceof WrongKeyError ? 'wrongPassphrase' : 'storage');
      return engine;
    }
    engine.replicate();
    return engine;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.replication?.cancel();
    this.replication = null;
    this.unsubscribe?.();
    window.removeEventListener('online', this.onOnline);
    await Promise.all(this.queues.values());
    await this.local.close().catch(() => undefined);
    await this.remote.close().catch(() => undefined);
  }

  /** « Réessayer », or the browser coming back online: start again without waiting for the back-off. */
  restart(): void {
    if (this.stopped) return;
    this.replication?.cancel();
    this.replication = null;
    this.failure = null;
    this.replicate();
  }

  private replicate(): void {
    if (this.failure === 'wrongPassphrase' || this.failure === 'storage') return;
    this.publish('connecting');
    // Retry every few seconds at most: a tablet coming back to the office's wifi catches up soon.
    const replication = this.local.sync(this.remote, { live: true, retry: true, batch_size: 100, back_off_function: (delay) => Math.min(Math.max(delay * 2, 1000), 5000) });
    this.replication = replication;
    replication
      .on('active', () => {
        if (this.replication === replication) this.publish('active');
      })
      .on('change', (info) => {
        if (this.replication !== replication) return;
        if (info.direction === 'push') {
          for (const doc of info.change.docs) this.pending.delete(doc._id);
        } else {
          for (const doc of info.change.docs) if (this.isFileId(doc._id)) this.enqueue(doc._id, () => this.applyIncoming(doc._id));
        }
        this.publish('active');
      })
      .on('paused', (error) => {
        if (this.replication !== replication) return;
        if (error) this.onReplicationError(error);
        else {
          // Idle without error: everything already in the local database has left.
          for (const id of this.pending) if (!this.queues.has(id)) this.pending.delete(id);
          this.failure = null;
          this.publish('paused');
        }
      })
      .on('denied', (error) => this.onReplicationError(error))
      .on('error', (error) => this.onReplicationError(error));
  }

  private onReplicationError(error: unknown): void {
    const failure = failureOf(error);
    this.failure = failure === 'offline' ? null : failure;
    this.publish(failure === 'offline' ? 'offline' : 'failed');
  }

  private fail(reason: SyncFailure): void {
    this.failure = reason;
    this.publish('failed');
  }

  private publish(event: 'connecting' | 'active' | 'paused' | 'offline' | 'failed'): void {
    if (this.stopped) return;
    // The status follows the queue: a file still being encrypted counts as « à envoyer ».
    const pending = this.pending.size;
    if (this.failure) setSyncState({ kind: 'failed', reason: this.failure, pending });
    else if (event === 'offline' || (typeof navigator !== 'undefined' && navigator.onLine === false)) setSyncState({ kind: 'offline', pending });
    else if (event === 'paused' && pending === 0) setSyncState({ kind: 'synced', at: Date.now() });
    else if (event === 'connecting') setSyncState({ kind: 'connecting' });
    else setSyncState({ kind: 'syncing', pending });
  }

  private isFileId(id: string): boolean {
    return id !== KEY_DOC_ID && !id.startsWith('_');
  }

  private enqueue(id: string, task: () => Promise<void>): Promise<void> {
    // A replication event that lands after stop() must not touch the closed database.
    if (this.stopped) return Promise.resolve();
    const previous = this.queues.get(id) ?? Promise.resolve();
    const next = previous.then(task).catch((error: unknown) => {
      console.warn('Passerelle: sync of one file failed', error);
      if (error instanceof WrongKeyError) this.fail('wrongPassphrase');
    });
    this.queues.set(id, next);
    void next.then(() => {
      if (this.queues.get(id) === next) this.queues.delete(id);
    });
    return next;
  }

  private onLocalChange(change: ResidentChange): void {
    if (change.kind === 'purge') {
      void this.reconcile().catch((error: unknown) => console.warn('Passerelle: sync after purge failed', error));
      return;
    }
    const id = change.kind === 'put' ? change.file.id : change.id;
    if (this.applying.has(id) || this.excluded.has(id)) return;
    this.pending.add(id);
    this.publish('active');
    void this.enqueue(id, () => (change.kind === 'put' ? this.push(change.file) : this.forget(id)));
  }

  // ---- documents -------------------------------------------------------------------

  private async decrypt(doc: PouchDoc): Promise<FilePayload> {
    return open<FilePayload>(this.config.key, doc._id, doc as EncryptedDoc);
  }

  private async encrypt(id: string, payload: FilePayload): Promise<Sealed> {
    return seal(this.config.key, id, payload);
  }

  private async getDoc(id: string): Promise<PouchDoc | undefined> {
    try {
      return await this.local.get(id, { conflicts: true });
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw error;
    }
  }

  private async marker(id: string): Promise<PouchDoc | undefined> {
    try {
      return await this.local.get(markerId(id));
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw error;
    }
  }

  private async setMarker(id: string, rev: string | undefined): Promise<void> {
    const existing = await this.marker(id);
    if (rev === undefined) {
      if (existing) await this.local.put({ ...existing, _deleted: true });
      return;
    }
    await this.local.put({ _id: markerId(id), ...(existing?._rev ? { _rev: existing._rev } : {}), rev });
  }

  /** True when some device forgot this file: one of its deleted branches carries the FORGOTTEN
   * mark (a conflict loser deleted by resolved() does not). */
  private async wasForgotten(doc: PouchDoc): Promise<boolean> {
    const leaves = await this.local.get(doc._id, { open_revs: 'all' });
    return leaves.some((leaf) => leaf.ok?._deleted === true && leaf.ok[FORGOTTEN] === true);
  }

  /**
   * The head revision with its conflicts merged into one. When the merge adds nothing to the
   * winner, the losers are only deleted, so two devices resolving the same conflict converge.
   */
  private async resolved(doc: PouchDoc): Promise<{ payload: FilePayload; rev: string }> {
    const conflicts = doc._conflicts ?? [];
    const winner = await this.decrypt(doc);
    if (conflicts.length === 0) return { payload: winner, rev: doc._rev! };
    const losers = await Promise.all(conflicts.map((rev) => this.local.get(doc._id, { rev })));
    const copies = [winner, ...(await Promise.all(losers.map((l) => this.decrypt(l))))];
    const merged = mergeCopies(copies, this.refresh);
    const writes: PouchDoc[] = losers.map((l) => ({ _id: l._id, _rev: l._rev, _deleted: true }));
    if (canonical(merged) !== canonical(winner)) writes.unshift({ _id: doc._id, _rev: doc._rev, ...(await this.encrypt(doc._id, merged)) });
    const results = await this.local.bulkDocs(writes);
    const rev = canonical(merged) !== canonical(winner) ? results[0]?.rev : doc._rev;
    return { payload: merged, rev: rev ?? doc._rev! };
  }

  /** A file written on this device: encrypted into the local PouchDB, which replicates it. */
  private async push(file: ResidentFile): Promise<void> {
    const head = await this.getDoc(file.id);
    const marker = await this.marker(file.id);
    if (head?._deleted || (head && (await this.wasForgotten(head)))) {
      // Forgotten on another device while this one still had it open: forgetting wins.
      if (marker) return this.removeFromDexie(file.id);
    }
    // The copy this edit started from: what this device last mirrored, even if newer has arrived.
    let base: FilePayload | undefined;
    const baseRev = typeof marker?.rev === 'string' ? marker.rev : undefined;
    if (head && !head._deleted && baseRev) {
      const baseDoc = baseRev === head._rev ? head : await this.local.get(file.id, { rev: baseRev }).catch(() => head);
      base = await this.decrypt(baseDoc);
    }
    let payload: FilePayload = { file, stamps: stampChanges(base, file, this.config.deviceName) };
    let rev = head && !head._deleted ? head._rev : undefined;
    if (head && !head._deleted && (head._rev !== baseRev || (head._conflicts ?? []).length > 0)) {
      // Another device's change arrived in between: merge rather than overwrite it.
      const current = await this.resolved(head);
      payload = mergeCopies([current.payload, payload], this.refresh);
      rev = current.rev;
    }
    const written = await this.local.put({ _id: file.id, ...(rev ? { _rev: rev } : {}), ...(await this.encrypt(file.id, payload)) });
    await this.setMarker(file.id, written.rev);
    if (canonical(payload.file) !== canonical(file)) await this.writeToDexie(payload.file);
  }

  /** « Oublier » here: a deletion that replicates. The server keeps the id and a tombstone, no content. */
  private async forget(id: string): Promise<void> {
    const head = await this.getDoc(id);
    if (head && !head._deleted) {
      const revs = [head._rev!, ...(head._conflicts ?? [])];
      await this.local.bulkDocs(revs.map((rev) => ({ _id: id, _rev: rev, _deleted: true, [FORGOTTEN]: true })));
    }
    await this.setMarker(id, undefined);
  }

  /** A document that arrived from the server: its file is written into Dexie. */
  private async applyIncoming(id: string): Promise<void> {
    const head = await this.getDoc(id);
    if (!head || head._deleted) return this.removeFromDexie(id);
    if (await this.wasForgotten(head)) {
      await this.forget(id);
      return this.removeFromDexie(id);
    }
    const { payload, rev } = await this.resolved(head);
    await this.writeToDexie(payload.file);
    await this.setMarker(id, rev);
  }

  private async writeToDexie(file: ResidentFile): Promise<void> {
    const current = await this.repository.residents.get(file.id);
    if (current && canonical(current) === canonical(file)) return;
    this.applying.add(file.id);
    try {
      await this.repository.residents.put(file);
    } finally {
      this.applying.delete(file.id);
    }
    announceRemoteChange(file.id);
  }

  private async removeFromDexie(id: string): Promise<void> {
    await this.setMarker(id, undefined);
    if (!(await this.repository.residents.get(id))) return;
    this.applying.add(id);
    try {
      await this.repository.residents.delete(id);
    } finally {
      this.applying.delete(id);
    }
    announceRemoteChange(id);
  }

  /**
   * Brings Dexie and the local PouchDB level after a start or a purge: files changed, created
   * or deleted while the engine was not running go one way or the other.
   */
  async reconcile(): Promise<void> {
    const files = new Map((await this.repository.residents.list()).map((s) => [s.id, s.updatedAt] as const));
    const { results } = await this.local.changes({ since: 0, include_docs: true, conflicts: true });
    const seen = new Set<string>();
    const tasks: Promise<void>[] = [];
    for (const change of results) {
      const id = change.id;
      if (!this.isFileId(id)) continue;
      seen.add(id);
      tasks.push(
        this.enqueue(id, async () => {
          const updatedAt = files.get(id);
          if (change.deleted) {
            if (updatedAt !== undefined) await this.removeFromDexie(id);
            return;
          }
          if (updatedAt === undefined) {
            // Gone from Dexie: deleted here while the engine was off (purge), or not yet written here.
            if (await this.marker(id)) await this.forget(id);
            else await this.applyIncoming(id);
            return;
          }
          const payload = await this.decrypt(change.doc!);
          if (updatedAt > payload.file.updatedAt) {
            const file = await this.repository.residents.get(id);
            if (file) {
              this.pending.add(id);
              await this.push(file);
            }
          } else await this.applyIncoming(id);
        }),
      );
    }
    for (const [id] of files) {
      if (seen.has(id) || this.excluded.has(id)) continue;
      this.pending.add(id);
      tasks.push(
        this.enqueue(id, async () => {
          const file = await this.repository.residents.get(id);
          if (file) await this.push(file);
        }),
      );
    }
    await Promise.all(tasks);
    // A wrong key shows on the first document that does not open: say so rather than carry on.
    if (this.failure === 'wrongPassphrase') throw new WrongKeyError();
  }
}

export async function destroyLocalCopy(): Promise<void> {
  const Pouch = await loadPouch();
  await new Pouch(LOCAL_DATABASE).destroy();
}
