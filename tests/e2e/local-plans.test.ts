import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { baseURL, createFileAs, expectNoAxeViolations, openSession, readIndexedDB, type Session } from './harness';
import { walkToRecap, type DriverAnswers } from '../../scripts/journey-driver.mjs';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/lheo');

let sessions: Session[] = [];
afterEach(async () => {
  for (const s of sessions.splice(0)) await s.close();
});
const open = async (options?: Parameters<typeof openSession>[0]) => {
  const s = await openSession(options);
  sessions.push(s);
  return s;
};

/** Lives in Orléans (45234), wants the ADVF titre (RNCP37715), trains in a centre. */
const KARIM: DriverAnswers = {
  age: '38', departement: '45', commune: '45234', diplome: 'cap-bep', rqth: 'non', francais: 'a2plus', situation: 'emploi', ecrit: 'facile',
  projetConnu: 'oui', secteur: 'services-personne', titreVise: 'advf', experience: 'aucune', modeFormation: 'centre', rythme: 'temps-plein',
  ccpAcquis: ['aucun'], freins: ['aucun'],
};

async function openPlan(page: Page, nickname: string, answers: DriverAnswers) {
  await createFileAs(page, nickname);
  await walkToRecap(page, { answers, parcours: 'reconversion' });
  await page.getByRole('button', { name: 'Voir mon plan' }).click();
  await page.getByRole('heading', { level: 1, name: 'Votre plan, étape par étape' }).waitFor();
  await page.locator('img.plan-qr__image').waitFor();
}

async function openDirectory(page: Page) {
  await page.goto(`${baseURL()}#/accompagner/reglages`);
  await page.getByRole('link', { name: 'Annuaire local' }).click();
  await page.getByRole('heading', { level: 1, name: 'Annuaire local' }).waitFor();
}

/** Adds the France Travail office of Orléans, the commune chosen with the keyboard. */
async function addOrleansOffice(page: Page) {
  await page.getByRole('button', { name: 'Ajouter un contact' }).click();
  await page.getByRole('heading', { level: 2, name: 'Nouveau contact' }).waitFor();
  await page.getByLabel('Type de structure').selectOption({ label: 'France Travail' });
  await page.getByLabel('Nom', { exact: false }).first().fill('France Travail Orléans La Source');
  await page.getByLabel('Adresse (rue, numéro)').fill('5 rue Exemple');
  const commune = page.getByRole('combobox', { name: 'Commune' });
  await commune.fill('orlea');
  await page.getByRole('option', { name: /^Orléans/ }).waitFor();
  await commune.press('ArrowDown');
  await commune.press('Enter');
  await expect.poll(() => commune.inputValue()).toBe('Orléans');
  await page.getByLabel('Téléphone').fill('02 38 00 00 00');
  await page.getByLabel('Horaires d’ouverture').fill('du lundi au vendredi, 9 h – 12 h');
  await page.getByLabel(/^Permanences/).fill('le mardi au centre social Romain Rolland');
  await page.getByLabel(/^Note pour l’équipe/).fill('Demander Julie à l’accueil');
  await page.getByRole('button', { name: 'Enregistrer le contact' }).click();
  await page.getByRole('status').filter({ hasText: 'Contact enregistré.' }).waitFor();
}

describe('the structure’s address book', () => {
  it('adds a contact with the keyboard and French messages, and a resident of that commune gets it on the plan, on paper and in the QR view', async () => {
    const session = await open();
    const { page } = session;
    await openDirectory(page);
    await expectNoAxeViolations(page, 'the empty address book');

    // every required field says what is missing, next to it
    await page.getByRole('button', { name: 'Ajouter un contact' }).click();
    await page.getByRole('button', { name: 'Enregistrer le contact' }).click();
    await page.getByText('Choisissez le type de structure.').waitFor();
    expect(await page.getByText('Indiquez le nom (2 à 120 caractères).').count()).toBe(1);
    expect(await page.getByText('Choisissez la commune dans la liste.').count()).toBe(1);
    await page.getByLabel('Téléphone').fill('12');
    await page.getByRole('button', { name: 'Enregistrer le contact' }).click();
    await page.getByText('Indiquez un numéro à 10 chiffres, par exemple 02 38 00 00 00.').waitFor();
    await expectNoAxeViolations(page, 'the contact form with its errors');
    await page.getByRole('button', { name: 'Annuler' }).click();
    expect(await readIndexedDB(page, 'passerelle', 'directory')).toEqual([]);

    await addOrleansOffice(page);
    await page.getByRole('heading', { level: 2, name: 'France Travail Orléans La Source' }).waitFor();
    const stored = (await readIndexedDB(page, 'passerelle', 'directory')) as Array<Record<string, string>>;
    expect(stored).toEqual([
      expect.objectContaining({ type: 'france-travail', name: 'France Travail Orléans La Source', communeCode: '45234', commune: 'Orléans', phone: '02 38 00 00 00', staffNote: 'Demander Julie à l’accueil' }),
    ]);
    await expectNoAxeViolations(page, 'the address book with one contact');

    await openPlan(page, 'Karim', KARIM);
    const contact = page.locator('.plan-step__local').first();
    await expect.poll(() => contact.textContent()).toContain('France Travail Orléans La Source');
    expect(await contact.textContent()).toContain('02 38 00 00 00');
    expect(await contact.textContent()).toContain('le mardi au centre social Romain Rolland');
    expect(await page.locator('.plan-document').textContent()).not.toContain('Demander Julie');
    await page.emulateMedia({ media: 'print' });
    expect(await contact.isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });

    // the phone that scans the QR code has no address book: the contact travels in the code
    const url = await page.locator('[data-share-url]').getAttribute('data-share-url');
    expect(url).toMatch(/#\/p\/B\d+\.1[A-Za-z0-9_-]+\.[0-9a-z]+$/);
    const phone = await open({ viewport: { width: 390, height: 844 } });
    await phone.page.goto(url!);
    await phone.page.getByRole('heading', { level: 1, name: 'Votre plan' }).waitFor();
    const shown = await phone.page.locator('.plan-step__local').first().textContent();
    expect(shown).toContain('France Travail Orléans La Source');
    expect(shown).toContain('5 rue Exemple, Orléans');
    expect(await phone.page.locator('body').textContent()).not.toContain('Demander Julie');
    await expectNoAxeViolations(phone.page, 'the shared plan with a local contact');

    // a changed character in the contacts part is refused, not shown as another address
    const tampered = url!.replace(/\.1([A-Za-z])/, (_m, c: string) => `.1${c === 'A' ? 'B' : 'A'}`);
    await phone.page.goto(tampered);
    await phone.page.reload();
    await phone.page.getByRole('alert').waitFor();
    phone.assertClean();
    session.assertClean();
  }, 120_000);

  it('exports the address book and imports it on a fresh profile after showing what it adds; a bad file changes nothing', async () => {
    const first = await open();
    await openDirectory(first.page);
    await addOrleansOffice(first.page);
    const download = first.page.waitForEvent('download');
    await first.page.getByRole('button', { name: 'Exporter l’annuaire (un fichier)' }).click();
    const file = await (await download).path();
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    expect(exported.format).toBe('passerelle.directory');

    const fresh = await open();
    const { page } = fresh;
    await openDirectory(page);
    await page.getByText('L’annuaire est vide. Ajoutez un contact.').waitFor();
    // a file that is not an address book: plain French message, nothing written
    await page.locator('input[type="file"]').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"passerelle.resident"}') });
    await page.getByRole('alert').filter({ hasText: 'Ce fichier n’est pas un annuaire Passerelle, ou il est abîmé. Rien n’a été modifié.' }).waitFor();
    expect(await readIndexedDB(page, 'passerelle', 'directory')).toEqual([]);

    await page.locator('input[type="file"]').setInputFiles(file);
    const dialog = page.getByRole('dialog', { name: 'Importer cet annuaire ?' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('Ajoute 1 contact(s) :');
    expect(await dialog.textContent()).toContain('France Travail Orléans La Source');
    await expectNoAxeViolations(page, 'the import preview');
    await dialog.getByRole('button', { name: 'Importer' }).click();
    await page.getByText('Annuaire importé : 1 ajouté(s), 0 remplacé(s).').waitFor();
    await page.getByRole('heading', { level: 2, name: 'France Travail Orléans La Source' }).waitFor();
    expect(await readIndexedDB(page, 'passerelle', 'directory')).toEqual(exported.entries);
    first.assertClean();
    fresh.assertClean();
  });

  it('is usable in easy-read wording and shows the address the QR codes hold', async () => {
    const { page } = await open();
    await openDirectory(page);
    await page.locator('.app-header .toggle').click();
    await expect.poll(() => page.locator('.app-header .toggle').getAttribute('aria-pressed')).toBe('true');
    await page.getByText('Les adresses de vos partenaires. Le plan les montre aux personnes qui habitent près. Rien ne part sur internet.').waitFor();
    // served from 127.0.0.1: staff are told a phone cannot reach it
    await page.getByText(/Attention : cette adresse marche seulement sur cet appareil/).waitFor();
    await expectNoAxeViolations(page, 'the address book in easy-read');
  });
});

describe('the Region’s training sessions (LHÉO import)', () => {
  it('imports the fixture, shows counts, puts the next session on a matching titre, and keeps it through every hostile file', async () => {
    const session = await open();
    const { page } = session;
    await page.goto(`${baseURL()}#/accompagner/reglages`);
    await page.getByRole('link', { name: /Sessions de formation de la Région/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Sessions de formation de la Région' }).waitFor();
    await page.getByText('Aucune offre importée pour le moment.').waitFor();
    await expectNoAxeViolations(page, 'the training import screen');

    await page.locator('#trainings-file').setInputFiles(resolve(FIXTURES, 'offre-centre-val-de-loire.xml'));
    await page.getByRole('status').filter({ hasText: 'Import terminé' }).waitFor();
    const current = page.getByTestId('trainings-current');
    expect(await current.textContent()).toContain('« offre-centre-val-de-loire.xml » : 30 formation(s), 33 session(s)');
    await expectNoAxeViolations(page, 'the training import screen after an import');

    for (const [name, message] of [
      ['hostile-billion-laughs.xml', 'Fichier refusé : il contient une déclaration DOCTYPE'],
      ['hostile-external-entity.xml', 'Fichier refusé : il contient une déclaration DOCTYPE'],
      ['hostile-truncated.xml', 'Ce fichier est incomplet'],
      ['hostile-wrong-root.xml', 'Ce fichier n’est pas une offre de formation au format LHÉO'],
      ['hostile-invalid-utf8.xml', 'Ce fichier n’est pas en UTF-8 valide'],
    ] as const) {
      await page.locator('#trainings-file').setInputFiles(resolve(FIXTURES, name));
      await page.getByRole('alert').filter({ hasText: message }).waitFor();
      expect(await current.textContent(), name).toContain('« offre-centre-val-de-loire.xml » : 30 formation(s), 33 session(s)');
    }

    await openPlan(page, 'Karim', KARIM);
    const sessions = page.locator('.plan-step__sessions');
    await sessions.first().waitFor();
    expect(await sessions.count()).toBe(1);
    const lines = await sessions.locator('li').allTextContents();
    expect(lines).toHaveLength(3);
    // nearest first: Orléans (the commune), then Montargis (the département), then the region
    expect(lines[0]).toContain('du 2 mars 2029 au 28 septembre 2029 — AFPA Centre-Val de Loire, Orléans (45)');
    expect(lines[0]).toContain('financée par la Région');
    expect(lines[1]).toContain('Montargis (45)');
    expect(lines[2]).toContain('Tours (37)');
    expect(lines.join(' ')).not.toContain('2025');
    expect(await sessions.getAttribute('data-match')).toBe('rncp');
    session.assertClean();
  }, 120_000);

  it('cancels an import under way, with a progress bar, and keeps the previous one', async () => {
    const { page } = await open();
    await page.goto(`${baseURL()}#/accompagner/formations`);
    await page.locator('#trainings-file').setInputFiles(resolve(FIXTURES, 'offre-centre-val-de-loire.xml'));
    await page.getByRole('status').filter({ hasText: 'Import terminé' }).waitFor();
    // a 35 MB file: the fixture's formations 300 times over
    const fixture = readFileSync(resolve(FIXTURES, 'offre-centre-val-de-loire.xml'), 'utf8');
    const body = fixture.slice(fixture.indexOf('<formation '), fixture.lastIndexOf('</offres>'));
    const dir = mkdtempSync(join(tmpdir(), 'passerelle-lheo-'));
    const big = join(dir, 'grosse-offre.xml');
    writeFileSync(big, fixture.slice(0, fixture.indexOf('<formation ')) + body.repeat(300) + '</offres>\n</lheo>\n');
    try {
      await page.locator('#trainings-file').setInputFiles(big);
      const cancel = page.getByRole('button', { name: 'Annuler l’import' });
      await cancel.waitFor();
      expect(await page.getByLabel('Lecture du fichier').count()).toBe(1);
      await cancel.click();
      await page.getByRole('status').filter({ hasText: 'Import annulé. L’offre précédente est conservée.' }).waitFor();
      expect(await page.getByTestId('trainings-current').textContent()).toContain('« offre-centre-val-de-loire.xml » : 30 formation(s), 33 session(s)');
      // the table being filled was emptied: only the previous import's sessions remain
      const rows = [...((await readIndexedDB(page, 'passerelle', 'trainingsA')) as unknown[]), ...((await readIndexedDB(page, 'passerelle', 'trainingsB')) as unknown[])];
      expect(rows).toHaveLength(33);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('answers the commune question with « Je ne sais pas » and the plan still lists sessions of the région', async () => {
    const { page } = await open();
    await page.goto(`${baseURL()}#/accompagner/formations`);
    await page.locator('#trainings-file').setInputFiles(resolve(FIXTURES, 'offre-centre-val-de-loire.xml'));
    await page.getByRole('status').filter({ hasText: 'Import terminé' }).waitFor();
    await page.goto(`${baseURL()}#/accompagner`);
    await page.getByRole('link', { name: 'Nouveau dossier' }).click();
    await page.getByLabel('Prénom ou surnom').fill('Nadia');
    await page.getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Créer le dossier et commencer' }).click();
    await page.locator('form[id^="question-"]').waitFor();
    const seen = await walkToRecap(page, {
      answers: { ...KARIM, departement: '37', commune: 'nsp' },
      parcours: 'reconversion',
      onStep: async (screen) => {
        if (screen.kind === 'question' && screen.id === 'commune') {
          await expect.poll(() => page.getByRole('button', { name: 'Je ne sais pas' }).getAttribute('aria-pressed')).toBe('true');
          await expectNoAxeViolations(page, 'the commune question');
        }
        await page.locator('.step__nav button[type="submit"]').click();
      },
    });
    expect(seen).toContain('commune');
    const [file] = (await readIndexedDB(page, 'passerelle', 'residents')) as Array<{ journey: { journey: { answers: Record<string, unknown> } } }>;
    expect(file?.journey.journey.answers.commune).toBe('nsp');
    await page.getByRole('button', { name: 'Voir mon plan' }).click();
    const lines = page.locator('.plan-step__sessions li');
    await lines.first().waitFor();
    // the département first (Tours, Indre-et-Loire), nothing started
    expect(await lines.first().textContent()).toContain('(37)');
  });
});

describe('the staff area of a kiosk', () => {
  it('reaches the address book from the kiosk’s staff screen, with the keyboard only', async () => {
    const { page } = await open();
    await page.goto(`${baseURL()}#/borne`);
    await page.getByLabel('Code du personnel (4 à 8 chiffres)').fill('2468');
    await page.getByLabel('Retapez le même code').fill('2468');
    await page.getByRole('button', { name: 'Enregistrer le code et démarrer la borne' }).click();
    await page.getByRole('button', { name: 'Personnel' }).click();
    const dialog = page.getByRole('dialog', { name: 'Quitter le mode borne' });
    await dialog.getByLabel('Code du personnel').fill('2468');
    await dialog.getByRole('button', { name: 'Quitter le mode borne' }).click();
    await page.getByRole('heading', { level: 1, name: 'Passerelle, votre chemin vers une formation et un emploi' }).waitFor();
    await page.goto(`${baseURL()}#/borne`);
    await page.getByRole('heading', { level: 1, name: 'Démarrer la borne en libre-service' }).waitFor();
    await expectNoAxeViolations(page, 'the kiosk’s staff screen with its links');

    // keyboard only: Tab to the link, Enter; the new screen's heading has the focus
    const link = page.getByRole('link', { name: 'Annuaire local' });
    for (let i = 0; i < 30 && !(await link.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Annuaire local' }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    const add = page.getByRole('button', { name: 'Ajouter un contact' });
    for (let i = 0; i < 30 && !(await add.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Nouveau contact');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(await page.getByLabel('Type de structure').getAttribute('id'));
    await page.getByRole('button', { name: 'Annuler' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('link', { name: 'Revenir à la borne' }).click();
    await page.getByRole('heading', { level: 1, name: 'Démarrer la borne en libre-service' }).waitFor();
  });
});
