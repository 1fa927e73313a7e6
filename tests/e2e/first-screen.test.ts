import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { baseURL, expectNoAxeViolations, holdScripts, openSession, setUpKiosk, styled, watchWaitingMessages, type Session } from './harness';
import { FIRST_SCREEN_KEY } from '../../src/lib/first-screen';

/**
 * The home screen is written into the built page (vite.config.ts, `prerenderedHome`): a slow
 * tablet paints it before any script has run (issue 15), and React then puts the live screen in
 * its place. Its gate (src/lib/first-screen.ts) hides it before any other screen.
 */
let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const HOME_TITLE = 'Passerelle, votre chemin vers une formation et un emploi';

interface Drawn {
  h1: string;
  focused: string;
  prerendered: number;
  inert: boolean | null;
  kioskInert: boolean | null;
  boxes: { what: string; x: number; y: number; width: number; height: number }[];
}

function drawn(page: Page): Promise<Drawn> {
  return page.evaluate(() => {
    const visible = (el: Element) => el.getBoundingClientRect().height > 0;
    const box = (what: string, el: Element) => {
      const r = el.getBoundingClientRect();
      return { what, x: Math.round(r.x), y: Math.round(r.y), width: Math.round(r.width), height: Math.round(r.height) };
    };
    const h1 = [...document.querySelectorAll('h1')].filter(visible);
    return {
      h1: h1.map((el) => el.textContent).join(' | '),
      focused: document.activeElement?.tagName ?? '',
      prerendered: document.querySelectorAll('.prerender').length,
      inert: document.querySelector<HTMLElement>('.prerender')?.inert ?? null,
      kioskInert: document.querySelector<HTMLElement>('.prerender-kiosk')?.inert ?? null,
      boxes: [
        ...h1.map((el) => box('h1', el)),
        ...[...document.querySelectorAll('.mode-card, .language-picker, .app-header, .kiosk-attract__text, .read-aloud, .kiosk-attract__start, .kiosk-attract__staff')].filter(visible).map((el) => box(el.className, el)),
      ],
    };
  });
}

describe('the home screen written into the page', () => {
  it('is painted before any script runs, cannot be used until the app is there, and the live screen takes exactly its place', async () => {
    session = await openSession();
    const { page } = session;
    const scripts = await holdScripts(page);
    await page.goto(baseURL(), { waitUntil: 'commit' });
    await page.waitForFunction((title) => [...document.querySelectorAll('h1')].some((h) => h.textContent === title && h.getBoundingClientRect().height > 0), HOME_TITLE);
    await styled(page);
    const before = await drawn(page);
    expect(before.h1).toBe(HOME_TITLE);
    expect(before.prerendered).toBe(1);
    // One first screen in the page: the kiosk's waits in a <template> (a second h1 once broke
    // every test that looks for the page's h1).
    expect(await page.evaluate(() => document.querySelectorAll('h1').length)).toBe(1);
    // Nothing on it answers yet: a tap on a language or the reading switch would be lost.
    expect(before.inert).toBe(true);
    expect(before.focused).toBe('BODY');
    expect(before.boxes.filter((b) => b.what === 'mode-card')).toHaveLength(3);
    const reactOwnsRoot = () => page.evaluate(() => Object.keys(document.getElementById('root')!).some((key) => key.startsWith('__reactContainer')));
    expect(await reactOwnsRoot()).toBe(false);

    scripts.release();
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1' && document.querySelectorAll('.prerender').length === 0);
    expect(await reactOwnsRoot()).toBe(true);
    const after = await drawn(page);
    expect(after.h1).toBe(HOME_TITLE);
    expect(after.inert).toBeNull();
    // Same words in the same places: nothing moves when the app takes over.
    expect(after.boxes).toEqual(before.boxes);
    await page.getByRole('link', { name: /Accompagner une personne/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Les dossiers sur cet appareil' }).waitFor();
    await expectNoAxeViolations(page, 'the caseload after the built-in home');
    // The gate is the page's one inline script, allowed by its hash: no CSP violation.
    session.assertClean();
  });

  it('is not shown before a plan from a QR code or a screen opened at its address', async () => {
    session = await openSession();
    const { page } = session;
    const scripts = await holdScripts(page);
    // A stylesheet that comes late (as it once did on CI): the page is read once it is in.
    await page.route(/\/assets\/[^/]+\.css$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      await route.continue();
    });
    for (const address of ['#/p/not-a-plan', '#/accompagner', '#/borne']) {
      // A new document each time: a change of fragment alone would not load the page again.
      await page.goto('about:blank');
      await page.goto(`${baseURL()}${address}`, { waitUntil: 'commit' });
      await page.waitForFunction(() => document.querySelector('.prerender h1') !== null);
      await styled(page);
      expect(await drawn(page), address).toMatchObject({ h1: '', prerendered: 1 });
    }
    scripts.release();
    await page.getByRole('heading', { level: 1, name: 'Préparer la borne en libre-service' }).waitFor();
    expect(await page.locator('.prerender').count()).toBe(0);
    session.assertClean();
  });

  it('is not shown on a device that starts in another language or in easy-read, and shows again once back to the defaults', async () => {
    session = await openSession();
    const { page } = session;
    const gateHid = () => page.evaluate(() => document.documentElement.classList.contains('no-prerender'));
    // The save of a setting ends with its mirror (dexie-repository.ts): a reload before that
    // would be a start on the old mirror, so the test reloads once the save is done.
    const reloadToHome = async (title: string, mirrored: boolean) => {
      await page.waitForFunction(([key, expected]) => (localStorage.getItem(key as string) !== null) === expected, [FIRST_SCREEN_KEY, mirrored] as const);
      await page.reload();
      await page.waitForFunction((t) => document.activeElement?.tagName === 'H1' && document.activeElement.textContent === t, title);
    };
    await page.goto(baseURL());
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    expect(await gateHid()).toBe(false);

    await page.getByRole('radio', { name: 'English' }).check();
    await page.getByRole('heading', { level: 1, name: 'Passerelle, your way to training and a job' }).waitFor();
    await reloadToHome('Passerelle, your way to training and a job', true);
    expect(await gateHid()).toBe(true);

    await page.getByRole('radio', { name: 'Français' }).check();
    await page.getByRole('heading', { level: 1, name: HOME_TITLE }).waitFor();
    await reloadToHome(HOME_TITLE, false);
    expect(await gateHid()).toBe(false);

    await page.getByRole('button', { name: 'Lecture facile' }).click();
    await page.waitForFunction(() => document.documentElement.dataset.reading === 'falc');
    const easyTitle = await page.locator('h1').textContent();
    expect(easyTitle).not.toBe(HOME_TITLE);
    await reloadToHome(easyTitle!, true);
    expect(await gateHid()).toBe(true);

    await page.getByRole('button', { name: 'Lecture facile' }).click();
    await page.getByRole('heading', { level: 1, name: HOME_TITLE }).waitFor();
    await reloadToHome(HOME_TITLE, false);
    expect(await gateHid()).toBe(false);
    session.assertClean();
  });
});

const ATTRACT = 'Trouver une formation et un travail';
describe('the kiosk start screen written into the page', () => {
  it('is painted when a kiosk restarts, before any script runs, without the header, and the live screen takes its place with no waiting message', async () => {
    session = await openSession();
    const { page } = session;
    await setUpKiosk(page);
    const waiting = await watchWaitingMessages(page);
    const scripts = await holdScripts(page);
    await page.goto('about:blank');
    // A kiosk comes back on its start screen from wherever it was (here the home's address).
    await page.goto(baseURL(), { waitUntil: 'commit' });
    await page.waitForFunction((title) => [...document.querySelectorAll('h1')].some((h) => h.textContent === title && h.getBoundingClientRect().height > 0), ATTRACT);
    await styled(page);
    const before = await drawn(page);
    expect(before.h1).toBe(ATTRACT);
    // Nothing on it answers yet, and the app's header and banners stay hidden, as at the kiosk.
    expect(before.kioskInert).toBe(true);
    expect(await page.evaluate(() => document.querySelectorAll('h1').length)).toBe(1);
    expect(before.focused).toBe('BODY');
    expect(before.boxes.map((b) => b.what)).toEqual(['h1', 'kiosk-attract__text', 'read-aloud', 'kiosk-attract__start', 'kiosk-attract__staff']);

    scripts.release();
    await page.waitForFunction(
      (title) => document.activeElement?.tagName === 'H1' && document.activeElement.textContent === title && document.querySelector('.prerender-kiosk') === null,
      ATTRACT,
    );
    const after = await drawn(page);
    expect(after.h1).toBe(ATTRACT);
    expect(after.boxes).toEqual(before.boxes);
    expect(await waiting()).toEqual([]);
    expect(await page.evaluate(() => location.hash)).toBe('#/borne');
    await expectNoAxeViolations(page, 'the kiosk start screen after the built-in one');
    // It works: a touch starts a session.
    await page.getByRole('button', { name: 'Touchez l’écran pour commencer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Votre âge ?' }).waitFor();
    session.assertClean();
  });

  it('goes at once, header back, when the device is no longer a kiosk (its storage was wiped)', async () => {
    session = await openSession();
    const { page } = session;
    await setUpKiosk(page);
    // What a wiped or replaced database leaves: the mirror in Web Storage still says kiosk.
    await page.evaluate(async () => {
      const names = (await indexedDB.databases()).map((db) => db.name!);
      await Promise.all(names.map((name) => new Promise((done) => {
        const request = indexedDB.deleteDatabase(name);
        request.onsuccess = request.onerror = request.onblocked = done;
      })));
    });
    const scripts = await holdScripts(page);
    await page.goto('about:blank');
    await page.goto(`${baseURL()}#/borne`, { waitUntil: 'commit' });
    await page.waitForFunction(() => document.querySelector('.prerender-kiosk h1') !== null);
    await styled(page);
    expect((await drawn(page)).h1).toBe(ATTRACT);
    scripts.release();
    // A device with no kiosk set up: staff are asked for a PIN, with the app's header.
    await page.getByRole('heading', { level: 1, name: 'Préparer la borne en libre-service' }).waitFor();
    const after = await drawn(page);
    expect(after.h1).toBe('Préparer la borne en libre-service');
    expect(after.boxes.some((b) => b.what === 'app-header')).toBe(true);
    expect(await page.evaluate(() => document.documentElement.dataset.kiosk ?? null)).toBeNull();
    expect(await page.evaluate((key) => localStorage.getItem(key), FIRST_SCREEN_KEY)).toBeNull();
    session.assertClean();
  });
});
