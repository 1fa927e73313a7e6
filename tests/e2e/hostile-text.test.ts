import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { baseURL, openSession, type Session } from './harness';
import { PROFILES } from './profiles';
import { journeyAfter } from './seed';
import { toRecord, viewJourney } from '../../machines';
import { planOf } from '../../machines/plans';
import { withoutBidiControls } from '../../src/lib/names';
import { FIRST_SCREEN_GATE } from '../../src/lib/first-screen';

/**
 * Script, markup and bidi controls typed into every free-text field (nickname, structure name;
 * the appointment is a date field) and carried by every imported field stay text: on screen, on paper, in the view
 * a QR code opens and in what is read aloud. An interpreted payload would run (window.__pwned),
 * add an element, or be blocked by the CSP, which the harness reports as a failure.
 */
const NICK = '<img src=x onerror=__pwned=1>\u202Eli'; // 33 characters: within the 40 allowed
const IMPORTED = '<iframe srcdoc="<b>x</b>">\u2067é';
const STRUCTURE = '<script>__pwned=2</script>\u202E&amp;';
const IMPORTED_APPOINTMENT = '</p><a href=javascript:__pwned=4>';
// A name loses its bidi controls when it is typed or imported (src/lib/names.ts): it shows as this.
const NICK_SHOWN = withoutBidiControls(NICK);
const IMPORTED_SHOWN = withoutBidiControls(IMPORTED);
const BIDI_CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

async function expectInert(page: Page, where: string) {
  // The page's one inline script of its own is the built-in home's gate (allowed by its hash).
  const found = await page.evaluate((gate) => ({
    pwned: (window as unknown as { __pwned?: unknown }).__pwned,
    injected: [...document.querySelectorAll('img[src="x"], iframe, svg[onload], script:not([src]), a[href^="javascript"]')].filter(
      (element) => !(element instanceof HTMLScriptElement && element.textContent === gate),
    ).length,
  }), FIRST_SCREEN_GATE);
  expect(found, where).toEqual({ pwned: undefined, injected: 0 });
}

describe('hostile text', () => {
  it('stays inert in every field, imported or typed, on screen, print, QR view and read-aloud', async () => {
    session = await openSession();
    await session.context.addInitScript(() => {
      // A voice that records what it is asked to say (headless Chromium has none).
      const spoken: string[] = [];
      (window as unknown as { __spoken: string[] }).__spoken = spoken;
      class Utterance extends EventTarget {
        lang = '';
        voice: unknown = null;
        constructor(readonly text: string) {
          super();
        }
      }
      (window as unknown as { SpeechSynthesisUtterance: unknown }).SpeechSynthesisUtterance = Utterance;
      const voice = { lang: 'fr-FR', name: 'Test', voiceURI: 'test', localService: true, default: true };
      speechSynthesis.getVoices = () => [voice as SpeechSynthesisVoice];
      speechSynthesis.speak = (utterance) => {
        spoken.push(utterance.text);
        setTimeout(() => utterance.dispatchEvent(new Event('end')), 0);
      };
    });
    const { page } = session;

    // Typed: the structure's name and a nickname.
    await page.goto(`${baseURL()}#/accompagner/reglages`);
    await page.getByLabel('Nom de votre structure (affiché sur le plan imprimé)').fill(STRUCTURE);
    await page.getByRole('button', { name: 'Enregistrer les réglages' }).click();
    await page.getByText('Réglages enregistrés.').waitFor();
    await page.goto(`${baseURL()}#/accompagner/nouveau`);
    await page.getByLabel('Prénom ou surnom').fill(NICK);
    await page.getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Créer le dossier et commencer' }).click();
    await page.locator('form[id^="question-"]').waitFor();
    expect(await page.locator('.resident__name').textContent()).toBe(`Dossier de ${NICK_SHOWN}`);
    await expectInert(page, 'a new file');

    // Imported: a finished file whose nickname, appointment and an unknown answer are hostile.
    const journey = journeyAfter(PROFILES[2]!, 80);
    const view = viewJourney(journey);
    if (view.phase !== 'done') throw new Error('the seeded journey should be finished');
    const record = toRecord(journey);
    record.journey.answers['ancienneQuestion'] = IMPORTED;
    const exported = {
      format: 'passerelle.resident',
      version: 1,
      exportedAt: new Date().toISOString(),
      file: {
        id: 'hostile-import',
        nickname: IMPORTED,
        consent: { givenOn: '2026-12-01', wordingVersion: 1 },
        createdAt: Date.now(),
        updatedAt: Date.now(),
        journey: record,
        planProgress: { [planOf(view).steps[0]!.id]: { status: 'en-cours', appointment: IMPORTED_APPOINTMENT } },
      },
    };
    await page.goto(`${baseURL()}#/accompagner`);
    await page.locator('input[type="file"]').setInputFiles({ name: 'dossier.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(exported)) });
    await page.getByText(`Le dossier de ${IMPORTED_SHOWN} a été importé.`).waitFor();
    expect(await page.getByText(NICK_SHOWN, { exact: true }).count()).toBe(1);
    expect(await page.evaluate(() => document.querySelector('main')!.textContent)).not.toMatch(BIDI_CONTROL);
    await expectInert(page, 'the list of files');

    await page.getByRole('link', { name: `Ouvrir le dossier de ${IMPORTED_SHOWN}` }).click();
    await page.getByRole('button', { name: 'Voir mon plan' }).click();
    await page.locator('[data-screen="plan"]').waitFor();
    await page.locator('#plan-print-name').check();
    const firstStep = planOf(view).steps[0]!.id;
    // The appointment is a date field: an imported text that is no date is simply not shown.
    expect(await page.locator(`[id="appointment-${firstStep}"]`).inputValue()).toBe('');
    await expectInert(page, 'the plan screen');

    await page.getByRole('button', { name: 'Écouter' }).first().click();
    await page.waitForFunction(() => (window as unknown as { __spoken: string[] }).__spoken.length > 0);
    const spoken = await page.evaluate(() => (window as unknown as { __spoken: string[] }).__spoken);
    // Read-aloud gets plain text (the headings and step titles), never markup.
    expect(spoken.length).toBeGreaterThan(2);
    for (const text of spoken) expect(text).not.toMatch(/<\/?[a-z]/i);

    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => document.body.innerText);
    expect(printed).toContain(IMPORTED_SHOWN);
    expect(printed).toContain(STRUCTURE);
    await expectInert(page, 'the printed plan');
    await page.emulateMedia({ media: 'screen' });

    const shared = await page.locator('img[data-share-url]').first().getAttribute('data-share-url');
    expect(shared).toBeTruthy();
    await page.goto(shared!);
    await page.locator('h1').first().waitFor();
    await expectInert(page, 'the plan opened from its QR code');

    session.assertClean();
  });
});
