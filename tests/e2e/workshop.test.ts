import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PARCOURS_IDS } from '../../machines';
import { compareOutlines, parcoursOutline, orientationOutline, type ParcoursOutline } from '../../machines/outline';
import { baseURL, expectNoAxeViolations, openSession, type Session } from './harness';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const today = () => new Date().toISOString().slice(0, 10);
const outlines: ParcoursOutline[] = PARCOURS_IDS.map((p) => parcoursOutline(p, today()));

/** Presses Tab until the focused element's visible text matches, as a keyboard user would. */
async function tabTo(page: Page, name: RegExp, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const text = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText ?? '');
    if (name.test(text)) return;
  }
  throw new Error(`Tab never reached ${name}`);
}

const slideOf = (page: Page) => page.locator('.ws-journey').getAttribute('data-slide');

describe('the workshop on a projector (1280×720)', { timeout: 120_000 }, () => {
  it('opens from the home page with the keyboard alone, axe-clean, with the four roads', async () => {
    session = await openSession({ viewport: { width: 1280, height: 720 } });
    const { page } = session;
    await page.goto(baseURL());
    // The home screen moves focus to its heading once drawn: tabbing before that lost the race
    // (the heading took the focus back, and Enter pressed nothing).
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    await tabTo(page, /Animer un atelier/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Animer un atelier' }).waitFor();
    expect(await page.locator('.ws-card').count()).toBe(4);
    for (const o of outlines) {
      const drawn = await page.locator(`.ws-card[data-parcours="${o.parcours}"] .ws-road__station`).evaluateAll((s) => s.map((x) => x.getAttribute('data-stage')));
      expect(drawn).toEqual(o.stages.map((s) => s.stage));
    }
    await expectNoAxeViolations(page, 'the workshop home');
    session.assertClean();
  });

  it.each(PARCOURS_IDS)('presents « %s » with the keyboard alone, each slide axe-clean', async (parcours) => {
    session = await openSession({ viewport: { width: 1280, height: 720 } });
    const { page } = session;
    await page.goto(`${baseURL()}#/atelier`);
    await page.getByRole('heading', { level: 1, name: 'Animer un atelier' }).waitFor();
    const cardTitle = (await page.locator(`.ws-card[data-parcours="${parcours}"] h3`).innerText()).trim();
    await tabTo(page, new RegExp(`Montrer « ${cardTitle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} »`));
    await page.keyboard.press('Enter');
    await page.locator(`.ws-journey[data-parcours="${parcours}"]`).waitFor();
    await expectNoAxeViolations(page, `the ${parcours} overview`);
    await page.keyboard.press('ArrowRight');
    await page.locator('.ws-journey[data-slide="stage-0"]').waitFor();
    await expectNoAxeViolations(page, `the first stage of ${parcours}`);
    // the buttons work from the keyboard too
    await tabTo(page, /^Après$/);
    await page.keyboard.press('Enter');
    await page.locator('.ws-journey[data-slide="stage-1"]').waitFor();
    await page.keyboard.press('End');
    await page.locator('.ws-journey[data-slide="end"]').waitFor();
    await expectNoAxeViolations(page, `the end of ${parcours}`);
    session.assertClean();
  });

  it('reaches the comparison, the orientation, the hand-outs and the group’s plans with the keyboard alone, each axe-clean', async () => {
    session = await openSession({ viewport: { width: 1280, height: 720 } });
    const { page } = session;
    for (const [link, heading] of [
      [/Comparer les 4 parcours/, 'Les 4 parcours ensemble'],
      [/Quel parcours pour moi/, 'Votre âge ?'],
      [/Fiches à imprimer/, 'Fiches à imprimer'],
      [/Les plans du groupe/, 'Les plans du groupe'],
    ] as const) {
      await page.goto(`${baseURL()}#/atelier`);
      await page.getByRole('heading', { level: 1, name: 'Animer un atelier' }).waitFor();
      await tabTo(page, link);
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await expectNoAxeViolations(page, `the screen « ${heading} »`);
    }
    // the orientation's last slide: the rules
    await page.goto(`${baseURL()}#/atelier/orientation`);
    await page.getByRole('heading', { level: 1, name: 'Votre âge ?' }).waitFor();
    await page.keyboard.press('End');
    await page.getByRole('heading', { level: 1, name: 'Comment on choisit' }).waitFor();
    await expectNoAxeViolations(page, 'the orientation rules');
    session.assertClean();
  });

  it('walks every stage of each parcours with the arrow keys, in the order of its outline, and back', async () => {
    session = await openSession({ viewport: { width: 1280, height: 720 } });
    const { page } = session;
    for (const outline of outlines) {
      await page.goto(`${baseURL()}#/atelier/${outline.parcours}`);
      await page.locator(`.ws-journey[data-parcours="${outline.parcours}"][data-slide="overview"]`).waitFor();
      const shown: string[] = [];
      for (let i = 0; i < outline.stages.length; i++) {
        await page.keyboard.press('ArrowRight');
        await page.locator(`.ws-journey[data-slide="stage-${i}"]`).waitFor();
        shown.push((await page.locator('.ws-road__station.is-current').getAttribute('data-stage')) ?? '');
        // the stage's heading has the focus, and it names the current station
        const focused = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText ?? '');
        expect(focused.trim()).toBe((await page.locator('.ws-road__station.is-current .ws-road__name').innerText()).replace(/^\d+\.\s*/, '').trim());
      }
      expect(shown).toEqual(outline.stages.map((s) => s.stage));
      await page.keyboard.press('ArrowRight');
      expect(await page.locator('.ws-journey[data-slide="end"]').count()).toBe(1);
      // the clicker's keys walk back the same road
      await page.keyboard.press('PageUp');
      await page.locator(`.ws-journey[data-slide="stage-${outline.stages.length - 1}"]`).waitFor();
      await page.keyboard.press('Shift+Space');
      expect(await slideOf(page)).toBe(`stage-${outline.stages.length - 2}`);
      await page.keyboard.press('Home');
      await page.locator('.ws-journey[data-slide="overview"]').waitFor();
      await page.keyboard.press('PageDown');
      await page.keyboard.press('Space');
      await page.locator('.ws-journey[data-slide="stage-1"]').waitFor();
    }
    session.assertClean();
  });

  it('draws the four parcours differently exactly where their outlines differ (machines and catalogue)', async () => {
    session = await openSession({ viewport: { width: 1280, height: 720 } });
    const { page } = session;
    await page.goto(`${baseURL()}#/atelier/comparer`);
    await page.locator('.ws-compare__table').waitFor();
    const expected = compareOutlines(outlines);
    expect(expected.some((row) => row.differences.length > 0)).toBe(true);
    for (const row of expected) {
      const cells = await page.locator(`tr[data-stage="${row.stage}"] td`).allInnerTexts();
      expect(cells).toHaveLength(4);
      const badge = page.locator(`tr[data-stage="${row.stage}"] th .ws-badge`);
      if (row.differences.length === 0) {
        expect(new Set(cells).size, `${row.stage} should look the same`).toBe(1);
        expect(await badge.innerText()).toBe('Pareil');
      } else {
        expect(new Set(cells).size, `${row.stage} should look different`).toBeGreaterThan(1);
        expect(await badge.innerText()).toMatch(/^Différent/);
      }
      // each drawing's ways at this stage are the machine's alternatives
      for (const outline of outlines) {
        const alts = await page.locator(`tr[data-stage="${row.stage}"] td[data-parcours="${outline.parcours}"] .ws-way`).evaluateAll((ways) => ways.map((w) => w.getAttribute('data-alt')));
        expect(alts).toEqual(outline.stages.find((s) => s.stage === row.stage)?.alternatives.map((a) => a.alt) ?? []);
      }
    }
    // the same differences show on each journey's own drawing
    const badgesOf = async (parcours: string) => {
      await page.goto(`${baseURL()}#/atelier/${parcours}`);
      await page.locator(`.ws-journey[data-parcours="${parcours}"]`).waitFor();
      return page.locator('.ws-road__station').evaluateAll((stations) => stations.map((s) => `${s.getAttribute('data-stage')}:${[...s.querySelectorAll('.ws-badge')].map((b) => b.textContent).join('+')}`));
    };
    const drawn: Record<string, string[]> = {};
    for (const o of outlines) drawn[o.parcours] = await badgesOf(o.parcours);
    for (const row of expected.filter((r) => r.differences.includes('timing') || r.differences.includes('optional'))) {
      const atStage = outlines.map((o) => drawn[o.parcours]!.find((d) => d.startsWith(`${row.stage}:`)));
      expect(new Set(atStage).size, `badges of ${row.stage}`).toBeGreaterThan(1);
    }
    session.assertClean();
  });

  it('shows the orientation questions one at a time with the parcours each answer leads to, storing nothing', async () => {
    session = await openSession({ viewport: { width: 1280, height: 720 } });
    const { page } = session;
    await page.goto(`${baseURL()}#/atelier/orientation`);
    const questions = orientationOutline();
    for (const q of questions) {
      await page.locator(`.ws-slide[data-question="${q.question}"]`).waitFor();
      const parcours = await page.locator('.ws-hint').evaluateAll((hints) => hints.map((h) => h.getAttribute('data-parcours')));
      expect(parcours).toEqual(q.hints.map((h) => h.parcours));
      expect(await page.locator('input, textarea, select').count()).toBe(0);
      await page.keyboard.press('ArrowRight');
    }
    await page.locator('.ws-slide[data-question="rules"]').waitFor();
    expect(await page.locator('.ws-rules li').count()).toBeGreaterThan(3);
    expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
    session.assertClean();
  });

  it('keeps the notes off the projector: in a second window that follows the slides and steps them, or behind a toggle', async () => {
    session = await openSession({ viewport: { width: 1280, height: 720 } });
    const { page, context } = session;
    await page.goto(`${baseURL()}#/atelier/reprise`);
    await page.locator('.ws-journey[data-slide="overview"]').waitFor();
    expect(await page.locator('.ws-notes').count()).toBe(0);

    const [notes] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Notes dans une autre fenêtre' }).click()]);
    await notes.getByRole('heading', { level: 1, name: 'Notes de l’animateur' }).waitFor();
    await notes.locator('.ws-notes[data-slide="overview"]').waitFor();
    await expectNoAxeViolations(notes, 'the notes window');
    await page.bringToFront();
    await page.keyboard.press('ArrowRight');
    await notes.locator('.ws-notes[data-slide="stage-0"]').waitFor();
    expect(await notes.getByText('Questions au groupe').count()).toBe(1);
    await notes.getByRole('button', { name: 'Après' }).click();
    await page.locator('.ws-journey[data-slide="stage-1"]').waitFor();
    await notes.close();

    await page.getByRole('button', { name: 'Notes sur cet écran' }).click();
    await page.locator('.ws-notes[data-slide="stage-1"]').waitFor();
    await expectNoAxeViolations(page, 'a stage with the notes shown');
    session.assertClean();
  });

  it('goes full screen, switches the large-type theme and the wording, and stays readable at 1920×1080', async () => {
    session = await openSession({ viewport: { width: 1920, height: 1080 } });
    const { page } = session;
    await page.goto(`${baseURL()}#/atelier/allophone`);
    await page.locator('.ws-journey[data-slide="overview"]').waitFor();
    await page.getByRole('button', { name: 'Plein écran' }).click();
    await page.waitForFunction(() => document.fullscreenElement?.classList.contains('ws') === true);
    await page.getByRole('button', { name: 'Sortir du plein écran' }).click();
    await page.waitForFunction(() => document.fullscreenElement === null);

    const contrast = page.getByRole('button', { name: 'Texte très grand' });
    expect(await contrast.getAttribute('aria-pressed')).toBe('true');
    const large = await page.locator('.ws').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    await contrast.click();
    const normal = await page.locator('.ws').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(large).toBeGreaterThan(normal);
    expect(normal).toBeGreaterThanOrEqual(20);

    // easy-read by default; the standard wording on request
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('.ws-slide h1').innerText()).toContain('Quelqu’un pour vous aider');
    await page.getByRole('button', { name: 'Mots faciles' }).click();
    expect(await page.locator('.ws-slide h1').innerText()).toContain('Être accompagné');
    await expectNoAxeViolations(page, 'a stage at 1920×1080 in standard wording');
    session.assertClean();
  });
});
