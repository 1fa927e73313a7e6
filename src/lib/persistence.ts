/**
 * Persistent storage: without it, a browser short of space may evict the whole origin's data,
 * the caseload with it, and say nothing. Asked for when the caseload opens (mediator mode
 * only: the kiosk and the workshop keep nothing worth protecting).
 *
 * - `granted`: the browser will not evict the files without asking the person.
 * - `denied`: it may evict them under storage pressure; backups matter all the more.
 * - `unsupported`: the browser has no StorageManager (old browser, some webviews).
 */
export type Persistence = 'granted' | 'denied' | 'unsupported';

let asked: Promise<Persistence> | undefined;

export function requestPersistence(): Promise<Persistence> {
  asked ??= (async () => {
    const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
    if (!storage?.persist || !storage.persisted) return 'unsupported';
    try {
      if (await storage.persisted()) return 'granted';
      return (await storage.persist()) ? 'granted' : 'denied';
    } catch {
      return 'denied';
    }
  })();
  return asked;
}

export async function persistenceStatus(): Promise<Persistence> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!storage?.persisted) return 'unsupported';
  try {
    return (await storage.persisted()) ? 'granted' : 'denied';
  } catch {
    return 'denied';
  }
}
