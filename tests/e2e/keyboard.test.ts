import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { baseURL, openSession, type Session } from './harness';
import { currentScreen } from '../../scripts/journey-driver.mjs';

/**
 * A person who cannot use a mouse goes from the home screen to their plan with Tab, Shift+Tab,
 * Space, Enter and the arrow keys only. No click, no `fill`, no `check`: every action below is a
 * key press, so a control that only reacts to the mouse makes this test fail.
 */
const ANSWERS: Record<string, string | string[]> = {
  age: '19',
  departement: '37',
  diplome: 'aucun',
  rqth: 'non',
  francais: 'a2plus',
  situation: 'demandeur-emploi',
  freins: ['mobilite', 'garde-enfants'],
};

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const focused = (page: Page, selector: string) => page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);

/** Presses Tab until the focused element matches `selector` (fails after `max` presses). */
async function tabTo(page: Page, selector: string, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await focused(page, selector)) return;
    await page.keyboard.press('Tab');
  }
  const where = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120));
  throw new Error(`Tab never reached ${selector} (focus on ${where})`);
}

async function typeText(page: Page, text: string) {
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
}

async function nextStep(page: Page) {
  const before = await page.locator('h1').first().textContent();
  await tabTo(page, '.step__nav button[type="submit"]');
  await page.keyboard.press('Enter');
  await page.waitForFunction((previous) => {
    const h1 = document.querySelector('h1');
    return h1 && h1.textContent !== previous && document.activeElement === h1;
  }, before);
}

/** Radios: Tab enters the group, the arrows move the choice until the wanted value is chosen. */
async function chooseRadio(page: Page, form: string, value: string | undefined) {
  await tabTo(page, `${form} input[type="radio"]`);
  for (let i = 0; i < 20; i++) {
    const current = await page.evaluate(() => (document.activeElement as HTMLInputElement).value);
    if (value === undefined || current === value) break;
    await page.keyboard.press('ArrowDown');
  }
  // Tabbing into a group with nothing chosen focuses the first radio without choosing it.
  await page.keyboard.press('Space');
  if (value !== undefined) expect(await page.locator(`${form} input[value="${value}"]`).isChecked()).toBe(true);
}

describe('keyboard only', () => {
  it('goes from the home screen to the plan with Tab, Space, Enter and arrows', async () => {
    session = await openSession();
    const { page } = session;
    await page.goto(baseURL());
    await page.locator('h1').waitFor();

    await tabTo(page, 'a[href$="/accompagner"]');
    await page.keyboard.press('Enter');
    await tabTo(page, 'a[href$="/accompagner/nouveau"]');
    await page.keyboard.press('Enter');
    await tabTo(page, 'form input[type="text"]');
    await page.keyboard.type('Lina');
    await tabTo(page, 'form input[type="checkbox"]');
    await page.keyboard.press('Space');
    await tabTo(page, 'form button[type="submit"]');
    await page.keyboard.press('Enter');
    await page.locator('form[id^="question-"]').waitFor();

    const seen: string[] = [];
    for (let i = 0; i < 40; i++) {
      const screen = await currentScreen(page);
      if (screen.kind === 'recap') break;
      if (screen.kind === 'question') {
        seen.push(screen.id);
        const form = `form#question-${screen.id}`;
        const wanted = ANSWERS[screen.id];
        if ((await page.locator(`${form} [role="combobox"]`).count()) > 0) {
          // the commune: type its first letters, arrow down to it, Enter chooses it
          await tabTo(page, `${form} [role="combobox"]`);
          await page.keyboard.type('Tours');
          await page.locator(`${form} [role="option"]`).first().waitFor();
          await page.keyboard.press('ArrowDown');
          await page.keyboard.press('Enter');
          expect(await page.locator(`${form} [role="combobox"]`).inputValue()).toBe('Tours');
        } else if ((await page.locator(`${form} input[type="text"]`).count()) > 0) {
          await tabTo(page, `${form} input[type="text"]`);
          await typeText(page, String(wanted ?? '30'));
        } else if ((await page.locator(`${form} input[type="checkbox"]`).count()) > 0) {
          for (const value of [wanted ?? []].flat().length ? [wanted].flat() : ['aucun']) {
            const box = `${form} input[type="checkbox"][value="${value}"]`;
            await tabTo(page, box);
            await page.keyboard.press('Space');
            expect(await page.locator(box).isChecked()).toBe(true);
          }
        } else {
          await chooseRadio(page, form, typeof wanted === 'string' ? wanted : undefined);
        }
      } else if (screen.kind === 'orientation') {
        seen.push('orientation');
        // The recommended parcours is already chosen; the arrows could pick another.
      } else {
        throw new Error(`Unexpected screen after ${seen.join(' → ')}`);
      }
      await nextStep(page);
    }
    expect(seen).toContain('orientation');
    expect(seen).toContain('freins');

    // « Voir mon plan »: the recap's primary button.
    await tabTo(page, '[data-screen="recap"] .step__body button.button:not(.button--secondary)');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Votre plan, étape par étape' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    expect(await page.locator('.plan-step').count()).toBeGreaterThan(1);

    // The plan's read-aloud works from the keyboard too (this machine may have no voice: then it says so).
    await tabTo(page, '[data-screen="plan"] .read-aloud__button');
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => `${await page.locator('[data-screen="plan"] .read-aloud__button').textContent()} ${await page.locator('[data-screen="plan"] .read-aloud__notice').textContent()}`)
      .toMatch(/Arrêter la lecture|voix/);
    session.assertClean();
  });
});
