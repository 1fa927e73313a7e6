import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { baseURL, deName, expectNoAxeViolations, openSession, readIndexedDB, type Session } from './harness';
import { currentScreen, fillQuestion, nextButton } from '../../scripts/journey-driver.mjs';
import { PROFILES } from './profiles';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const { answers, name } = PROFILES[1]!;

async function createFile(page: Page) {
  await page.goto(`${baseURL()}#/accompagner/nouveau`);
  await page.getByLabel('Prénom ou surnom').fill(name);
  await page.getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Créer le dossier et commencer' }).click();
  await page.locator('form[id^="question-"]').waitFor();
}

/** Answers the current question; returns its id once the next screen has its heading focused. */
async function answer(page: Page): Promise<string> {
  const screen = await currentScreen(page);
  if (screen.kind !== 'question') throw new Error(`expected a question, got ${screen.kind}`);
  await fillQuestion(page, screen.id, answers);
  const before = await page.locator('h1').first().textContent();
  await nextButton(page).click();
  await page.waitForFunction((previous) => {
    const h1 = document.querySelector('h1');
    return h1 && h1.textContent !== previous && document.activeElement === h1;
  }, before);
  return screen.id;
}

/** Back to the list and into the file again, without reloading: what memory kept shows. */
async function reopen(page: Page) {
  await page.locator('.resident__bar').getByRole('link', { name: 'Retour à la liste des dossiers' }).click();
  await page.getByRole('link', { name: `Ouvrir le dossier ${deName(name)}` }).click();
  await page.locator('form[id^="question-"]').waitFor();
}

const storedAnswers = async (page: Page) =>
  ((await readIndexedDB(page, 'passerelle', 'residents')) as { journey: { journey: { answers: Record<string, unknown> } } }[])[0]?.journey.journey.answers ?? {};

describe('storage faults', () => {
  it('without IndexedDB: says nothing will be kept, and the answers live on in memory', async () => {
    session = await openSession();
    await session.context.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
    });
    const { page } = session;
    await createFile(page);
    await page.getByRole('alert').filter({ hasText: 'Ce navigateur ne permet pas d’enregistrer les données sur cet appareil' }).waitFor();
    const first = await answer(page);
    expect(await page.locator('.save-status').textContent()).toBe('Non enregistré sur l’appareil');
    await expectNoAxeViolations(page, 'a file without IndexedDB');
    await reopen(page);
    const screen = await currentScreen(page);
    expect(screen).not.toEqual({ kind: 'question', id: first });
    session.assertClean();
  });

  it('disk full in the middle of a write: says so, keeps the answer in memory, keeps what was stored', async () => {
    session = await openSession();
    // From the moment the test fills the disk, every IndexedDB write fails as Chromium's would.
    await session.context.addInitScript(() => {
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
        if ((window as unknown as { __diskFull?: boolean }).__diskFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return put.apply(this, args);
      };
    });
    const { page } = session;
    await createFile(page);
    const first = await answer(page);
    await page.locator('.save-status--saved').waitFor();
    expect(await storedAnswers(page)).toHaveProperty(first);

    await page.evaluate(() => ((window as unknown as { __diskFull?: boolean }).__diskFull = true));
    const second = await answer(page);
    await page.getByRole('alert').filter({ hasText: 'L’appareil n’a plus de place pour enregistrer' }).waitFor();
    expect(await page.locator('.save-status').textContent()).toBe('Non enregistré sur l’appareil');
    // Nothing silently dropped: the disk keeps what it had, memory has the rest.
    expect(await storedAnswers(page)).toHaveProperty(first);
    await reopen(page);
    const after = await currentScreen(page);
    expect(after).not.toEqual({ kind: 'question', id: second });
    expect(after).not.toEqual({ kind: 'question', id: first });
    session.assertClean();
  });

  it('storage evicted while the page is open: says so, and the answers go on in memory', async () => {
    session = await openSession();
    const { page } = session;
    await createFile(page);
    await answer(page);
    await page.locator('.save-status--saved').waitFor();
    // What the browser does when it evicts the site's data, or the person clears it.
    await page.evaluate(() => void indexedDB.deleteDatabase('passerelle'));
    await page.getByRole('alert').filter({ hasText: 'viennent d’être effacées par le navigateur' }).waitFor();
    const second = await answer(page);
    expect(await page.locator('.save-status').textContent()).toBe('Non enregistré sur l’appareil');
    await reopen(page);
    expect(await currentScreen(page)).not.toEqual({ kind: 'question', id: second });
    session.assertClean();
  });

  it('asks for persistent storage when the caseload opens and shows staff the answer in Réglages', async () => {
    session = await openSession();
    await session.context.addInitScript(() => {
      const persist = navigator.storage.persist.bind(navigator.storage);
      navigator.storage.persist = () => {
        sessionStorage.setItem('persistAsked', 'yes');
        return persist();
      };
    });
    const { page } = session;
    await page.goto(`${baseURL()}#/accompagner`);
    await page.getByRole('heading', { level: 1, name: 'Les dossiers sur cet appareil' }).waitFor();
    await page.waitForFunction(() => sessionStorage.getItem('persistAsked') === 'yes' || navigator.storage.persisted());
    await page.goto(`${baseURL()}#/accompagner/reglages`);
    const status = page.locator('[data-persistence]');
    await page.waitForFunction(() =>
      ['granted', 'denied', 'unsupported'].includes(document.querySelector('[data-persistence]')?.getAttribute('data-persistence') ?? ''),
    );
    const granted = await page.evaluate(() => navigator.storage.persisted());
    expect(await status.getAttribute('data-persistence')).toBe(granted ? 'granted' : 'denied');
    expect(await status.textContent()).toContain(granted ? 'ne les effacera pas' : 'pourrait effacer les dossiers');
    session.assertClean();
  });
});
