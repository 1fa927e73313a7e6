import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { baseURL, createFileAs, expectNoAxeViolations, holdBackMainBundle, holdScripts, listDatabases, openSession, printToPdf, styled, watchIntlFormatters, watchWaitingMessages, type Session } from './harness';
import { walkToRecap, type DriverAnswers } from '../../scripts/journey-driver.mjs';
import { PROFILES } from './profiles';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

async function openPlan(page: Page, nickname: string, answers: DriverAnswers, parcours: string) {
  await createFileAs(page, nickname);
  await walkToRecap(page, { answers, parcours });
  await page.getByRole('button', { name: 'Voir mon plan' }).click();
  await page.getByRole('heading', { level: 1, name: 'Votre plan, étape par étape' }).waitFor();
  await page.locator('img.plan-qr__image').waitFor();
}

/** Text of every page of a PDF, read with pdf.js (no system tool needed). */
async function pdfText(pdf: Buffer): Promise<{ pages: number; text: string }> {
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
  let text = '';
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    text += content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join('') + '\n';
  }
  await doc.destroy();
  return { pages: doc.numPages, text };
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe.each(PROFILES)('the printed $parcours plan', ({ parcours, name, answers }) => {
  it('fits on at most two A4 pages with every step title, reason and contact, and a QR code that opens the same plan', async () => {
    session = await openSession();
    const { page } = session;
    await openPlan(page, name, answers, parcours);
    await expectNoAxeViolations(page, 'the plan with its QR code');

    const onScreen = await page.locator('.plan-step').evaluateAll((steps) =>
      steps.map((s) => ({
        title: s.querySelector('h3')?.textContent ?? '',
        why: [...s.querySelectorAll('dt')].find((dt) => dt.textContent === 'Pourquoi')?.nextElementSibling?.querySelector('li')?.textContent ?? '',
        who: s.querySelector('dd strong')?.textContent ?? '',
      })),
    );
    expect(onScreen.length).toBeGreaterThan(1);

    const started = performance.now();
    const pdf = await printToPdf(page);
    const ms = Math.round(performance.now() - started);
    const { pages, text } = await pdfText(pdf);
    console.log(`${parcours}: ${onScreen.length} steps, ${pages} page(s), ${Math.round(pdf.length / 1024)} KB, printed in ${ms} ms`);

    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pages).toBeLessThanOrEqual(2);
    // Independent of pdf.js: count the page objects in the file.
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g)?.length).toBe(pages);
    const flat = squash(text);
    for (const step of onScreen) {
      expect(flat).toContain(squash(step.title));
      expect(flat).toContain(squash(step.why));
      expect(flat).toContain(squash(step.who));
    }
    expect(flat).toContain('Passerelle');
    expect(flat).toContain('Mes 3 prochaines actions');
    expect(flat).toContain('Rendez-vous le');
    // The name is not printed unless the person agreed.
    expect(flat).not.toContain(name);
    expect(flat).not.toMatch(/Imprimer|Télécharger le PDF/);

    await page.getByLabel(`Écrire le prénom « ${name} » sur le plan imprimé`).check();
    expect(squash((await pdfText(await printToPdf(page))).text)).toContain(`Plan ${/^[AEIOUÉ]/.test(name) ? "d’" : "de "}${name}`);

    const version = Number(await page.locator('img.plan-qr__image').getAttribute('data-qr-version'));
    console.log(`${parcours}: QR code version ${version} (error correction M)`);
    expect(version).toBeGreaterThan(0);
    session.assertClean();
  });
});

describe('the plan opened from its QR code', () => {
  it('shows the same steps read-only, without IndexedDB, and writes nothing', async () => {
    session = await openSession();
    const { page } = session;
    const { answers, parcours, name } = PROFILES[3]!;
    await openPlan(page, name, answers, parcours);
    const titles = await page.locator('.plan-step h3').allTextContents();
    const shared = await page.locator('[data-share-url]').getAttribute('data-share-url');
    expect(shared).toMatch(/#\/p\/B[1-9][0-9]*$/);

    const phone = await openSession({ viewport: { width: 390, height: 844 } });
    try {
      // No IndexedDB on this phone: the view must not need it.
      await phone.context.addInitScript(() => {
        Object.defineProperty(window, 'indexedDB', { get: () => undefined, configurable: true });
      });
      await phone.page.goto(shared!);
      await phone.page.getByRole('heading', { level: 1, name: 'Votre plan' }).waitFor();
      expect(await phone.page.locator('.plan-step h3').allTextContents()).toEqual(titles);
      expect(await phone.page.locator('input, select, textarea').count()).toBe(0);
      await expectNoAxeViolations(phone.page, 'the read-only plan');
      phone.assertClean();
    } finally {
      await phone.close();
    }

    // A phone with IndexedDB: opening the plan creates no database there at all.
    const other = await openSession({ viewport: { width: 390, height: 844 } });
    try {
      await other.page.goto(shared!);
      await other.page.getByRole('heading', { level: 1, name: 'Votre plan' }).waitFor();
      expect(await listDatabases(other.page)).not.toContain('passerelle');
      expect(await other.page.getByRole('alert').count()).toBe(0);
      other.assertClean();
    } finally {
      await other.close();
    }
    session.assertClean();
  });

  /** tests/payload/plan-payload.test.ts A_FIXTURES[1]: the jeune plan of seed 98, 5 steps. */
  const A_CODE =
    'AhZHLTsMwEEX_Zda2lAS1Qt1VsGFbYBVl4ToTOq09tvwoC9R_R04iGkFRN37Jd-6ZO20tKgFN1axlXctmBaJtORsjKjHt1wUsxUiOpXFaGYRuem5byNxjqNcgvkB9IGzq1aXrRPuPYFKBJ9QoqUdOlBAEHHNMNJBWiQbZO0uaRlHVzSj1H6SJa09G8QJnCEj8zid2nwx3QRYGDwXLRusXxXxwR0wvrB1zvllNwBAUa5QpqLMiAwK08hKtN46gK9glZFmX44_Xat4BfVjYJUoBnw6OIpU4xytsxk_3M120sr6d1Wxp9yrrA269DyX-GMvYrhDW9fg2N3N_kPo8DqkrSu04KZ12OGCpXFqIKWSd8tjGrzqXkRdUPG33LqdXfUCLo2Y6beZpXERT_vmAXgV8djpb5BRhIijW0DxC9w0';

  it('still opens a plan printed before the B layout (an A code)', async () => {
    session = await openSession({ viewport: { width: 390, height: 844 } });
    const { page } = session;
    await page.goto(`${baseURL()}#/p/${A_CODE}`);
    await page.getByRole('heading', { level: 1, name: 'Votre plan' }).waitFor();
    expect(await page.locator('.plan-step').count()).toBe(5);
    expect(await page.getByRole('alert').count()).toBe(0);
    session.assertClean();
  });

  /** What of the page is drawn: the visible headers (name and box) and the visible h1. */
  const drawnPlanPage = (page: Page) =>
    page.evaluate(() => {
      const visible = (el: Element) => el.getBoundingClientRect().height > 0 && getComputedStyle(el).visibility !== 'hidden';
      return {
        headers: [...document.querySelectorAll('.app-header')].filter(visible).map((el) => {
          const r = el.getBoundingClientRect();
          return { name: el.querySelector('.app-header__brand')?.textContent, x: r.x, y: r.y, width: r.width, height: r.height };
        }),
        h1: [...document.querySelectorAll('h1')].filter(visible).map((el) => el.textContent),
        buttons: [...document.querySelectorAll('button')].filter(visible).map((el) => el.textContent),
      };
    });

  it.each([
    ['French', 'fr-FR', 'ltr'],
    // The reading switch's label is shorter there: the live header does not wrap on a phone.
    ['English', 'en-GB', 'ltr'],
    ['Arabic', 'ar', 'rtl'],
  ])('paints the header’s name before any script runs on a phone in %s, then the plan itself with no waiting message', async (_language, locale, dir) => {
    session = await openSession({ viewport: { width: 390, height: 844 }, locale });
    const { page } = session;
    const waiting = await watchWaitingMessages(page);
    const scripts = await holdScripts(page);
    await page.goto(`${baseURL()}#/p/${A_CODE}`, { waitUntil: 'commit' });
    await page.waitForFunction(() => document.querySelector('.app-header') !== null);
    await styled(page);
    const before = await drawnPlanPage(page);
    // The name only: no home screen, and no French switch on a phone that may read another language.
    expect(before).toMatchObject({ h1: [], buttons: [] });
    expect(before.headers.map((h) => h.name)).toEqual(['Passerelle']);
    expect(await page.evaluate(() => document.documentElement.dir)).toBe(dir);

    scripts.release();
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1' && document.querySelector('.plan-step') !== null);
    const after = await drawnPlanPage(page);
    expect(after.h1).toHaveLength(1);
    if (locale === 'fr-FR') expect(after.h1).toEqual(['Votre plan']);
    expect(await page.evaluate(() => document.documentElement.dir)).toBe(dir);
    // The live header takes the built one's place exactly, on the same side.
    expect(after.headers).toEqual(before.headers);
    expect(await page.locator('.plan-step').count()).toBe(5);
    expect(await waiting()).toEqual([]);
    session.assertClean();
  });

  it('opens a plan on a phone without fetching the staff screens or touching its storage', async () => {
    session = await openSession({ viewport: { width: 390, height: 844 } });
    const { page } = session;
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto(`${baseURL()}#/p/${A_CODE}`);
    await page.getByRole('heading', { level: 1, name: 'Votre plan' }).waitFor();
    // Idle time, when the home screen would fetch the caseload, the kiosk and the storage layer.
    await page.waitForTimeout(3000);
    expect(scripts.filter((s) => /\/(mediator|kiosk|open|CaseloadScreen)-[\w-]{8}\.js$/.test(s))).toEqual([]);
    expect(scripts.some((s) => /\/share-/.test(s))).toBe(true);
    expect(await listDatabases(page)).toEqual([]);
    session.assertClean();
  });

  it('draws a plan on a phone without building an Intl formatter, its dates still in words', async () => {
    // The first Intl formatter a page builds loads the locale's data: 100–150 ms on a slow
    // phone, before the plan could show (issue 15). The plan writes its dates and euros itself.
    session = await openSession({ viewport: { width: 390, height: 844 } });
    const { page } = session;
    const intlBuilt = await watchIntlFormatters(page);
    await page.goto(`${baseURL()}#/p/${A_CODE}`);
    await page.getByRole('heading', { level: 1, name: 'Votre plan' }).waitFor();
    await expect.poll(() => page.locator('main').innerText()).toMatch(/ le \d{1,2} (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) 20\d\d/);
    expect(await intlBuilt()).toEqual([]);
    session.assertClean();
  });

  it('starts fetching the plan before the main bundle has arrived, and only for a plan', async () => {
    session = await openSession({ viewport: { width: 390, height: 844 } });
    const { page } = session;
    const events = await holdBackMainBundle(page);
    await page.goto(`${baseURL()}#/p/${A_CODE}`);
    await page.getByRole('heading', { level: 1, name: 'Votre plan' }).waitFor();
    expect(events).toContain('request /assets/share');
    expect(events.indexOf('request /assets/share')).toBeLessThan(events.indexOf('main bundle delivered'));
    // The home screen has no use for it.
    await page.unrouteAll();
    await page.goto('about:blank');
    events.length = 0;
    await page.goto(baseURL());
    await page.getByRole('heading', { level: 1, name: /Passerelle/ }).waitFor();
    await page.waitForTimeout(1000);
    expect(events.some((e) => e.startsWith('request /assets/early'))).toBe(true);
    expect(events.filter((e) => e === 'request /assets/share')).toEqual([]);
    session.assertClean();
  });

  it.each([
    ['garbage', '#/p/garbage'],
    ['an empty code', '#/p/'],
    ['a truncated code', 'TRUNCATED'],
    ['a tampered code', 'TAMPERED'],
  ])('refuses %s with a clear message', async (_label, fragment) => {
    session = await openSession();
    const { page } = session;
    let target = fragment;
    if (fragment === 'TRUNCATED' || fragment === 'TAMPERED') {
      const { answers, parcours, name } = PROFILES[0]!;
      await openPlan(page, name, answers, parcours);
      const url = (await page.locator('[data-share-url]').getAttribute('data-share-url'))!;
      const hash = url.slice(url.indexOf('#'));
      target = fragment === 'TRUNCATED' ? hash.slice(0, Math.floor(hash.length * 0.6)) : `${hash.slice(0, 20)}${hash[20] === 'x' ? 'y' : 'x'}${hash.slice(21)}`;
    }
    await page.goto(`${baseURL()}${target}`);
    await page.getByRole('heading', { level: 1, name: 'Ce plan ne peut pas s’ouvrir' }).waitFor();
    expect(await page.getByRole('alert').textContent()).toMatch(/abîmé|ne vient pas de Passerelle/);
    await expectNoAxeViolations(page, 'the refused plan');
    session.assertClean();
  });
});
