import { afterEach, describe, expect, it } from 'vitest';
import { baseURL, expectNoAxeViolations, openSession, readIndexedDB, type Session } from './harness';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

describe('a workshop on a projector', () => {
  it('shows the four parcours and a typical plan for each, storing nothing about anybody', async () => {
    session = await openSession({ viewport: { width: 1280, height: 720 } });
    const { page } = session;
    await page.goto(baseURL());
    await page.getByRole('link', { name: /Animer un atelier/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Animer un atelier' }).waitFor();
    expect(await page.locator('.workshop__card').count()).toBe(4);
    await expectNoAxeViolations(page, 'the workshop list');

    for (const id of ['jeune', 'allophone', 'reprise', 'reconversion']) {
      await page.goto(`${baseURL()}#/atelier/${id}`);
      await page.getByRole('heading', { level: 1, name: 'Votre plan, étape par étape' }).waitFor();
      expect(await page.locator('.plan-step').count()).toBeGreaterThan(1);
      expect(await page.locator('.plan__next li').count()).toBe(3);
    }
    await expectNoAxeViolations(page, 'a typical plan');

    await page.getByRole('button', { name: /Essayer avec d’autres réponses/ }).click();
    await page.locator('form#question-age').waitFor();
    await page.getByRole('textbox').fill('20');
    await page.locator('.step__nav button[type="submit"]').click();
    await page.locator('form#question-departement').waitFor();

    expect(await readIndexedDB(page, 'passerelle', 'residents')).toEqual([]);
    expect(await readIndexedDB(page, 'passerelle', 'summaries')).toEqual([]);
    session.assertClean();
  });
});
