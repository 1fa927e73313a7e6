import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { baseURL, expectNoAxeViolations, openSession, readIndexedDB, type Session } from './harness';
import { PROFILES } from './profiles';
import { filesWithSummaries, journeyAfter, seeded, seedFile, writeIndexedDB } from './seed';
import type { ResidentFile } from '../../src/db';

const PASSPHRASE = 'trois pommes sur la table';
const DAY = 24 * 60 * 60 * 1000;

const sessions: Session[] = [];
afterEach(async () => {
  for (const s of sessions.splice(0)) await s.close();
});

async function open(): Promise<Session> {
  const session = await openSession();
  sessions.push(session);
  return session;
}

/** 50 files across the four parcours at every stage, with plan progress on some. */
function caseload(): ResidentFile[] {
  const random = seeded(2026_12_01);
  const now = Date.now();
  return Array.from({ length: 50 }, (_, i) => {
    const profile = PROFILES[i % PROFILES.length]!;
    const journey = journeyAfter(profile, Math.floor(random() * 30));
    const file = seedFile(`backup-${String(i).padStart(2, '0')}`, `${profile.name} ${i}`, journey, now - Math.floor(random() * 30) * DAY);
    return i % 5 === 0 ? { ...file, planProgress: { 'step-1': { status: 'fait' as const, appointment: `lundi ${i} h` } } } : file;
  });
}

async function openSettings(page: Page) {
  await page.goto(`${baseURL()}#/accompagner/reglages`);
  await page.getByRole('heading', { level: 1, name: 'Réglages' }).waitFor();
}

async function readBackup(page: Page, file: { name: string; buffer: Buffer }, passphrase: string) {
  await page.getByLabel('Fichier de sauvegarde').setInputFiles({ ...file, mimeType: 'application/json' });
  await page.getByLabel('Phrase de passe de la sauvegarde').fill(passphrase);
  await page.getByRole('button', { name: 'Lire la sauvegarde' }).click();
}

const residents = (page: Page) => readIndexedDB(page, 'passerelle', 'residents') as Promise<ResidentFile[]>;

describe('backing up every file and restoring them on another device', () => {
  it('restores 50 files on a fresh profile with every answer, and refuses a wrong passphrase, a cut file and a newer backup', async () => {
    const files = caseload();
    const expired = seedFile('backup-old', 'Odile', journeyAfter(PROFILES[0]!, 5), Date.now() - 400 * DAY);

    // Device A: the caseload, as the app stores it. Written after start-up's retention purge,
    // so the backup holds a file that is past the retention period when it is restored.
    const a = await open();
    await openSettings(a.page);
    await writeIndexedDB(a.page, { ...filesWithSummaries([...files, expired]), settings: [{ key: 'structureName', value: 'Centre social des Rives' }] });
    expect(await a.page.getByText('Aucune sauvegarde n’a été faite sur cet appareil.').count()).toBe(1);

    // A passphrase too short is refused next to the field.
    await a.page.getByLabel('Phrase de passe', { exact: true }).fill('court');
    await a.page.getByLabel('Répétez la phrase de passe').fill('court');
    await a.page.getByRole('button', { name: 'Sauvegarder tous les dossiers' }).click();
    expect(await a.page.getByRole('alert').first().textContent()).toContain('au moins 10 caractères');

    await a.page.getByLabel('Phrase de passe', { exact: true }).fill(PASSPHRASE);
    await a.page.getByLabel('Répétez la phrase de passe').fill(PASSPHRASE);
    const [download] = await Promise.all([a.page.waitForEvent('download'), a.page.getByRole('button', { name: 'Sauvegarder tous les dossiers' }).click()]);
    await a.page.getByText('Sauvegarde prête : 51 dossier(s)', { exact: false }).waitFor();
    expect(download.suggestedFilename()).toMatch(/^passerelle-sauvegarde-\d{4}-\d{2}-\d{2}\.json$/);
    const text = readFileSync((await download.path())!, 'utf8');
    // Nothing personal in clear.
    for (const file of files) expect(text).not.toContain(file.nickname);
    expect(text).not.toContain('Centre social');
    await expectNoAxeViolations(a.page, 'the settings with the backup done');
    const stored = await residents(a.page);

    // Device B: a fresh profile.
    const b = await open();
    await openSettings(b.page);
    const backup = { name: download.suggestedFilename(), buffer: Buffer.from(text) };

    await readBackup(b.page, backup, 'pas la bonne phrase');
    await b.page.getByText('La phrase de passe ne correspond pas à cette sauvegarde. Rien n’a été modifié.', { exact: false }).waitFor();

    await readBackup(b.page, { name: 'coupe.json', buffer: Buffer.from(text.slice(0, Math.floor(text.length / 2))) }, PASSPHRASE);
    await b.page.getByText('Ce fichier de sauvegarde est incomplet', { exact: false }).waitFor();

    await readBackup(b.page, { name: 'future.json', buffer: Buffer.from(JSON.stringify({ ...JSON.parse(text), version: 2 })) }, PASSPHRASE);
    await b.page.getByText('Cette sauvegarde a été faite par une version plus récente de Passerelle', { exact: false }).waitFor();
    expect(await residents(b.page)).toEqual([]);

    await readBackup(b.page, backup, PASSPHRASE);
    const planHeading = b.page.getByRole('heading', { name: 'Ce que la restauration va faire' });
    await planHeading.waitFor();
    expect(await b.page.getByText('50 dossier(s) ajouté(s) :').count()).toBe(1);
    expect(await b.page.getByText('1 dossier(s) non restauré(s) : non modifiés depuis plus longtemps', { exact: false }).count()).toBe(1);
    expect(await b.page.locator('.restore-plan li').count()).toBe(50);
    await expectNoAxeViolations(b.page, 'the restore plan');
    // Still nothing written before the confirmation.
    expect(await residents(b.page)).toEqual([]);
    await b.page.getByRole('button', { name: 'Restaurer', exact: true }).click();
    await b.page.getByText('Restauration terminée : 50 dossier(s) remis sur cet appareil.').waitFor();

    const restored = new Map((await residents(b.page)).map((f) => [f.id, f]));
    expect(restored.size).toBe(50);
    for (const original of stored.filter((f) => f.id !== 'backup-old')) {
      const copy = restored.get(original.id);
      expect(copy?.nickname).toBe(original.nickname);
      expect((copy?.journey as { journey: unknown }).journey).toEqual((original.journey as { journey: unknown }).journey);
      expect(copy?.planProgress).toEqual(original.planProgress);
      expect(copy?.updatedAt).toBe(original.updatedAt);
    }
    expect(restored.has('backup-old')).toBe(false);
    const settings = (await readIndexedDB(b.page, 'passerelle', 'settings')) as { key: string; value: unknown }[];
    expect(settings).toContainEqual({ key: 'structureName', value: 'Centre social des Rives' });

    // The list on B shows the files, and reminds to back up (none made on this device).
    await b.page.goto(`${baseURL()}#/accompagner`);
    await b.page.getByText('20 dossier(s) affiché(s) sur 50').waitFor();
    expect(await b.page.getByText('aucune sauvegarde n’a encore été faite sur cet appareil', { exact: false }).count()).toBe(1);
    // A has just been backed up: no reminder there.
    await a.page.goto(`${baseURL()}#/accompagner`);
    await a.page.getByRole('heading', { level: 1, name: 'Les dossiers sur cet appareil' }).waitFor();
    await a.page.locator('.file-list').waitFor();
    expect(await a.page.getByText('Pensez à sauvegarder', { exact: false }).count()).toBe(0);
    a.assertClean();
    b.assertClean();
  });
});
