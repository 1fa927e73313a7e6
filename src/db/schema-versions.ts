import type Dexie from 'dexie';

/**
 * Every IndexedDB schema the app has ever shipped, oldest first. Never edit a released entry:
 * add a new one with its `upgrade`, and add a case to tests/db/migrations.test.ts that writes
 * data at the previous version and opens it with the current code.
 */
export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Parameters<Parameters<ReturnType<Dexie['version']>['upgrade']>[0]>[0]) => Promise<void> | void;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      residents: 'id, updatedAt, nameKey',
      settings: 'key',
    },
  },
];

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;
