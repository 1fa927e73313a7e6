/**
 * The sync's entry point for the screens. Light on purpose: PouchDB and the engine load with
 * import() only once this device has sync turned on.
 */
import type { ResilientRepository } from '../db';
import { loadSyncConfig, SETTING_SYNC, SETTING_SYNC_EXCLUDED, type SyncConfig } from './config';
import { setRetryHandler, setSyncState } from './status';
import type { Refresh } from './merge';
import type { SyncEngine } from './engine';

export { syncState, subscribeSyncState, subscribeRemoteChanges, retrySync, type SyncState, type SyncFailure } from './status';
export { addressProblem, loadSyncConfig, SYNC_ORIGIN, SETTING_SYNC, type AddressProblem, type SyncConfig } from './config';

let running: { repository: ResilientRepository; engine: Promise<SyncEngine | null> } | null = null;
/** A new engine waits for the previous one to close: both would share one IndexedDB handle. */
let stopping: Promise<void> = Promise.resolve();

/** Starts the sync if this device has it on; does nothing when it is already running. */
export function startSync(repository: ResilientRepository, loadRefresh: () => Promise<Refresh>): Promise<SyncEngine | null> {
  if (running?.repository === repository) return running.engine;
  const engine = (async () => {
    await stopping;
    const config = await loadSyncConfig(repository.settings);
    if (!config) {
      setSyncState({ kind: 'off' });
      return null;
    }
    const excluded = new Set((await repository.settings.get<string[]>(SETTING_SYNC_EXCLUDED)) ?? []);
    const [{ SyncEngine }, refresh] = await Promise.all([import('./engine'), loadRefresh()]);
    const started = await SyncEngine.start(repository, config, excluded, refresh);
    setRetryHandler(() => started.restart());
    return started;
  })();
  running = { repository, engine };
  return engine;
}

export function stopSync(): Promise<void> {
  const current = running;
  running = null;
  setRetryHandler(null);
  const previous = stopping;
  stopping = (async () => {
    await previous;
    await (await current?.engine)?.stop();
    if (!running) setSyncState({ kind: 'off' });
  })();
  return stopping;
}

/** Turns sync on for this device once connectDevice() has checked the server and the passphrase. */
export async function turnSyncOn(repository: ResilientRepository, config: SyncConfig, notShared: string[], loadRefresh: () => Promise<Refresh>): Promise<void> {
  await stopSync();
  await repository.settings.set(SETTING_SYNC_EXCLUDED, notShared);
  await repository.settings.set(SETTING_SYNC, config);
  await startSync(repository, loadRefresh);
}

/** Turns sync off here: the files stay on this device; its encrypted copy of them is deleted. */
export async function turnSyncOff(repository: ResilientRepository): Promise<void> {
  await stopSync();
  await repository.settings.set(SETTING_SYNC, undefined);
  await repository.settings.set(SETTING_SYNC_EXCLUDED, undefined);
  const { destroyLocalCopy } = await import('./engine');
  await destroyLocalCopy();
}

export async function connectDevice(settings: Parameters<typeof import('./engine').connectDevice>[0]) {
  const { connectDevice: connect } = await import('./engine');
  return connect(settings);
}
