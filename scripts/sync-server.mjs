// Starts `pouchdb-server --in-memory` (CouchDB's HTTP and replication protocol) on a free
// 127.0.0.1 port for the browser tests and the benchmark, set up as a structure's CouchDB would
// be (README « Synchronisation »): an admin, CORS for the app's origin, and per structure one
// database whose _security admits only that structure's device users.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort, waitUntilServing } from './preview-server.mjs';

const root = resolve(import.meta.dirname, '..');
export const SYNC_ADMIN = { username: 'admin', password: 'admin-test-only' };

export async function startSyncServer() {
  const port = await freePort();
  // Its config.json and log go to a folder of its own, not the work tree.
  const dir = mkdtempSync(join(tmpdir(), 'passerelle-couch-'));
  writeFileSync(
    join(dir, 'config.json'),
    JSON.stringify({
      admins: { [SYNC_ADMIN.username]: SYNC_ADMIN.password },
      httpd: { enable_cors: true },
      cors: { origins: '*', credentials: true, methods: 'GET, PUT, POST, HEAD, DELETE', headers: 'accept, authorization, content-type, origin, referer' },
      log: { file: join(dir, 'log.txt'), level: 'warning' },
      couch_httpd_auth: { require_valid_user: false },
    }),
  );
  const child = spawn(
    process.execPath,
    [resolve(root, 'node_modules/pouchdb-server/bin/pouchdb-server'), '--in-memory', '--host', '127.0.0.1', '--port', String(port), '--dir', dir, '--config', join(dir, 'config.json'), '--no-stdout-logs', '--no-color'],
    { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const origin = `http://127.0.0.1:${port}`;
  const stop = () => {
    child.kill();
    rmSync(dir, { recursive: true, force: true });
  };
  await waitUntilServing(child, `${origin}/`, 'pouchdb-server', stop);
  return { origin, stop };
}

const adminHeaders = {
  authorization: `Basic ${Buffer.from(`${SYNC_ADMIN.username}:${SYNC_ADMIN.password}`).toString('base64')}`,
  'content-type': 'application/json',
};

async function call(origin, method, path, body) {
  const response = await fetch(`${origin}${path}`, { method, headers: adminHeaders, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  if (!response.ok && !(method === 'PUT' && response.status === 412)) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  return text ? JSON.parse(text) : undefined;
}

/** One structure: its database, and a CouchDB user per device, the only members allowed in. */
export async function createStructure(origin, database, devices) {
  for (const device of devices) {
    await call(origin, 'PUT', `/_users/org.couchdb.user:${encodeURIComponent(device.username)}`, {
      _id: `org.couchdb.user:${device.username}`,
      name: device.username,
      password: device.password,
      roles: [],
      type: 'user',
    });
  }
  await call(origin, 'PUT', `/${database}`);
  await call(origin, 'PUT', `/${database}/_security`, { admins: { names: [], roles: [] }, members: { names: devices.map((d) => d.username), roles: [] } });
  return `${origin}/${database}`;
}

/** Every document the server holds for a structure, as the server's administrator reads them. */
export async function serverDocuments(origin, database) {
  const all = await call(origin, 'GET', `/${database}/_all_docs?include_docs=true`);
  return all.rows.map((row) => row.doc);
}
