import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { baseURL, expectNoAxeViolations, openSession, readIndexedDB, setOffline, syncOrigin, type Session } from './harness';
import { fillQuestion, nextButton } from '../../scripts/journey-driver.mjs';
import { createStructure, serverDocuments } from '../../scripts/sync-server.mjs';

interface StoredFile {
  id: string;
  nickname: string;
  journey: { journey: { answers: Record<string, unknown>; trail: string[] } };
  syncAlternatives?: { questionId: string; value: unknown; device: string }[];
}

const residents = (page: Page) => readIndexedDB(page, 'passerelle', 'residents') as Promise<StoredFile[]>;
const DATABASE = `cs-e2e-${Date.now()}`;
const A = { username: 'tablette-a', password: 'mot-de-passe-a' };
const B = { username: 'portable-b', password: 'mot-de-passe-b' };
// The second structure's devices: a CouchDB user belongs to one structure's database.
const A2 = { username: 'tablette-a2', password: 'mot-de-passe-a2' };
const B2 = { username: 'portable-b2', password: 'mot-de-passe-b2' };
/** Two Chromiums and a server on a 2-core machine shared with others: room beyond the default 60 s. */
const TWO_DEVICES_TIMEOUT = 180_000;
const FILE_NOT_FOUND = 'Ce dossier n’existe pas sur cet appareil. Il a peut-être été effacé.';

let url = '';
let url2 = '';
const sessions: Session[] = [];

beforeAll(async () => {
  const csp = /connect-src [^;"]*/.exec(readFileSync(resolve(import.meta.dirname, '../../dist/index.html'), 'utf8'))?.[0] ?? '';
  if (!csp.includes('http://127.0.0.1:*')) {
    throw new Error(`dist/ was built without the test server's origin in its CSP (${csp}): build with \`npm run build:test\` (npm test does).`);
  }
  url = await createStructure(syncOrigin(), DATABASE, [A, B]);
  url2 = await createStructure(syncOrigin(), `${DATABASE}-2`, [A2, B2]);
});

afterAll(async () => {
  for (const session of sessions) await session.close();
});

async function device(): Promise<Session> {
  const session = await openSession({ allowSyncServer: true });
  sessions.push(session);
  return session;
}

async function createFile(page: Page, nickname: string) {
  await page.goto(`${baseURL()}#/accompagner/nouveau`);
  await page.getByLabel('Prénom ou surnom').fill(nickname);
  await page.getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Créer le dossier et commencer' }).click();
  await page.locator('form[id^="question-"]').waitFor();
}

async function fillSyncForm(page: Page, values: { deviceName: string; username: string; password: string; passphrase?: string }, database = url) {
  await page.goto(`${baseURL()}#/accompagner/reglages`);
  await page.getByRole('heading', { level: 2, name: 'Synchronisation' }).waitFor();
  await page.getByLabel('Adresse de la base de la structure').fill(database);
  await page.getByLabel('Nom de cet appareil').fill(values.deviceName);
  await page.getByLabel('Identifiant de cet appareil sur le serveur').fill(values.username);
  await page.getByLabel('Mot de passe de cet appareil sur le serveur').fill(values.password);
  if (values.passphrase !== undefined) await page.getByLabel('Phrase secrète de la structure').fill(values.passphrase);
}

async function openFile(page: Page, nickname: string) {
  await page.goto(`${baseURL()}#/accompagner`);
  // The list's link elides « de » before a vowel (« d’Inès »).
  await page.getByRole('link', { name: new RegExp(`^Ouvrir le dossier (de |d’)${nickname}$`) }).click();
  await page.locator('form[id^="question-"]').waitFor();
}

const statusLine = (page: Page) => page.locator('.sync-status__text');

describe('two devices of one structure share their files through CouchDB replication', () => {
  it('shares, merges offline edits, forgets everywhere, and the server reads nothing', async () => {
    // Device A already has two files; turning sync on asks which to share.
    const a = await device();
    await createFile(a.page, 'Zoé');
    await fillQuestion(a.page, 'age', { age: '22' });
    await nextButton(a.page).click();
    await a.page.locator('form#question-departement').waitFor();
    await createFile(a.page, 'Gardé-ici');

    await fillSyncForm(a.page, { deviceName: 'Tablette A', ...A });
    await a.page.getByRole('button', { name: 'Proposer une phrase secrète' }).click();
    await a.page.getByText('Notez cette phrase sur papier maintenant').waitFor();
    const passphrase = await a.page.getByLabel('Phrase secrète de la structure').inputValue();
    expect(passphrase.split(' ')).toHaveLength(6);
    await a.page.getByRole('group', { name: 'Quels dossiers de cet appareil partager ?' }).getByLabel('Zoé').check();
    await expectNoAxeViolations(a.page, 'the sync settings');
    await a.page.getByRole('button', { name: 'Activer la synchronisation' }).click();
    await a.page.getByText('La synchronisation est activée sur cet appareil, nommé « Tablette A »').waitFor();
    // The passphrase is shown once: the field is gone with it.
    expect(await a.page.getByLabel('Phrase secrète de la structure').count()).toBe(0);
    await a.page.goto(`${baseURL()}#/accompagner`);
    await expect.poll(() => statusLine(a.page).textContent(), { timeout: 30_000 }).toBe('Synchronisé à l’instant');
    await expectNoAxeViolations(a.page, 'the caseload with its sync status');

    // Device B: a wrong password, then a wrong passphrase, each said plainly; nothing shows.
    const b = await device();
    await fillSyncForm(b.page, { deviceName: 'Portable B', ...B, password: 'pas-le-bon', passphrase });
    await b.page.getByRole('button', { name: 'Activer la synchronisation' }).click();
    await b.page.getByRole('alert').getByText('Le serveur refuse ce mot de passe').waitFor();
    await b.page.getByLabel('Mot de passe de cet appareil sur le serveur').fill(B.password);
    await b.page.getByLabel('Phrase secrète de la structure').fill('une autre phrase bien différente');
    await b.page.getByRole('button', { name: 'Activer la synchronisation' }).click();
    await b.page.getByRole('alert').getByText('Cette phrase secrète n’est pas celle de la structure').waitFor();
    await b.page.goto(`${baseURL()}#/accompagner`);
    await b.page.getByText('Aucun dossier pour le moment').waitFor();
    expect(await statusLine(b.page).count()).toBe(0);
    expect(await residents(b.page)).toEqual([]);

    // The right passphrase: the shared file arrives, the other stays on A.
    await fillSyncForm(b.page, { deviceName: 'Portable B', ...B, passphrase });
    await b.page.getByRole('button', { name: 'Activer la synchronisation' }).click();
    await b.page.getByText('La synchronisation est activée sur cet appareil, nommé « Portable B »').waitFor();
    await b.page.goto(`${baseURL()}#/accompagner`);
    await b.page.getByRole('link', { name: 'Ouvrir le dossier de Zoé' }).waitFor({ timeout: 30_000 });
    expect(await b.page.getByRole('link', { name: 'Ouvrir le dossier de Gardé-ici' }).count()).toBe(0);
    const zoeId = (await residents(a.page)).find((f) => f.nickname === 'Zoé')!.id;
    await expect.poll(async () => (await residents(b.page)).map((f) => f.id)).toEqual([zoeId]);
    expect((await residents(b.page))[0]!.journey.journey.answers.age).toBe(22);

    // Both offline; each answers the same question its own way (B later), and A goes one further.
    await openFile(a.page, 'Zoé');
    await openFile(b.page, 'Zoé');
    await setOffline(a, true);
    await setOffline(b, true);
    await fillQuestion(a.page, 'departement', { departement: '37' });
    await nextButton(a.page).click();
    // the commune follows the département (« Je ne sais pas » here)
    await a.page.locator('form#question-commune').waitFor();
    await fillQuestion(a.page, 'commune');
    await nextButton(a.page).click();
    await a.page.locator('form#question-diplome').waitFor();
    await fillQuestion(a.page, 'diplome', { diplome: 'cap-bep' });
    await nextButton(a.page).click();
    await a.page.locator('form#question-diplome').waitFor({ state: 'detached' });
    const answersOn = async (page: Page) => (await residents(page)).find((f) => f.id === zoeId)?.journey.journey.answers;
    await expect.poll(async () => (await answersOn(a.page))?.diplome).toBe('cap-bep');
    await fillQuestion(b.page, 'departement', { departement: '45' });
    await nextButton(b.page).click();
    // the commune follows the département (« Je ne sais pas » here)
    await b.page.locator('form#question-commune').waitFor();
    await fillQuestion(b.page, 'commune');
    await nextButton(b.page).click();
    await b.page.locator('form#question-diplome').waitFor();
    await b.page.goto(`${baseURL()}#/accompagner`);
    await expect.poll(() => statusLine(b.page).textContent(), { timeout: 30_000 }).toBe('Hors ligne : 1 dossier(s) à envoyer');
    await b.page.getByRole('button', { name: 'Réessayer' }).waitFor();

    // Back online: nothing is lost, the later answer wins, the other one is shown.
    await setOffline(a, false);
    await setOffline(b, false);
    const expected = { age: 22, departement: '45', diplome: 'cap-bep' };
    await expect.poll(() => answersOn(a.page), { timeout: 45_000 }).toMatchObject(expected);
    await expect.poll(() => answersOn(b.page), { timeout: 45_000 }).toMatchObject(expected);
    await openFile(b.page, 'Zoé');
    await b.page.getByText(/une autre réponse a été donnée sur l’appareil Tablette A le .*« Indre-et-Loire/).waitFor();
    await expectNoAxeViolations(b.page, 'a file with an answer from another device');

    // What the server holds: ids, revisions and ciphertext only.
    const documents = await serverDocuments(syncOrigin(), DATABASE);
    expect(documents.map((d) => d._id)).toContain(zoeId);
    const everything = JSON.stringify(documents);
    for (const clear of ['Zoé', 'Gardé', 'Tablette A', 'Portable B', 'cap-bep', 'departement', 'diplome', passphrase.split(' ')[0]!]) {
      expect(everything).not.toContain(clear);
    }
    for (const doc of documents.filter((d) => d._id === zoeId)) expect(Object.keys(doc).sort()).toEqual(['_id', '_rev', 'ct', 'iv', 'v']);

    // Forgotten on A: gone on B too, and the server keeps only a tombstone.
    await openFile(a.page, 'Zoé');
    await a.page.getByRole('button', { name: 'Oublier cette personne' }).click();
    await a.page.getByRole('button', { name: 'Oui, tout effacer' }).click();
    await a.page.getByRole('heading', { level: 1, name: 'Les dossiers sur cet appareil' }).waitFor();
    // B had the file open: it closes there too.
    await b.page.getByRole('heading', { level: 1, name: FILE_NOT_FOUND }).waitFor({ timeout: 30_000 });
    await expect.poll(async () => (await residents(b.page)).map((f) => f.id), { timeout: 30_000 }).toEqual([]);
    await expect.poll(async () => (await serverDocuments(syncOrigin(), DATABASE)).map((d) => d._id)).not.toContain(zoeId);
    expect((await residents(a.page)).map((f) => f.nickname)).toEqual(['Gardé-ici']);

    a.assertClean();
    b.assertClean();
  }, TWO_DEVICES_TIMEOUT);

  it('lets forgetting win over an edit made on another device while it was offline', async () => {
    for (const session of sessions.splice(0)) await session.close();
    const passphrase = 'lilas galet prune phare';
    const a = await device();
    const b = await device();
    for (const [session, name, user] of [[a, 'Tablette A', A2], [b, 'Portable B', B2]] as const) {
      await fillSyncForm(session.page, { deviceName: name, ...user, passphrase }, url2);
      await session.page.getByRole('button', { name: 'Activer la synchronisation' }).click();
      await session.page.getByText(`La synchronisation est activée sur cet appareil, nommé « ${name} »`).waitFor();
    }
    await createFile(a.page, 'Inès');
    await a.page.goto(`${baseURL()}#/accompagner`);
    await b.page.goto(`${baseURL()}#/accompagner`);
    await b.page.getByRole('link', { name: 'Ouvrir le dossier d’Inès' }).waitFor({ timeout: 30_000 });

    await openFile(b.page, 'Inès');
    await setOffline(b, true);
    await openFile(a.page, 'Inès');
    await a.page.getByRole('button', { name: 'Oublier cette personne' }).click();
    await a.page.getByRole('button', { name: 'Oui, tout effacer' }).click();
    await a.page.getByRole('heading', { level: 1, name: 'Les dossiers sur cet appareil' }).waitFor();
    await expect.poll(async () => (await serverDocuments(syncOrigin(), `${DATABASE}-2`)).length).toBe(1);

    // B, offline, did not hear of it and answers a question; once back, the file goes there too.
    await fillQuestion(b.page, 'age', { age: '30' });
    await nextButton(b.page).click();
    await b.page.locator('form#question-departement').waitFor();
    await expect.poll(async () => (await residents(b.page))[0]?.journey.journey.answers.age).toBe(30);
    await setOffline(b, false);
    await b.page.getByRole('heading', { level: 1, name: FILE_NOT_FOUND }).waitFor({ timeout: 45_000 });
    expect(await residents(b.page)).toEqual([]);
    expect(await residents(a.page)).toEqual([]);
    // Only the structure's key document is left readable: the file's id is a tombstone.
    await expect.poll(async () => (await serverDocuments(syncOrigin(), `${DATABASE}-2`)).map((d) => d._id)).toEqual(['passerelle-key']);
    a.assertClean();
    b.assertClean();
  }, TWO_DEVICES_TIMEOUT);
});
