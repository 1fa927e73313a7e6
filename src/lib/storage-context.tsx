import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { ResilientRepository, StorageStatus } from '../db';

const StorageContext = createContext<ResilientRepository | null>(null);

export function StorageProvider(props: { repository: ResilientRepository; children: ReactNode }) {
  return <StorageContext.Provider value={props.repository}>{props.children}</StorageContext.Provider>;
}

export function useRepository(): ResilientRepository {
  const repository = useContext(StorageContext);
  if (!repository) throw new Error('useRepository() outside <StorageProvider>');
  return repository;
}

/** The repository when there is one: a plan drawn outside the app's providers (a test, a
 * preview) still shows, with the catalogue's contacts and no training sessions. */
export function useOptionalRepository(): ResilientRepository | null {
  return useContext(StorageContext);
}

export function useStorageStatus(): StorageStatus {
  const repository = useRepository();
  return useSyncExternalStore(
    (listener) => repository.subscribe(listener),
    () => repository.status,
  );
}
