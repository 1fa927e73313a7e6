/**
 * A few device settings read before the first screen (reading mode, language, whether a kiosk
 * was running), straight from IndexedDB, without Dexie: the home screen must not wait for, nor
 * download, the storage layer it does not use (issue 15). Dexie opens the same database later,
 * when a screen needs the residents' files.
 *
 * Read-only and harmless: no database yet means no settings (the open is aborted so that no
 * empty database is created at a version Dexie did not make), and any failure (no IndexedDB,
 * a refused or blocked open, a damaged row) reads as « nothing set », whose defaults apply.
 */
export const DATABASE_NAME = 'passerelle';

export async function readBootSettings(keys: readonly string[], name = DATABASE_NAME): Promise<Record<string, unknown>> {
  // On a first visit there is no database: asking for the list is much faster than an open
  // that has to be aborted (measured 180–370 ms at 4× CPU slowdown on a fresh profile).
  const listed = await databaseExists(name);
  if (listed === false) return {};
  return readFrom(keys, name);
}

async function databaseExists(name: string): Promise<boolean | undefined> {
  try {
    if (typeof indexedDB === 'undefined' || indexedDB === null || typeof indexedDB.databases !== 'function') return undefined;
    return (await indexedDB.databases()).some((db) => db.name === name);
  } catch {
    return undefined;
  }
}

function readFrom(keys: readonly string[], name: string): Promise<Record<string, unknown>> {
  return new Promise((resolve) => {
    const found: Record<string, unknown> = {};
    let request: IDBOpenDBRequest;
    try {
      if (typeof indexedDB === 'undefined' || indexedDB === null) return resolve(found);
      request = indexedDB.open(name);
    } catch {
      return resolve(found);
    }
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = () => resolve(found);
    request.onblocked = () => resolve(found);
    request.onsuccess = () => {
      const db = request.result;
      const done = () => {
        db.close();
        resolve(found);
      };
      if (!db.objectStoreNames.contains('settings')) return done();
      try {
        const tx = db.transaction('settings', 'readonly');
        const store = tx.objectStore('settings');
        for (const key of keys) {
          const get = store.get(key);
          get.onsuccess = () => {
            const row: unknown = get.result;
            if (row && typeof row === 'object' && 'value' in row) found[key] = (row as { value: unknown }).value;
          };
        }
        tx.oncomplete = done;
        tx.onabort = done;
        tx.onerror = (event) => event.preventDefault();
      } catch {
        done();
      }
    };
  });
}
