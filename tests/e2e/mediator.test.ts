import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { baseURL, expectNoAxeViolations, openSession, readIndexedDB, type Session } from './harness';
import { currentScreen, fillQuestion, nextButton, walkToRecap, type DriverAnswers } from '../../scripts/journey-driver.mjs';

interface StoredFile {
  id: string;
  nickname: string;
  parcours?: string;
  progress?: { step: number; stepCount: number; done: boolean };
  ui?: { screen?: string; draft?: { questionId: string; value: unknown } };
  journey: { journey: { answers: Record<string, unknown>; trail: string[] } };
}

const residents = (page: Page) => readIndexedDB(page, 'passerelle', 'residents') as Promise<StoredFile[]>;

/** A resident profile for each parcours, and the parcours the orientation should recommend. */
const PROFILES: { parcours: string; name: string; answers: DriverAnswers }[] = [
  { parcours: 'jeune', name: 'Yanis', answers: { age: '19', departement: '37', diplome: 'aucun', rqth: 'non', francais: 'a2plus', situation: 'demandeur-emploi' } },
  { parcours: 'allophone', name: 'Amina', answers: { age: '34', departement: '45', diplome: 'etranger', rqth: 'non', francais: 'debutant', situation: 'demandeur-emploi', projetConnu: 'oui', secteur: 'proprete' } },
  { parcours: 'reprise', name: 'Sylvie', answers: { age: '47', departement: '18', diplome: 'aucun', rqth: 'non', francais: 'a2plus', situation: 'rsa', sansEmploiDepuis: '12-mois-plus', ecrit: 'difficile' } },
  { parcours: 'reconversion', name: 'Karim', answers: { age: '38', departement: '41', diplome: 'cap-bep', rqth: 'oui', francais: 'a2plus', situation: 'emploi', ecrit: 'facile', projetConnu: 'oui', secteur: 'services-personne', experience: '1-an-plus' } },
];

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

async function createFile(page: Page, nickname: string) {
  await page.goto(`${baseURL()}#/accompagner`);
  await page.getByRole('link', { name: 'Nouveau dossier' }).click();
  await page.getByLabel('Prénom ou surnom').fill(nickname);
  await page.getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Créer le dossier et commencer' }).click();
  await page.locator('form[id^="question-"]').waitFor();
}

async function headingText(page: Page) {
  return (await page.locator('h1').first().textContent()) ?? '';
}

describe.each(PROFILES)('the mediator builds a $parcours pathway', ({ parcours, name, answers }) => {
  it('walks every step in the real UI to the plan, resumes after a reload, and passes axe on every screen', async () => {
    session = await openSession();
    const { page } = session;
    await createFile(page, name);
    await expectNoAxeViolations(page, 'the first question');

    let count = 0;
    const seen = await walkToRecap(page, {
      answers,
      parcours,
      onStep: async (screen) => {
        count++;
        await expectNoAxeViolations(page, `step ${count} (${screen.kind === 'question' ? screen.id : screen.kind})`);
        if (count === 3 && screen.kind === 'question') {
          // The choice is saved as it is made, before Next: a reload brings it back.
          await expect.poll(async () => (await residents(page))[0]?.ui?.draft?.questionId).toBe(screen.id);
          const before = await headingText(page);
          const checked = await page.locator('form input:checked').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
          const typed = await page.locator('form input[type="text"]').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
          await page.reload();
          await page.locator('form[id^="question-"]').waitFor();
          expect(await headingText(page)).toBe(before);
          expect(await page.locator('form input:checked').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))).toEqual(checked);
          expect(await page.locator('form input[type="text"]').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))).toEqual(typed);
          expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
        }
        await nextButton(page).click();
      },
    });
    expect(seen).toContain('orientation');

    // Every answer given is in IndexedDB.
    const [stored] = await residents(page);
    expect(stored?.nickname).toBe(name);
    expect(stored?.parcours).toBe(parcours);
    for (const id of seen.filter((s) => s !== 'orientation')) expect(stored?.journey.journey.answers).toHaveProperty(id);

    await expectNoAxeViolations(page, 'the recap');
    await page.getByRole('button', { name: 'Voir mon plan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Votre plan, étape par étape' }).waitFor();
    expect(await page.getByRole('heading', { level: 2, name: 'Mes 3 prochaines actions' }).count()).toBe(1);
    expect(await page.locator('.plan__next li').count()).toBe(3);
    expect(await page.locator('.plan-step').count()).toBeGreaterThan(1);
    await expectNoAxeViolations(page, 'the plan');

    // Closing and coming back: the plan is there again.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Votre plan, étape par étape' }).waitFor();
    const [after] = await residents(page);
    expect(after?.progress?.done).toBe(true);
    expect(after?.ui?.screen).toBe('plan');
    session.assertClean();
  });
});

describe('the caseload', () => {
  it('forgets a person completely after confirmation', async () => {
    session = await openSession();
    const { page } = session;
    await createFile(page, 'Zoé-à-oublier');
    await fillQuestion(page, 'age', { age: '22' });
    await nextButton(page).click();
    await expect.poll(async () => (await residents(page))[0]?.journey.journey.trail).toEqual(['age']);

    await page.getByRole('button', { name: 'Oublier cette personne' }).click();
    await expectNoAxeViolations(page, 'the forget dialog');
    await page.getByRole('button', { name: 'Oui, tout effacer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Les dossiers sur cet appareil' }).waitFor();
    expect(await page.getByRole('status').first().textContent()).toContain('a été effacé');

    expect(await residents(page)).toEqual([]);
    const everything = JSON.stringify(await readIndexedDB(page, 'passerelle', 'settings')) + JSON.stringify(await residents(page));
    expect(everything).not.toContain('Zoé');
    session.assertClean();
  });

  it('refuses a damaged or foreign import with a clear message and changes nothing', async () => {
    session = await openSession();
    const { page } = session;
    await createFile(page, 'Inès');
    await page.goto(`${baseURL()}#/accompagner`);
    await page.getByRole('heading', { level: 1, name: 'Les dossiers sur cet appareil' }).waitFor();
    const before = await residents(page);
    expect(before).toHaveLength(1);

    const input = page.locator('input[type="file"]');
    await input.setInputFiles({ name: 'dossier.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"passerelle.resident", "version": 1, "file": {"id": ') });
    await expect(page.getByRole('alert').textContent()).resolves.toContain('Rien n’a été modifié');
    await input.setInputFiles({ name: 'autre.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ patient: 'x', ssn: '1 85 05' })) });
    await expect(page.getByRole('alert').textContent()).resolves.toContain('ne vient pas de Passerelle');
    await expectNoAxeViolations(page, 'the caseload with an import error');

    expect(await residents(page)).toEqual(before);
    session.assertClean();
  });

  it('exports a file that imports back on another device with its answers', async () => {
    session = await openSession();
    const { page } = session;
    await createFile(page, 'Moussa');
    await fillQuestion(page, 'age', { age: '27' });
    await nextButton(page).click();
    await page.locator('form#question-departement').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter ce dossier (fichier)' }).click()]);
    const exported = await download.path();
    expect(download.suggestedFilename()).toMatch(/^passerelle-moussa-\d{4}-\d{2}-\d{2}\.json$/);

    const other = await openSession();
    try {
      await other.page.goto(`${baseURL()}#/accompagner`);
      await other.page.locator('input[type="file"]').setInputFiles(exported);
      await expect(other.page.getByRole('status').first().textContent()).resolves.toContain('Moussa');
      const [imported] = await residents(other.page);
      expect(imported?.nickname).toBe('Moussa');
      expect(imported?.journey.journey.answers.age).toBe(27);
      await other.page.getByRole('link', { name: 'Ouvrir le dossier de Moussa' }).click();
      expect(await currentScreen(other.page)).toEqual({ kind: 'question', id: 'departement' });
      other.assertClean();
    } finally {
      await other.close();
    }
    session.assertClean();
  });
});
