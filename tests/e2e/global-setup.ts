import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startPreview } from '../../scripts/preview-server.mjs';
import { startSyncServer } from '../../scripts/sync-server.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    /** pouchdb-server --in-memory, standing in for a structure's CouchDB (tests/e2e/sync.test.ts). */
    syncOrigin: string;
  }
}

/** Serves the production build (dist/) on 127.0.0.1 on a port nobody else uses, so the browser
 * tests can never hit another process's server, and a CouchDB stand-in beside it on another free
 * port. `npm test` builds before it runs them. */
export default async function setup(project: TestProject) {
  const root = resolve(import.meta.dirname, '../..');
  if (!existsSync(resolve(root, 'dist/index.html'))) {
    throw new Error('No production build in dist/: run `npm run build` first (npm test does it).');
  }
  const server = await startPreview();
  const sync = await startSyncServer().catch((error: unknown) => {
    server.stop();
    throw error;
  });
  project.provide('baseURL', server.url);
  project.provide('syncOrigin', sync.origin);
  return () => {
    server.stop();
    sync.stop();
  };
}
