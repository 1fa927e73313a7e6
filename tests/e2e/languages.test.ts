import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { baseURL, expectNoAxeViolations, openSession, printToPdf, type Session } from './harness';
import { nextButton, walkToRecap } from '../../scripts/journey-driver.mjs';

/**
 * Every screen in French, easy-read French, English and Arabic: axe finds nothing, the words
 * are really in the chosen language, and Arabic is laid out right to left, on screen and on paper.
 */
interface Variant {
  name: string;
  /** The language as the picker names it (in itself). */
  language?: string;
  easyRead?: boolean;
  lang: string;
  dir: 'ltr' | 'rtl';
  homeTitle: string;
  planTitle: string;
}

const VARIANTS: Variant[] = [
  { name: 'French', lang: 'fr', dir: 'ltr', homeTitle: 'Passerelle, votre chemin vers une formation et un emploi', planTitle: 'Votre plan, étape par étape' },
  { name: 'easy-read French', easyRead: true, lang: 'fr', dir: 'ltr', homeTitle: 'Passerelle : votre chemin vers un métier', planTitle: 'Votre plan' },
  { name: 'English', language: 'English', lang: 'en', dir: 'ltr', homeTitle: 'Passerelle, your way to training and a job', planTitle: 'Your plan, step by step' },
  { name: 'Arabic', language: 'العربية', lang: 'ar', dir: 'rtl', homeTitle: 'Passerelle، طريقك نحو تكوين وعمل', planTitle: 'خطتك، خطوة بخطوة' },
];

const ANSWERS = { age: '34', departement: '45', diplome: 'etranger', rqth: 'non', francais: 'debutant', situation: 'demandeur-emploi', projetConnu: 'oui', secteur: 'proprete', freins: 'garde-enfants' };

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

async function chooseVariant(page: Page, v: Variant) {
  await page.goto(baseURL());
  await page.locator('h1').waitFor();
  if (v.language) {
    await page.getByRole('radio', { name: v.language }).check();
    await page.waitForFunction((lang) => document.documentElement.lang === lang, v.lang);
  }
  if (v.easyRead) await page.locator('.app-header button[aria-pressed]').click();
  await page.getByRole('heading', { level: 1, name: v.homeTitle }).waitFor();
}

/** « Voir mon plan », whatever the language: the recap's one primary button. */
const toPlan = (page: Page) => page.locator('[data-screen="recap"] .step__body button.button:not(.button--secondary)').last();

async function startFile(page: Page) {
  await page.goto(`${baseURL()}#/accompagner`);
  await page.locator('a[href$="/accompagner/nouveau"]').click();
  await page.locator('form input[type="text"]').first().fill('Amina');
  await page.locator('form input[type="checkbox"]').check();
  await page.locator('form button[type="submit"]').click();
  await page.locator('form[id^="question-"]').waitFor();
}

describe.each(VARIANTS)('in $name', (v) => {
  it('every screen passes axe, in the chosen language and direction', async () => {
    session = await openSession();
    const { page } = session;
    await chooseVariant(page, v);
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([v.lang, v.dir]);
    await expectNoAxeViolations(page, `home (${v.name})`);

    await page.goto(`${baseURL()}#/accompagner`);
    await page.locator('a[href$="/accompagner/nouveau"]').waitFor();
    await expectNoAxeViolations(page, `caseload (${v.name})`);
    await page.locator('a[href$="/accompagner/nouveau"]').click();
    await page.locator('form input[type="checkbox"]').waitFor();
    await expectNoAxeViolations(page, `new file (${v.name})`);
    await page.locator('form input[type="text"]').first().fill('Amina');
    await page.locator('form input[type="checkbox"]').check();
    await page.locator('form button[type="submit"]').click();
    await page.locator('form[id^="question-"]').waitFor();
    await expectNoAxeViolations(page, `a question (${v.name})`);

    let sawOrientation = false;
    await walkToRecap(page, {
      answers: ANSWERS,
      onStep: async (screen) => {
        if (screen.kind === 'orientation') {
          sawOrientation = true;
          await expectNoAxeViolations(page, `the orientation (${v.name})`);
        }
        if (screen.kind === 'question' && screen.id === 'freins') {
          // The answers carry their pictograms, hidden from screen readers (the text is beside).
          expect(await page.locator('form svg[data-pictogram="child"][aria-hidden="true"]').count()).toBe(1);
          await expectNoAxeViolations(page, `a question with pictograms (${v.name})`);
        }
        await nextButton(page).click();
      },
    });
    expect(sawOrientation).toBe(true);
    await expectNoAxeViolations(page, `the recap (${v.name})`);
    await toPlan(page).click();
    await page.getByRole('heading', { level: 1, name: v.planTitle }).waitFor();
    expect(await page.locator('.plan-step svg[data-pictogram]').count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page, `the plan (${v.name})`);

    // The workshop: the four parcours, then one journey on the projector, one stage in.
    await page.goto(`${baseURL()}#/atelier`);
    await page.locator('a[href$="/atelier/allophone"]').waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe(v.dir);
    await expectNoAxeViolations(page, `the workshop (${v.name})`);
    await page.locator('a[href$="/atelier/allophone"]').click();
    await page.locator('.ws-journey[data-parcours="allophone"]').waitFor();
    // the road runs with the reading: forward is the right arrow, or the left one right to left
    await page.keyboard.press(v.dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight');
    await page.locator('.ws-journey[data-slide="stage-0"]').waitFor();
    await expectNoAxeViolations(page, `a workshop stage (${v.name})`);

    // The kiosk's attract screen, set up in the same language.
    await page.goto(`${baseURL()}#/borne`);
    const pins = page.locator('input[type="password"]');
    await pins.first().waitFor();
    await pins.nth(0).fill('2468');
    await pins.nth(1).fill('2468');
    await page.locator('form button[type="submit"]').click();
    await page.locator('.kiosk-attract').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(v.lang);
    await expectNoAxeViolations(page, `the kiosk attract screen (${v.name})`);
    session.assertClean();
  });
});

describe('loading a language', () => {
  it('loads English or Arabic only when someone chooses it, and keeps the choice after a reload', async () => {
    session = await openSession();
    const { page } = session;
    const scripts = () => page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.endsWith('.js')));
    const languageChunk = (lang: string) => (names: string[]) => names.some((n) => new RegExp(`/assets/${lang}-[^/]*\\.js$`).test(n));
    await page.goto(baseURL());
    await page.locator('h1').waitFor();
    expect(languageChunk('en')(await scripts())).toBe(false);
    expect(languageChunk('ar')(await scripts())).toBe(false);

    await page.getByRole('radio', { name: 'English' }).check();
    await page.getByRole('heading', { level: 1, name: VARIANTS[2]!.homeTitle }).waitFor();
    expect(languageChunk('en')(await scripts())).toBe(true);
    expect(languageChunk('ar')(await scripts())).toBe(false);

    await page.reload();
    await page.getByRole('heading', { level: 1, name: VARIANTS[2]!.homeTitle }).waitFor();
    expect(await page.getByRole('radio', { name: 'English' }).isChecked()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    session.assertClean();
  });
});

describe('a device where nobody chose a language yet', () => {
  it('opens a shared plan in the phone’s language when Passerelle speaks it, and staff screens in French', async () => {
    session = await openSession({ locale: 'ar-MA' });
    const { page } = session;
    // A damaged QR link on a phone set to Arabic: the message is in Arabic, right to left.
    await page.goto(`${baseURL()}#/p/not-a-plan`);
    await page.getByRole('heading', { level: 1, name: 'لا يمكن فتح هذه الخطة' }).waitFor();
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);
    session.assertClean();

    const staff = await openSession({ locale: 'en-GB' });
    try {
      await staff.page.goto(baseURL());
      await staff.page.getByRole('heading', { level: 1, name: VARIANTS[0]!.homeTitle }).waitFor();
    } finally {
      await staff.close();
    }
  });
});

describe('right to left', () => {
  it('lays Arabic out right to left: Back on the right of Next, the plan and its printout too', async () => {
    session = await openSession();
    const { page } = session;
    await chooseVariant(page, VARIANTS[3]!);
    const noSideScroll = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
    // Nothing parked off-screen on the left: a right-to-left page would scroll sideways to it.
    expect(await noSideScroll()).toBe(true);
    await startFile(page);
    expect(await noSideScroll()).toBe(true);
    // Second question: it has a Back button.
    await page.locator('form input[type="text"]').fill('34');
    await nextButton(page).click();
    await page.locator('.step__nav button[type="button"]').waitFor();
    const back = await page.locator('.step__nav button[type="button"]').boundingBox();
    const next = await nextButton(page).boundingBox();
    expect(back && next && back.x > next.x).toBe(true);
    expect(await page.locator('h1').evaluate((h) => getComputedStyle(h).direction)).toBe('rtl');
    // A question's words are Arabic.
    expect(await page.locator('h1').textContent()).toMatch(/[\u0600-\u06FF]/);

    await nextButton(page).click().catch(() => {});
    await page.goto(`${baseURL()}#/accompagner`);
    await page.locator('a[href$="/accompagner/nouveau"]').click();
    await page.locator('form input[type="text"]').first().fill('Nour');
    await page.locator('form input[type="checkbox"]').check();
    await page.locator('form button[type="submit"]').click();
    await page.locator('form[id^="question-"]').waitFor();
    await walkToRecap(page, { answers: ANSWERS });
    await toPlan(page).click();
    await page.getByRole('heading', { level: 1, name: VARIANTS[3]!.planTitle }).waitFor();

    expect(await noSideScroll()).toBe(true);
    // The journey drawn on the plan runs right to left too: its first stage is the rightmost.
    const discs = page.locator('.journey-map__stage circle');
    const firstX = Number(await discs.first().getAttribute('cx'));
    const lastX = Number(await discs.last().getAttribute('cx'));
    expect(firstX).toBeGreaterThan(lastX);
    // Bilingual by default in another language: each step in Arabic, then in French for the professional.
    const bilingual = page.locator('#plan-bilingual');
    expect(await bilingual.isChecked()).toBe(true);
    const steps = await page.locator('.plan-step').count();
    expect(await page.locator('.plan-step .plan-step__french[lang="fr"][dir="ltr"]').count()).toBe(steps);
    expect(await page.locator('.plan-step h3').first().textContent()).toMatch(/[\u0600-\u06FF]/);
    expect(await page.locator('.plan-step__french').first().textContent()).toMatch(/Étape 1/);

    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => {
      const step = document.querySelector('.plan-step') as HTMLElement;
      const title = step.querySelector('h3') as HTMLElement;
      const french = step.querySelector('.plan-step__french') as HTMLElement;
      const box = step.getBoundingClientRect();
      const t = title.getBoundingClientRect();
      return {
        direction: getComputedStyle(step).direction,
        frenchDirection: getComputedStyle(french).direction,
        frenchVisible: french.offsetHeight > 0,
        // Right to left: the title hugs the right edge of its step.
        titleRightGap: box.right - t.right,
        titleLeftGap: t.left - box.left,
      };
    });
    expect(printed.direction).toBe('rtl');
    expect(printed.frenchDirection).toBe('ltr');
    expect(printed.frenchVisible).toBe(true);
    expect(printed.titleRightGap).toBeLessThan(printed.titleLeftGap);
    const pdf = await printToPdf(page);
    expect(pdf.byteLength).toBeGreaterThan(10_000);

    // Unchecked: the printed plan is in Arabic only.
    await bilingual.uncheck();
    expect(await page.locator('.plan-step__french').count()).toBe(0);
    session.assertClean();
  });

  it('reads Arabic with an Arabic voice, and says plainly when the device has none', async () => {
    session = await openSession();
    const { page } = session;
    await page.addInitScript(() => {
      speechSynthesis.getVoices = () => [];
    });
    await chooseVariant(page, VARIANTS[3]!);
    await startFile(page);
    await page.locator('.read-aloud__button').click();
    await expect.poll(() => page.locator('.read-aloud__notice').textContent()).toContain('لا يوجد صوت عربي');
    session.assertClean();
  });
});
