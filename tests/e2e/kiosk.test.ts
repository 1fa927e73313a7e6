import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { KIOSK_PIN, baseURL, expectNoAxeViolations, holdBackMainBundle, setUpKiosk, listDatabases, openSession, readIndexedDB, type Session } from './harness';
import { fillQuestion, nextButton, walkToRecap } from '../../scripts/journey-driver.mjs';
import { FIRST_SCREEN_KEY } from '../../src/lib/first-screen';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const PIN = KIOSK_PIN;
const ATTRACT = 'Trouver une formation et un travail';
/** The first question, in easy-read wording (standard: « Quel âge avez-vous ? »). */
const FIRST_QUESTION = 'Votre âge ?';

/** A fresh device, with a fake clock: staff open the kiosk from the home screen and set the PIN. */
async function kioskReady(options: { noVoice?: boolean } = {}): Promise<Page> {
  session = await openSession();
  const { page } = session;
  if (options.noVoice) {
    // A device with no speech voice installed (whatever this test machine has).
    await page.addInitScript(() => {
      speechSynthesis.getVoices = () => [];
    });
  }
  await page.clock.install();
  await setUpKiosk(page);
  return page;
}

/** A resident starts a session and answers the first question (age 22); returns the title of
 * the second question, now on screen. */
async function answerAQuestion(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Touchez l’écran pour commencer' }).click();
  await page.getByRole('heading', { level: 1, name: FIRST_QUESTION }).waitFor();
  await fillQuestion(page, 'age', { age: '22' });
  await nextButton(page).click();
  await page.waitForFunction((first) => {
    const h1 = document.querySelector('h1');
    return h1 !== null && h1.textContent !== first && document.activeElement === h1;
  }, FIRST_QUESTION);
  return (await page.locator('h1').textContent()) ?? '';
}

const bodyText = (page: Page) => page.evaluate(() => document.body.innerText);
const warningDialog = (page: Page) => page.getByRole('alertdialog', { name: 'Vous êtes encore là ?' });

describe('the kiosk set-up by staff', () => {
  it('asks for the PIN twice, refuses a mismatch, and hides the app header once the kiosk runs', async () => {
    session = await openSession();
    const { page } = session;
    await page.goto(`${baseURL()}#/borne`);
    await page.getByRole('heading', { level: 1, name: 'Préparer la borne en libre-service' }).waitFor();
    await expectNoAxeViolations(page, 'the kiosk set-up screen');
    await page.getByLabel('Code du personnel (4 à 8 chiffres)').fill('12');
    await page.getByRole('button', { name: 'Enregistrer le code et démarrer la borne' }).click();
    await page.getByText('Le code doit contenir de 4 à 8 chiffres, sans lettre ni espace.').waitFor();
    await page.getByLabel('Code du personnel (4 à 8 chiffres)').fill('1234');
    await page.getByLabel('Retapez le même code').fill('1243');
    await page.getByRole('button', { name: 'Enregistrer le code et démarrer la borne' }).click();
    await page.getByText('Les deux codes ne sont pas identiques. Tapez-les à nouveau.').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(await page.getByLabel('Retapez le même code').getAttribute('id'));
    await page.getByLabel('Retapez le même code').fill('1234');
    await page.getByRole('button', { name: 'Enregistrer le code et démarrer la borne' }).click();
    await page.getByRole('heading', { level: 1, name: ATTRACT }).waitFor();
    // The way home and the device's reading switch are out of a resident's reach.
    expect(await page.getByRole('link', { name: 'Passerelle' }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Lecture facile' }).isVisible()).toBe(false);
    // Only a salted hash of the PIN is stored.
    const settings = (await readIndexedDB(page, 'passerelle', 'settings')) as { key: string; value: unknown }[];
    const pin = settings.find((s) => s.key === 'kiosk.pin')?.value as Record<string, unknown>;
    expect(pin).toMatchObject({ algorithm: 'PBKDF2-SHA-256' });
    expect(JSON.stringify(settings)).not.toContain('1234');
    session.assertClean();
  });
});

describe('the kiosk screens', () => {
  it('have no accessibility violation: attract screen, session, warning and PIN dialog', async () => {
    const page = await kioskReady({ noVoice: true });
    await expectNoAxeViolations(page, 'the kiosk attract screen');
    // Read-aloud on the attract screen does not start a session; with no voice it says so.
    await page.getByRole('button', { name: 'Écouter' }).click();
    await page.getByRole('status').filter({ hasText: 'Aucune voix française n’est installée sur cet appareil' }).waitFor();
    expect(await page.getByRole('heading', { level: 1, name: ATTRACT }).count()).toBe(1);
    await expectNoAxeViolations(page, 'the kiosk attract screen after pressing Écouter');
    await page.getByRole('button', { name: 'Personnel' }).click();
    await page.getByRole('dialog', { name: 'Quitter le mode borne' }).waitFor();
    await expectNoAxeViolations(page, 'the kiosk PIN dialog');
    await page.getByRole('button', { name: 'Annuler' }).click();
    await answerAQuestion(page);
    await expectNoAxeViolations(page, 'a kiosk session');
    await page.clock.fastForward('01:31');
    await warningDialog(page).waitFor();
    await expectNoAxeViolations(page, 'the kiosk inactivity warning');
    session!.assertClean();
  });

  it('gives every button of a session a target of at least 48 px, and starts in easy-read wording', async () => {
    const page = await kioskReady();
    await answerAQuestion(page);
    const small = await page.evaluate(() =>
      [...document.querySelectorAll('button')]
        .filter((b) => b.offsetParent !== null)
        .map((b) => ({ name: b.textContent, ...b.getBoundingClientRect().toJSON() }))
        .filter((r) => r.height < 48 || r.width < 48),
    );
    expect(small).toEqual([]);
  });

  it('starts in easy-read; a resident may switch to standard wording for the session only', async () => {
    const page = await kioskReady();
    await page.getByRole('button', { name: 'Touchez l’écran pour commencer' }).click();
    await page.getByRole('heading', { level: 1, name: FIRST_QUESTION }).waitFor();
    const toggle = page.getByRole('button', { name: 'Lecture facile' });
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await toggle.click();
    await page.getByRole('heading', { level: 1, name: 'Quel âge avez-vous ?' }).waitFor();
    // Back from the first question returns to the start screen; the next person gets easy-read.
    await page.getByRole('button', { name: 'Revenir à l’écran de départ' }).click();
    await page.getByRole('heading', { level: 1, name: ATTRACT }).waitFor();
    await page.getByRole('button', { name: 'Touchez l’écran pour commencer' }).click();
    await page.getByRole('heading', { level: 1, name: FIRST_QUESTION }).waitFor();
    // The device's own preference was not changed.
    const settings = (await readIndexedDB(page, 'passerelle', 'settings')) as { key: string }[];
    expect(settings.map((s) => s.key)).not.toContain('readingMode');
  });
});

describe('the kiosk in another language', () => {
  it('speaks the device’s language, in easy-read, when staff chose English on the home screen', async () => {
    session = await openSession();
    const { page } = session;
    await page.goto(baseURL());
    await page.getByRole('radio', { name: 'English' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await page.goto(`${baseURL()}#/borne`);
    await page.locator('input[type="password"]').first().fill(PIN);
    await page.locator('input[type="password"]').nth(1).fill(PIN);
    await page.locator('form button[type="submit"]').click();
    await page.getByRole('heading', { level: 1, name: 'Find training and a job' }).waitFor();
    await page.getByRole('button', { name: 'Touch the screen to start' }).click();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await expectNoAxeViolations(page, 'a kiosk session in English');
    session.assertClean();
  });
});

describe('kiosk inactivity', () => {
  it('warns after 90 s without a touch, counts down 30 s, then wipes the session back to the attract screen', async () => {
    const page = await kioskReady();
    const secondQuestion = await answerAQuestion(page);
    await page.clock.fastForward('01:25');
    expect(await warningDialog(page).count()).toBe(0);
    await page.clock.fastForward('00:06');
    await warningDialog(page).waitFor();
    expect(await warningDialog(page).getByRole('timer').textContent()).toMatch(/^Effacement dans (30|29) secondes$/);
    // Focus goes to the big answer, so a keyboard user confirms with Enter.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Je suis encore là');
    await page.clock.runFor(10_000);
    expect(await warningDialog(page).getByRole('timer').textContent()).toMatch(/^Effacement dans (20|19) secondes$/);
    await page.clock.runFor(21_000);
    await page.getByRole('heading', { level: 1, name: ATTRACT }).waitFor();
    expect(await warningDialog(page).count()).toBe(0);
    expect(await bodyText(page)).not.toContain(secondQuestion);
    expect(await page.locator('input').count()).toBe(0);
    session!.assertClean();
  });

  it('keeps the session when the person answers "Je suis encore là", and restarts the 90 s', async () => {
    const page = await kioskReady();
    const secondQuestion = await answerAQuestion(page);
    await page.clock.fastForward('01:31');
    await warningDialog(page).waitFor();
    await page.getByRole('button', { name: 'Je suis encore là' }).click();
    expect(await warningDialog(page).count()).toBe(0);
    expect(await page.locator('h1').textContent()).toBe(secondQuestion);
    await page.clock.runFor(60_000);
    expect(await warningDialog(page).count()).toBe(0);
    await page.clock.fastForward('00:31');
    await warningDialog(page).waitFor();
    session!.assertClean();
  });

  it('counts a touch or a key as activity and restarts the idle delay', async () => {
    const page = await kioskReady();
    await answerAQuestion(page);
    await page.clock.fastForward('01:20');
    await page.keyboard.press('Tab');
    await page.clock.fastForward('01:20');
    expect(await warningDialog(page).count()).toBe(0);
    await page.mouse.click(900, 700);
    await page.clock.fastForward('01:20');
    expect(await warningDialog(page).count()).toBe(0);
  });
});

describe('after a reset', () => {
  it('nothing of the previous person remains in IndexedDB, Web Storage, the page, the history or behind Back', async () => {
    const page = await kioskReady();
    const historyAtStart = await page.evaluate(() => history.length);
    const secondQuestion = await answerAQuestion(page);
    // As a screen of the session might do: the reset must remove it.
    await page.evaluate(() => {
      sessionStorage.setItem('passerelle.draft', '{"age":22}');
      localStorage.setItem('passerelle.last', '{"age":22}');
    });
    await page.getByRole('button', { name: 'Effacer mes réponses' }).click();
    await page.getByRole('heading', { level: 1, name: ATTRACT }).waitFor();

    expect(await bodyText(page)).not.toContain(secondQuestion);
    expect(await page.locator('input').count()).toBe(0);
    // Web Storage holds only the device's start-up mirror: that it is a kiosk (src/lib/first-screen.ts).
    expect(await page.evaluate(() => [sessionStorage.length, { ...localStorage }])).toEqual([0, { [FIRST_SCREEN_KEY]: '{"kiosk.active":true}' }]);
    expect(await listDatabases(page)).toEqual(['passerelle']);
    expect(await readIndexedDB(page, 'passerelle', 'residents')).toEqual([]);
    const settings = (await readIndexedDB(page, 'passerelle', 'settings')) as { key: string }[];
    expect(settings.map((s) => s.key).filter((k) => !k.startsWith('kiosk.'))).toEqual([]);
    expect(JSON.stringify(settings)).not.toMatch(/"age"|journey|answers/);
    expect(await page.evaluate(() => [history.length, history.state])).toEqual([historyAtStart, null]);

    // Back does not bring the session back, nor leave the kiosk.
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: ATTRACT }).waitFor();
    expect(await page.evaluate(() => location.hash)).toBe('#/borne');
    expect(await bodyText(page)).not.toContain(secondQuestion);

    // Restarted on the home's address, it opens on its start screen without the home written
    // into the page showing first.
    await page.goto('about:blank');
    await page.goto(baseURL());
    await page.getByRole('heading', { level: 1, name: ATTRACT }).waitFor();
    expect(await page.evaluate(() => document.documentElement.classList.contains('no-prerender'))).toBe(true);
    session!.assertClean();
  });
});

describe('a whole kiosk session', () => {
  it('guides a resident to a plan, stores nothing of it, and leaves a clean machine after "Effacer mes réponses"', async () => {
    const page = await kioskReady();
    await page.getByRole('button', { name: 'Touchez l’écran pour commencer' }).click();
    await page.getByRole('heading', { level: 1, name: FIRST_QUESTION }).waitFor();
    await walkToRecap(page, { answers: { age: '22' } });
    await page.getByRole('button', { name: 'Voir mon plan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Votre plan' }).waitFor();
    await expectNoAxeViolations(page, 'the plan in a kiosk session');
    // "Effacer mes réponses" is still in view at the end.
    expect(await page.getByRole('button', { name: 'Effacer mes réponses' }).isVisible()).toBe(true);
    expect(await readIndexedDB(page, 'passerelle', 'residents')).toEqual([]);

    await page.getByRole('button', { name: 'Effacer mes réponses' }).click();
    await page.getByRole('heading', { level: 1, name: ATTRACT }).waitFor();
    expect(await page.getByRole('heading', { name: 'Votre plan' }).count()).toBe(0);
    const settings = (await readIndexedDB(page, 'passerelle', 'settings')) as { key: string }[];
    expect(settings.map((s) => s.key).filter((k) => !k.startsWith('kiosk.'))).toEqual([]);
    expect(await readIndexedDB(page, 'passerelle', 'residents')).toEqual([]);
    session!.assertClean();
  });
});

describe('leaving kiosk mode', () => {
  it('refuses wrong PINs with a growing wait, then leaves with the staff PIN', async () => {
    const page = await kioskReady();
    await page.getByRole('button', { name: 'Personnel' }).click();
    const dialog = page.getByRole('dialog', { name: 'Quitter le mode borne' });
    await dialog.waitFor();
    const field = dialog.getByLabel('Code du personnel');
    const submit = dialog.getByRole('button', { name: 'Quitter le mode borne' });
    for (let attempt = 1; attempt <= 3; attempt++) {
      await field.fill('1357');
      await submit.click();
      await dialog.getByText('Code incorrect.').waitFor();
    }
    await dialog.getByText(/Nouvel essai possible dans [45] s\./).waitFor();
    // During the wait even the right PIN is refused.
    await field.fill(PIN);
    await submit.click();
    await page.clock.runFor(500);
    expect(await dialog.isVisible()).toBe(true);
    expect(await page.getByRole('heading', { level: 1, name: ATTRACT }).count()).toBe(1);

    await page.clock.runFor(5_000);
    expect(await dialog.getByText(/Nouvel essai possible/).count()).toBe(0);
    await field.fill(PIN);
    await submit.click();
    await page.getByRole('heading', { level: 1, name: 'Passerelle, votre chemin vers une formation et un emploi' }).waitFor();
    expect(await page.getByRole('link', { name: 'Passerelle' }).isVisible()).toBe(true);
    const settings = (await readIndexedDB(page, 'passerelle', 'settings')) as { key: string; value: unknown }[];
    expect(settings).toContainEqual({ key: 'kiosk.active', value: false });

    // Starting the kiosk again is also a staff action.
    await page.getByRole('link', { name: /Borne en libre-service/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Démarrer la borne en libre-service' }).waitFor();
    session!.assertClean();
  });

  it('is the only way out: the home address brings the kiosk back while it runs', async () => {
    const page = await kioskReady();
    await page.evaluate(() => {
      location.hash = '#/';
    });
    await page.getByRole('heading', { level: 1, name: ATTRACT }).waitFor();
    expect(await page.evaluate(() => location.hash)).toBe('#/borne');
  });

  it('restarted at the home address, starts fetching its screen before the main bundle has arrived', async () => {
    const page = await kioskReady();
    // src/early.ts reads the kiosk setting and fetches the kiosk's chunk without the main bundle.
    const events = await holdBackMainBundle(page);
    await page.goto('about:blank');
    await page.goto(baseURL());
    await page.getByRole('heading', { level: 1, name: ATTRACT }).waitFor();
    expect(events).toContain('request /assets/kiosk');
    expect(events.indexOf('request /assets/kiosk')).toBeLessThan(events.indexOf('main bundle delivered'));
    session!.assertClean();
  });
});
