import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { baseURL, createFileAs, expectNoAxeViolations, openSession, readIndexedDB, type Session } from './harness';
import { currentScreen, fillQuestion, nextButton, walkToRecap } from '../../scripts/journey-driver.mjs';
import { PROFILES } from './profiles';

interface StoredFile {
  id: string;
  nickname: string;
  parcours?: string;
  progress?: { step: number; stepCount: number; done: boolean };
  ui?: { screen?: string; draft?: { questionId: string; value: unknown } };
  journey: { journey: { answers: Record<string, unknown>; trail: string[] } };
}

const residents = (page: Page) => readIndexedDB(page, 'passerelle', 'residents') as Promise<StoredFile[]>;

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

async function headingText(page: Page) {
  return (await page.locator('h1').first().textContent()) ?? '';
}

describe.each(PROFILES)('the mediator builds a $parcours pathway', ({ parcours, name, answers }) => {
  // An axe run on each of some twenty screens: 50–60 s on the shared two-core machine, at the
  // 60 s default; the walk waits for states, so a longer limit hides no bug.
  it('walks every step in the real UI to the plan, resumes after a reload, and passes axe on every screen', { timeout: 180_000 }, async () => {
    session = await openSession();
    const { page } = session;
    await createFileAs(page, name);
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
    await createFileAs(page, 'Zoé-à-oublier');
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
    await createFileAs(page, 'Inès');
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
    await createFileAs(page, 'Moussa');
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
      // The wizard is a lazy chunk: wait for the question before asking which one it is.
      await other.page.locator('form[id^="question-"]').waitFor();
      expect(await currentScreen(other.page)).toEqual({ kind: 'question', id: 'departement' });
      other.assertClean();
    } finally {
      await other.close();
    }
    session.assertClean();
  });
});

describe('keeping files safe', () => {
  it('asks before an import replaces a newer file, and keeps it when told to', async () => {
    session = await openSession();
    const { page } = session;
    await createFileAs(page, 'Nadia');
    await fillQuestion(page, 'age', { age: '30' });
    await nextButton(page).click();
    await page.locator('form#question-departement').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter ce dossier (fichier)' }).click()]);
    const older = (await download.path())!;
    await fillQuestion(page, 'departement', { departement: '45' });
    await nextButton(page).click();
    await expect.poll(async () => (await residents(page))[0]?.journey.journey.trail.length).toBe(2);

    await page.goto(`${baseURL()}#/accompagner`);
    const input = page.locator('input[type="file"]');
    await input.setInputFiles(older);
    const dialog = page.getByRole('dialog', { name: 'Remplacer un dossier plus récent ?' });
    await dialog.waitFor();
    await expectNoAxeViolations(page, 'the replace dialog');
    await dialog.getByRole('button', { name: 'Garder le dossier de cet appareil' }).click();
    expect((await residents(page))[0]?.journey.journey.trail).toEqual(['age', 'departement']);

    await input.setInputFiles(older);
    await dialog.getByRole('button', { name: 'Remplacer par le fichier' }).click();
    await expect.poll(async () => (await residents(page))[0]?.journey.journey.trail).toEqual(['age']);
    session.assertClean();
  });

  it('deletes files untouched for 90 days at start-up and says how many', async () => {
    session = await openSession();
    const { page } = session;
    await createFileAs(page, 'Récent');
    const old = Date.now() - 91 * 86_400_000;
    await page.evaluate(async (updatedAt) => {
      const db = await new Promise<IDBDatabase>((ok, ko) => {
        const r = indexedDB.open('passerelle');
        r.onsuccess = () => ok(r.result);
        r.onerror = () => ko(r.error);
      });
      const tx = db.transaction(['residents', 'summaries'], 'readwrite');
      const journey = { machineId: 'passerelle.journey', machineVersion: 2, savedAt: new Date(updatedAt).toISOString(), journey: { answers: {}, trail: [] } };
      tx.objectStore('residents').put({ id: 'old', nickname: 'Ancien', nameKey: 'ancien', consent: { givenOn: '2026-08-01', wordingVersion: 1 }, createdAt: updatedAt, updatedAt, journey });
      tx.objectStore('summaries').put({ id: 'old', nickname: 'Ancien', nameKey: 'ancien', updatedAt });
      await new Promise((ok) => (tx.oncomplete = ok));
      db.close();
    }, old);
    expect((await residents(page)).map((f) => f.nickname).sort()).toEqual(['Ancien', 'Récent']);

    await page.goto(`${baseURL()}#/accompagner`);
    await page.reload();
    await page.getByText('1 dossier(s) non modifié(s) depuis plus de 90 jours', { exact: false }).waitFor();
    expect((await residents(page)).map((f) => f.nickname)).toEqual(['Récent']);
    expect(await readIndexedDB(page, 'passerelle', 'summaries')).toHaveLength(1);
    session.assertClean();
  });

  it('changes an answer from the recap and the plan follows', async () => {
    session = await openSession();
    const { page } = session;
    const { name, answers, parcours } = PROFILES[2]!;
    await createFileAs(page, name);
    await walkToRecap(page, { answers: { ...answers, freins: 'aucun' }, parcours });
    await page.getByRole('button', { name: 'Voir mon plan' }).click();
    await page.locator('.plan-step').first().waitFor();
    const before = await page.locator('.plan-step h3').allTextContents();
    await page.getByRole('button', { name: 'Revenir au récapitulatif' }).click();

    const freinsTitle = (await page.locator('.recap__row dt').allTextContents()).find((t) => /gêne|déplacer|freins/i.test(t));
    expect(freinsTitle).toBeTruthy();
    await page.getByRole('button', { name: `Modifier la réponse « ${freinsTitle} »` }).click();
    await page.locator('form#question-freins').waitFor();
    await page.locator('form#question-freins input[value="mobilite"]').check();
    await nextButton(page).click();
    await page.locator('[data-screen="recap"]').waitFor();
    await page.getByRole('button', { name: 'Voir mon plan' }).click();
    await page.locator('.plan-step').first().waitFor();
    const after = await page.locator('.plan-step h3').allTextContents();
    expect(after.length).toBeGreaterThan(before.length);
    expect(after.join(' ')).toMatch(/déplacer|mobilité/i);
    session.assertClean();
  });
});
