import type { Transaction } from 'dexie';
import { summaryOf, type ResidentFile } from './types';

/**
 * Every IndexedDB schema the app has ever shipped, oldest first. Never edit a released entry:
 * add a new one with its `upgrade`, and add a case to tests/db/migrations.test.ts that writes
 * data at the previous version and opens it with the current code.
 */
export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void> | void;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      residents: 'id, updatedAt, nameKey',
      settings: 'key',
    },
  },
  {
    // v2: a light `summaries` table for the list of files (5,000 files list in < 200 ms on a
    // slow tablet), filled from the files already there.
    version: 2,
    stores: {
      summaries: 'id, updatedAt, nameKey',
    },
    upgrade: async (tx) => {
      const files = (await tx.table('residents').toArray()) as ResidentFile[];
      await tx.table('summaries').bulkPut(files.map(summaryOf));
    },
  },
  {
    // v3 (issue 12): the structure's address book, and the Region's training sessions from an
    // LHÉO import in two tables: a new import is written into the one not in use, and
    // `trainingMeta.active` flips to it in one transaction once the import has fully succeeded.
    version: 3,
    stores: {
      directory: 'id, type, communeCode',
      // the plan asks « the 3 soonest of this RNCP code in this commune / département / region »
      trainingsA: 'key, rncp, [rncp+communeCode+start], [rncp+dep+start], [rncp+start]',
      trainingsB: 'key, rncp, [rncp+communeCode+start], [rncp+dep+start], [rncp+start]',
      trainingMeta: 'key',
    },
  },
];

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;
