/**
 * « Je ne sais pas » is an answer on every kind of question (single, multi, number): a person
 * who gives it everywhere still reaches a plan, in the mediator's wizard and at the kiosk, and
 * the plan says what to check with the adviser. Under 16, the path ends on its own screen.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { baseURL, createFileAs, expectNoAxeViolations, openSession, setUpKiosk, type Session } from './harness';
import { currentScreen, nextButton } from '../../scripts/journey-driver.mjs';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

async function startKiosk(page: Page) {
  await setUpKiosk(page);
  await page.getByRole('button', { name: 'Touchez l’écran pour commencer' }).click();
  await page.locator('form[id^="question-"]').waitFor();
}

/** Answers « Je ne sais pas » on every question as a person would: the radio, the box, or the
 * button beside a number. Returns the kinds of question met, by id. */
async function answerUnknownEverywhere(page: Page): Promise<Record<string, string>> {
  const kinds: Record<string, string> = {};
  for (let i = 0; i < 40; i++) {
    const screen = await currentScreen(page);
    if (screen.kind === 'recap') return kinds;
    const before = await page.locator('h1').first().textContent();
    if (screen.kind === 'question') {
      const form = page.locator(`form#question-${screen.id}`);
      if ((await form.locator('input[type="text"]').count()) > 0) {
        kinds[screen.id] = 'number';
        await form.getByRole('button', { name: 'Je ne sais pas' }).click();
      } else if ((await form.locator('input[type="checkbox"]').count()) > 0) {
        kinds[screen.id] = 'multi';
        await form.getByRole('checkbox', { name: /Je ne sais pas/ }).check();
      } else {
        kinds[screen.id] = 'single';
        await form.getByRole('radio', { name: /Je ne sais pas/ }).check();
      }
    } else if (screen.kind !== 'orientation') {
      throw new Error(`unexpected screen after ${Object.keys(kinds).join(', ')}`);
    }
    await nextButton(page).click();
    // an error message would keep the same heading: the next screen must come
    await page.waitForFunction(
      (previous) => {
        const h1 = document.querySelector('h1');
        return h1 !== null && h1.textContent !== previous && document.activeElement === h1;
      },
      before,
      { timeout: 10_000 },
    );
  }
  throw new Error('no recap after 40 screens');
}

describe('« Je ne sais pas » on every question', () => {
  it('takes the mediator from the first question to a plan that says what to check', async () => {
    session = await openSession();
    const { page } = session;
    await createFileAs(page, 'Inès');
    const kinds = await answerUnknownEverywhere(page);
    expect(new Set(Object.values(kinds))).toEqual(new Set(['number', 'single', 'multi']));
    expect(Object.keys(kinds)).toEqual(expect.arrayContaining(['age', 'besoinsSavoirs', 'freins']));
    await page.getByRole('button', { name: 'Voir mon plan' }).click();
    await page.locator('[data-screen="plan"]').waitFor();
    const text = await page.locator('[data-screen="plan"]').innerText();
    expect(text).toContain('Faire le point avec votre conseiller sur ce qui reste à vérifier');
    await expectNoAxeViolations(page, 'the plan of someone who answered « Je ne sais pas » everywhere');
  });

  it('takes a resident at the kiosk to a plan too, in easy-read', async () => {
    session = await openSession();
    const { page } = session;
    await startKiosk(page);
    const kinds = await answerUnknownEverywhere(page);
    expect(new Set(Object.values(kinds))).toEqual(new Set(['number', 'single', 'multi']));
    await page.getByRole('button', { name: 'Voir mon plan' }).click();
    await page.locator('[data-screen="plan"]').waitFor();
    expect(await page.locator('[data-screen="plan"]').innerText()).toContain('Vérifier avec votre conseiller');
  });
});

describe('under 16', () => {
  it.each([15, 0])('ends at %i years old on a screen that says whom to see, with no parcours and no plan', async (age) => {
    session = await openSession();
    const { page } = session;
    await createFileAs(page, 'Noé');
    await page.locator('form#question-age input[type="text"]').fill(String(age));
    await nextButton(page).click();
    const heading = page.getByRole('heading', { level: 1, name: 'Avant 16 ans, l’école d’abord' });
    await heading.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    const text = await page.locator('[data-screen="under16"]').innerText();
    expect(text).toContain(`Vous avez ${age} ans`);
    for (const who of ['Votre collège', 'Le centre d’information et d’orientation (CIO)', 'La plateforme de suivi des décrocheurs (MLDS)', 'La Mission locale, dès 16 ans']) {
      expect(text).toContain(who);
    }
    expect(await page.locator('#orientation-form').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Imprimer ces contacts' }).count()).toBe(1);
    await expectNoAxeViolations(page, 'the under-16 screen');
    // the screen survives a reload: the answer was saved
    await page.reload();
    await heading.waitFor();
  });
});
