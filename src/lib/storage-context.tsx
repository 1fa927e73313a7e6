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
    loader.pending = Promise.resolve(repository);
    return loader;
  }

  load(): Promise<ResilientRepository> {
    this.pending ??= this.open().then(
      (repository) => {
        this.repository = repository;
        for (const listener of this.listeners) listener();
        return repository;
      },
      (error: unknown) => {
        // The storage chunk could not be fetched (offline before the first full visit): a
        // later screen may try again.
        this.pending = null;
        throw error;
      },
    );
    return this.pending;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
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

export function useRepository(): ResilientRepository {
  const loader = useStorageLoader();
  return loader.repository ?? use(loader.load());
}

/** The repository when there is one: a plan drawn outside the app's providers (a test, a
 * preview) still shows, with the catalogue's contacts and no training sessions. */
export function useOptionalRepository(): ResilientRepository | null {
  const loader = useContext(StorageContext);
  if (!loader) return null;
  return loader.repository ?? use(loader.load());
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
  );
}
