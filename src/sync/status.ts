/**
 * What the caseload's status line shows. Kept apart from the engine (and PouchDB) so the
 * list of files can read it without loading either.
 */
export type SyncState =
  | { kind: 'off' }
  | { kind: 'connecting' }
  | { kind: 'syncing'; pending: number }
  | { kind: 'synced'; at: number }
  | { kind: 'offline'; pending: number }
  | { kind: 'failed'; reason: SyncFailure; pending: number };

/** Each has its own French message (sync.failure.<reason>). */
export type SyncFailure = 'unauthorized' | 'forbidden' | 'notFound' | 'wrongPassphrase' | 'storage' | 'server';

type Listener = () => void;

let state: SyncState = { kind: 'off' };
const listeners = new Set<Listener>();
const fileListeners = new Set<(id: string) => void>();
let retryHandler: (() => void) | null = null;

export function syncState(): SyncState {
  return state;
}

export function setSyncState(next: SyncState): void {
  // The same state again (« off » each time the caseload opens) redraws nothing.
  if (JSON.stringify(next) === JSON.stringify(state)) return;
  state = next;
  for (const listener of listeners) listener();
}

export function subscribeSyncState(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Told when another device's change to a file was written on this one (the screens reload). */
export function subscribeRemoteChanges(listener: (id: string) => void): () => void {
  fileListeners.add(listener);
  return () => fileListeners.delete(listener);
}

export function announceRemoteChange(id: string): void {
  for (const listener of fileListeners) listener(id);
}

export function setRetryHandler(handler: (() => void) | null): void {
  retryHandler = handler;
}

export function retrySync(): void {
  retryHandler?.();
}
