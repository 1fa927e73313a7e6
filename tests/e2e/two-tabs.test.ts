import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { baseURL, expectNoAxeViolations, openSession, readIndexedDB, type Session } from './harness';
import { currentScreen, fillQuestion, nextButton } from '../../scripts/journey-driver.mjs';
import { PROFILES } from './profiles';
import type { DriverAnswers } from '../../scripts/journey-driver.mjs';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const CHANGED = 'Ce dossier a été modifié dans un autre onglet ou une autre fenêtre';

async function answerCurrent(page: Page, answers: DriverAnswers): Promise<string> {
  const screen = await currentScreen(page);
  if (screen.kind !== 'question') throw new Error(`expected a question, got ${screen.kind}`);
  await fillQuestion(page, screen.id, answers);
  const before = await page.locator('h1').first().textContent();
  await nextButton(page).click();
  await page.waitForFunction((previous) => document.querySelector('h1')?.textContent !== previous, before);
  await page.locator('.save-status--saved').waitFor();
  return screen.id;
}

describe('the same file open in two tabs', () => {
  it('loses no answer: each tab shows the other’s change and says the file changed elsewhere', async () => {
    session = await openSession();
    const { context, page: a } = session;
    const { answers, name } = PROFILES[0]!;
    await a.goto(`${baseURL()}#/accompagner/nouveau`);
    await a.getByLabel('Prénom ou surnom').fill(name);
    await a.getByRole('checkbox').check();
    await a.getByRole('button', { name: 'Créer le dossier et commencer' }).click();
    await a.locator('form[id^="question-"]').waitFor();
    const url = a.url();

    const b = await context.newPage();
    await b.goto(url);
    await b.locator('form[id^="question-"]').waitFor();
    // The list, open in a third tab, follows too.
    const list = await context.newPage();
    await list.goto(`${baseURL()}#/accompagner`);
    await list.getByRole('link', { name: `Ouvrir le dossier de ${name}` }).waitFor();

    const first = await answerCurrent(a, answers);
    await b.getByText(CHANGED, { exact: false }).waitFor();
    const next = await currentScreen(a);
    expect(await currentScreen(b)).toEqual(next);
    await expectNoAxeViolations(b, 'a file changed in another tab');

    const second = await answerCurrent(b, answers);
    await a.getByText(CHANGED, { exact: false }).waitFor();
    expect(await currentScreen(a)).toEqual(await currentScreen(b));
    const third = await answerCurrent(a, answers);

    const [stored] = (await readIndexedDB(a, 'passerelle', 'residents')) as { journey: { journey: { answers: Record<string, unknown>; trail: string[] } } }[];
    expect(Object.keys(stored!.journey.journey.answers)).toEqual(expect.arrayContaining([first, second, third]));
    expect(stored!.journey.journey.trail).toEqual([first, second, third]);
    await list.getByText('Étape 4 sur', { exact: false }).waitFor();

    // Forgotten in one tab: the other no longer offers to answer on it.
    await a.getByRole('button', { name: 'Oublier cette personne' }).click();
    await a.getByRole('button', { name: 'Oui, tout effacer' }).click();
    await b.getByRole('heading', { level: 1, name: 'Ce dossier n’existe pas sur cet appareil. Il a peut-être été effacé.' }).waitFor();
    session.assertClean();
  });
});
