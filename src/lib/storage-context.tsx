import { createContext, use, useContext, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import type { ResilientRepository, StorageStatus } from '../db';

/**
 * The device's storage, opened when a screen first needs it rather than before the home
 * screen: Dexie and the stored-record schemas are a chunk of their own (issue 15), which the
 * home screen fetches while idle. A screen that asks for the repository before it is open
 * suspends (React `use`) under the app's Suspense boundary until it is.
 */
export class StorageLoader {
  repository: ResilientRepository | null = null;
  private pending: Promise<ResilientRepository> | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly open: () => Promise<ResilientRepository>) {}

  /** A loader whose repository is already there (tests, previews). */
  static of(repository: ResilientRepository): StorageLoader {
    const loader = new StorageLoader(() => Promise.resolve(repository));
    loader.repository = repository;
    loader.pending = fulfilled(Promise.resolve(repository), repository);
    return loader;
  }

  load(): Promise<ResilientRepository> {
    const pending: Promise<ResilientRepository> = (this.pending ??= this.open().then(
      (repository) => {
        this.repository = repository;
        fulfilled(pending, repository);
        for (const listener of this.listeners) listener();
        return repository;
      },
      (error: unknown) => {
        // The storage chunk could not be fetched (offline before the first full visit): a
        // later screen may try again.
        this.pending = null;
        throw error;
      },
    ));
    return pending;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

/**
 * Marks a promise as settled the way React's `use` reads it, so that a screen rendered after
 * the storage is open gets it at once instead of suspending for a microtask.
 */
function fulfilled<T>(promise: Promise<T>, value: T): Promise<T> {
  return Object.assign(promise, { status: 'fulfilled', value });
}

const StorageContext = createContext<StorageLoader | null>(null);

export function StorageProvider(props: { repository: ResilientRepository; children: ReactNode } | { loader: StorageLoader; children: ReactNode }) {
  const given = 'loader' in props ? props.loader : props.repository;
  const loader = useMemo(() => (given instanceof StorageLoader ? given : StorageLoader.of(given)), [given]);
  return <StorageContext.Provider value={loader}>{props.children}</StorageContext.Provider>;
}

export function useStorageLoader(): StorageLoader {
  const loader = useContext(StorageContext);
  if (!loader) throw new Error('useStorageLoader() outside <StorageProvider>');
  return loader;
}

/**
 * Always through `use`, even once the storage is open: a screen that suspended here is replayed
 * by React when the promise settles, and a replay that skipped `use` broke the hooks after it
 * (React error #467, reported as #520 after a second, synchronous render).
 */
export function useRepository(): ResilientRepository {
  return use(useStorageLoader().load());
}

/** The repository when there is one: a plan drawn outside the app's providers (a test, a
 * preview) still shows, with the catalogue's contacts and no training sessions. */
export function useOptionalRepository(): ResilientRepository | null {
  const loader = useContext(StorageContext);
  // `use` may be called conditionally; the condition (a provider or not) never changes.
  return loader ? use(loader.load()) : null;
}

/** The storage's state, « ok » until it is open (the home screen does not open it). */
export function useStorageStatus(): StorageStatus {
  const loader = useStorageLoader();
  return useSyncExternalStore(
    (listener) => {
      const unsubscribeRepository = { current: loader.repository?.subscribe(listener) };
      const unsubscribeLoader = loader.subscribe(() => {
        unsubscribeRepository.current ??= loader.repository?.subscribe(listener);
        listener();
      });
      return () => {
        unsubscribeLoader();
        unsubscribeRepository.current?.();
      };
    },
    () => loader.repository?.status ?? 'ok',
    // The built page's home screen is drawn before any storage exists (src/prerender.tsx).
    () => 'ok',
  );
}
