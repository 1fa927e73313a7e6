// Sync figures for issue 16, run by scripts/bench.mjs: two Chromium profiles as two devices of
// one structure on pouchdb-server --in-memory. Device A gets 500 files while both are live; the
// figure is the time until all of them are in device B's IndexedDB, and the bytes that crossed
// the network per file (request and response, headers and bodies, both devices).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { createStructure, startSyncServer } from './sync-server.mjs';
import { fillQuestion, nextButton } from './journey-driver.mjs';

const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const FILES = 500;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

async function device(chromiumPath, origin) {
  const profile = mkdtempSync(join(tmpdir(), 'passerelle-bench-sync-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: chromiumPath, headless: true, args: FLAGS });
  const page = context.pages()[0] ?? (await context.newPage());
  const traffic = { up: 0, down: 0 };
  page.on('requestfinished', async (request) => {
    if (!request.url().startsWith(`${origin}/`)) return;
    const sizes = await request.sizes().catch(() => null);
    if (!sizes) return;
    traffic.up += sizes.requestHeadersSize + sizes.requestBodySize;
    traffic.down += sizes.responseHeadersSize + sizes.responseBodySize;
  });
  return { page, traffic, close: async () => (await context.close(), rmSync(profile, { recursive: true, force: true })) };
}

async function turnOn(page, url, database, name, user, passphrase) {
  await page.goto(`${url}#/accompagner/reglages`);
  await page.getByLabel('Adresse de la base de la structure').fill(database);
  await page.getByLabel('Nom de cet appareil').fill(name);
  await page.getByLabel('Identifiant de cet appareil sur le serveur').fill(user.username);
  await page.getByLabel('Mot de passe de cet appareil sur le serveur').fill(user.password);
  await page.getByLabel('Phrase secrète de la structure').fill(passphrase);
  await page.getByRole('button', { name: 'Activer la synchronisation' }).click();
  await page.getByText('La synchronisation est activée').waitFor({ timeout: 60_000 });
  await page.goto(`${url}#/accompagner`);
  await page.getByText('Synchronisé à l’instant').waitFor({ timeout: 60_000 });
}

const countFiles = (page) =>
  page.evaluate(
    () =>
      new Promise((ok, fail) => {
        const request = indexedDB.open('passerelle');
        request.onerror = () => fail(request.error);
        request.onsuccess = () => {
          const count = request.result.transaction('residents').objectStore('residents').count();
          count.onsuccess = () => (request.result.close(), ok(count.result));
        };
      }),
  );

/** Writes `count` copies of the first file straight into IndexedDB, as an import would leave them. */
const addCopies = (page, count) =>
  page.evaluate(
    (n) =>
      new Promise((ok, fail) => {
        const request = indexedDB.open('passerelle');
        request.onerror = () => fail(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(['residents', 'summaries'], 'readwrite');
          const all = tx.objectStore('residents').getAll();
          all.onsuccess = () => {
            const model = all.result[0];
            for (let i = 0; i < n; i++) {
              const nickname = `Personne ${i}`;
              const file = { ...model, id: crypto.randomUUID(), nickname, nameKey: nickname.toLowerCase(), updatedAt: Date.now() + i };
              tx.objectStore('residents').put(file);
              const { id, nameKey, updatedAt, parcours, progress } = file;
              tx.objectStore('summaries').put({ id, nickname, nameKey, updatedAt, parcours, progress });
            }
          };
          tx.oncomplete = () => (db.close(), ok());
          tx.onerror = () => fail(tx.error);
        };
      }),
    count,
  );

export async function benchSync({ url, chromiumPath, dist }) {
  console.log('== Sync (pouchdb-server --in-memory, two Chromium profiles) ==');
  if (!readFileSync(resolve(dist, 'index.html'), 'utf8').includes('http://127.0.0.1:*')) {
    console.log('  skipped: dist/ does not allow the local sync server (build with `npm run build:test`)');
    return;
  }
  const server = await startSyncServer();
  const devices = [];
  try {
    const a = await device(chromiumPath, server.origin);
    const b = await device(chromiumPath, server.origin);
    devices.push(a, b);
    const users = [{ username: 'bench-a', password: 'a' }, { username: 'bench-b', password: 'b' }];
    const database = await createStructure(server.origin, 'cs-bench', users);
    const passphrase = 'banc essai galet prune phare lune';
    await turnOn(a.page, url, database, 'A', users[0], passphrase);
    await turnOn(b.page, url, database, 'B', users[1], passphrase);

    await a.page.goto(`${url}#/accompagner/nouveau`);
    await a.page.getByLabel('Prénom ou surnom').fill('Modèle');
    await a.page.getByRole('checkbox').check();
    await a.page.getByRole('button', { name: 'Créer le dossier et commencer' }).click();
    for (const [id, value] of [['age', '22'], ['departement', '37'], ['diplome', 'aucun']]) {
      await a.page.locator(`form#question-${id}`).waitFor();
      await fillQuestion(a.page, id, { [id]: value });
      await nextButton(a.page).click();
      await a.page.locator(`form#question-${id}`).waitFor({ state: 'detached' });
    }
    await a.page.goto(`${url}#/accompagner`);
    while ((await countFiles(b.page)) < 1) await b.page.waitForTimeout(100);

    await addCopies(a.page, FILES);
    a.traffic.up = a.traffic.down = b.traffic.up = b.traffic.down = 0;
    const start = Date.now();
    // The engine finds files written while it was not looking when it starts: reload A.
    await a.page.reload();
    while ((await countFiles(b.page)) < FILES + 1) await b.page.waitForTimeout(100);
    const seconds = (Date.now() - start) / 1000;
    await a.page.getByText('Synchronisé à l’instant').waitFor({ timeout: 60_000 });
    const total = a.traffic.up + a.traffic.down + b.traffic.up + b.traffic.down;
    console.log(`  ${FILES} files from device A to device B: ${seconds.toFixed(1)} s (A encrypts and sends, B receives, decrypts, stores)`);
    console.log(`  Traffic per file: ${kb(a.traffic.up / FILES)} sent by A, ${kb(b.traffic.down / FILES)} received by B, ${kb(total / FILES)} in all (headers included)`);
  } finally {
    for (const d of devices) await d.close();
    server.stop();
  }
}
