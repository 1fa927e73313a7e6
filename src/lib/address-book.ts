import { useEffect, useState } from 'react';
import { useOptionalRepository } from './storage-context';
import { localDirectory } from '../../data/plan-data';
import type { DirectoryEntry, Repository } from '../db/types';

/** Set once the build-time default (data/local-directory.json) has been copied to the device. */
export const SETTING_DIRECTORY_SEEDED = 'directory.seeded';

/**
 * The address book of this device. The first time, the entries a deployment shipped in
 * data/local-directory.json are copied in; from then on staff edit it and a later release's
 * default never overwrites their changes.
 */
export async function loadAddressBook(repository: Pick<Repository, 'directory' | 'settings'>): Promise<DirectoryEntry[]> {
  if (!(await repository.settings.get<boolean>(SETTING_DIRECTORY_SEEDED))) {
    if (localDirectory.length > 0) await repository.directory.putMany(localDirectory.map((e) => ({ ...e })));
    await repository.settings.set(SETTING_DIRECTORY_SEEDED, true);
  }
  return repository.directory.list();
}

/** The address book for a screen; undefined while it loads, [] when it cannot be read. */
export function useAddressBook(): DirectoryEntry[] | undefined {
  const repository = useOptionalRepository();
  const [book, setBook] = useState<DirectoryEntry[] | undefined>(repository ? undefined : []);
  useEffect(() => {
    if (!repository) return;
    let live = true;
    loadAddressBook(repository).then(
      (entries) => live && setBook(entries),
      () => live && setBook([]),
    );
    return () => {
      live = false;
    };
  }, [repository]);
  return book;
}
