import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { baseURL, openSession, readIndexedDB } from './harness';
import { currentScreen, fillQuestion, nextButton } from '../../scripts/journey-driver.mjs';
import { PROFILES } from './profiles';
import { filesWithSummaries, seeded, seedFile, writeIndexedDB } from './seed';
import { fromRecord, startJourney, viewJourney, type AnswerValue } from '../../machines';
import type { ResidentFile } from '../../src/db';

/**
 * Crash anywhere: at 100 seeded random points across the four parcours, the renderer is killed
 * without warning (no unload, no pending write flushed: CDP Page.crash) while the mediator is
 * between a click and its save, mid-transition, or after the save. The file is then reopened in
 * a new page on the same profile and checked: every answer the screen showed as saved is
 * stored with its value, and the file opens on the step its stored journey is at, never behind
 * the last saved one.
 */
/** CRASH_POINTS shortens a local run; npm test runs all 100. */
const POINTS = Number(process.env.CRASH_POINTS ?? 100);
const SEED = 13;

type Moment = 'after-click' | 'after-heading' | 'after-saved' | 'after-choice';
const MOMENTS: Moment[] = ['after-click', 'after-heading', 'after-saved', 'after-choice'];

interface Tracked {
  profile: (typeof PROFILES)[number];
  id: string;
  /** Answers the screen showed as saved (« Enregistré »), by question. */
  confirmed: Map<string, AnswerValue>;
  /** Steps the screen showed as saved. */
  confirmedSteps: number;
}

const residents = (page: Page) => readIndexedDB(page, 'passerelle', 'residents') as Promise<ResidentFile[]>;

async function crash(context: BrowserContext, page: Page) {
  const cdp = await context.newCDPSession(page);
  const crashed = page.waitForEvent('crash');
  // Not awaited: the renderer dies before it can answer, and the call only settles when the
  // page is closed.
  void cdp.send('Page.crash').catch(() => undefined);
  await crashed;
  await page.close();
}

/** What a person has chosen on the current screen, as the journey stores it. */
async function chosen(page: Page, screen: { kind: string; id?: string }, parcours: string): Promise<AnswerValue> {
  if (screen.kind === 'orientation') return parcours;
  const form = page.locator(`form#question-${screen.id}`);
  // the commune box: the profiles leave it at « Je ne sais pas » (the journey driver presses it)
  if ((await form.getByRole('combobox').count()) > 0) {
    if ((await form.locator('button[aria-pressed]').getAttribute('aria-pressed')) === 'true') return 'nsp';
    throw new Error('the crash test only answers the commune with « Je ne sais pas »');
  }
  const text = form.locator('input[type="text"]');
  if ((await text.count()) > 0) return Number(await text.inputValue());
  const radio = form.locator('input[type="radio"]:checked');
  if ((await radio.count()) > 0) return radio.inputValue();
  return form.locator('input[type="checkbox"]:checked').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
}

async function waitForStep(page: Page) {
  await page.waitForFunction(() => {
    const h1 = document.querySelector('h1');
    return (
      h1 &&
      document.activeElement === h1 &&
      document.querySelector('form[id^="question-"], #orientation-form, [data-screen="recap"], [data-screen="plan"], .unreadable')
    );
  });
}

function expectedScreen(file: ResidentFile): string {
  const view = viewJourney(fromRecord(file.journey));
  if (view.phase === 'question') return `question:${view.question.id}`;
  if (view.phase === 'orientation') return 'orientation';
  return file.ui?.screen === 'plan' ? 'plan' : 'recap';
}

describe('crash anywhere', () => {
  it(`keeps every saved answer at ${POINTS} random kill points across the four parcours`, { timeout: 900_000 }, async () => {
    const random = seeded(SEED);
    const session = await openSession();
    const { context } = session;
    let counter = 0;
    const fresh = (profile: (typeof PROFILES)[number]): Tracked => ({ profile, id: `crash-${profile.parcours}-${counter++}`, confirmed: new Map(), confirmedSteps: 0 });
    const tracked = PROFILES.map(fresh);
    await session.page.goto(`${baseURL()}#/accompagner`);
    await session.page.getByRole('heading', { level: 1 }).waitFor();
    await writeIndexedDB(session.page, filesWithSummaries(tracked.map((t) => seedFile(t.id, t.profile.name, startJourney(), Date.now()))));
    await session.page.close();

    let lost = 0;
    let wrongStep = 0;
    const failedPoints = new Set<string>();
    const report: string[] = [];
    for (let point = 0; point < POINTS; point++) {
      const slot = Math.floor(random() * tracked.length);
      if (process.env.CRASH_DEBUG) console.log(`point ${point} ${new Date().toISOString()}`);
      const file = tracked[slot]!;
      const page = await context.newPage();
      await page.goto(`${baseURL()}#/accompagner/${file.id}`);
      await waitForStep(page);

      // Check what the previous kill left.
      const stored = (await residents(page)).find((f) => f.id === file.id);
      const answers = (stored?.journey as { journey?: { answers?: Record<string, AnswerValue> } } | undefined)?.journey?.answers ?? {};
      for (const [question, value] of file.confirmed) {
        if (JSON.stringify(answers[question]) !== JSON.stringify(value)) {
          lost++;
          failedPoints.add(`${point}`);
          report.push(`point ${point}: ${file.id} lost ${question}=${JSON.stringify(value)} (stored ${JSON.stringify(answers[question])})`);
        }
      }
      const screen = await currentScreen(page);
      const shown = screen.kind === 'question' ? `question:${screen.id}` : screen.kind;
      const trail = (stored?.journey as { journey?: { trail?: string[] } } | undefined)?.journey?.trail ?? [];
      if (!stored || shown !== expectedScreen(stored) || trail.length < file.confirmedSteps) {
        wrongStep++;
        failedPoints.add(`${point}`);
        report.push(`point ${point}: ${file.id} opened on ${shown}, stored at ${stored ? expectedScreen(stored) : 'nothing'} (${trail.length} steps, ${file.confirmedSteps} saved)`);
      }
      // What is stored is now the truth for this file (an unconfirmed step may have landed).
      file.confirmed = new Map(Object.entries(answers));
      file.confirmedSteps = trail.length;

      if (screen.kind === 'recap' || screen.kind === 'plan') {
        // Path complete: the next points for this parcours use a new file.
        tracked[slot] = fresh(file.profile);
        await writeIndexedDB(page, filesWithSummaries([seedFile(tracked[slot]!.id, file.profile.name, startJourney(), Date.now())]));
        await page.close();
        point--;
        continue;
      }

      // Up to three steps, the kill somewhere in the last one.
      const steps = 1 + Math.floor(random() * 3);
      const moment = MOMENTS[Math.floor(random() * MOMENTS.length)]!;
      for (let step = 0; step < steps; step++) {
        const here = await currentScreen(page);
        if (here.kind !== 'question' && here.kind !== 'orientation') break;
        if (here.kind === 'question') await fillQuestion(page, here.id, file.profile.answers);
        else await page.locator(`#parcours-${file.profile.parcours}`).check();
        const value = await chosen(page, here, file.profile.parcours);
        const last = step === steps - 1;
        if (last && moment === 'after-choice') break;
        const before = await page.locator('h1').first().textContent();
        await nextButton(page).click();
        if (last && moment === 'after-click') break;
        await page.waitForFunction((previous) => {
          const h1 = document.querySelector('h1');
          return h1 && h1.textContent !== previous && document.activeElement === h1;
        }, before);
        if (last && moment === 'after-heading') break;
        // « Enregistré » on screen: from now on this answer must survive anything.
        await page.locator('.save-status--saved').waitFor();
        file.confirmed.set(here.kind === 'question' ? here.id : 'parcours', value);
        file.confirmedSteps++;
      }
      await crash(context, page);
    }

    // The last kill of each file is checked too.
    const page = await context.newPage();
    await page.goto(`${baseURL()}#/accompagner`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const final = await residents(page);
    for (const file of tracked) {
      const answers = (final.find((f) => f.id === file.id)?.journey as { journey?: { answers?: Record<string, AnswerValue> } } | undefined)?.journey?.answers ?? {};
      for (const [question, value] of file.confirmed) {
        if (JSON.stringify(answers[question]) !== JSON.stringify(value)) {
          lost++;
          failedPoints.add(`end-${file.id}`);
          report.push(`end: ${file.id} lost ${question}=${JSON.stringify(value)}`);
        }
      }
    }
    await session.close();
    console.log(`Crash test: ${POINTS - failedPoints.size}/${POINTS} points, ${lost} answers lost, ${wrongStep} opened on the wrong step${report.length ? `\n${report.join('\n')}` : ''}`);
    expect(report).toEqual([]);
    session.assertClean();
  });
});
