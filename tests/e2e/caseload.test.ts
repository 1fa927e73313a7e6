import { afterEach, describe, expect, it } from 'vitest';
import { baseURL, expectNoAxeViolations, openSession, watchIntlFormatters, type Session } from './harness';
import { PROFILES } from './profiles';
import { filesWithSummaries, journeyAfter, seedFile, writeIndexedDB } from './seed';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const MINUTE = 60_000;

// The file cards are laid out only when they come near the screen (content-visibility in
// styles.css, issue 15): the cards below the fold must still be read, reached and opened.
describe('the caseload of a busy device', () => {
  it('lists twenty files, each one read by assistive technology, reached by keyboard and opened', async () => {
    session = await openSession({ viewport: { width: 800, height: 600 } });
    const { page } = session;
    await page.goto(`${baseURL()}#/accompagner`);
    await page.getByRole('heading', { level: 1, name: 'Les dossiers sur cet appareil' }).waitFor();
    const now = Date.now();
    const files = Array.from({ length: 20 }, (_, i) => {
      const profile = PROFILES[i % PROFILES.length]!;
      return seedFile(`busy-${i}`, `${profile.name} ${i}`, journeyAfter(profile, 3 + (i % 5)), now - i * MINUTE);
    });
    await writeIndexedDB(page, filesWithSummaries(files));
    await page.reload();
    await page.getByText('20 dossier(s) affiché(s) sur 20').waitFor();
    // The first frame draws the cards a screen holds; the others follow once it is painted.
    await page.locator('.file-card').nth(19).waitFor();

    // What a screen reader is given: the browser's own accessibility tree holds every card,
    // the ones below the screen too (names elide: « d’Amina », « de Karim »).
    const cdp = await session.context.newCDPSession(page);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { role?: { value: string }; name?: { value: string }; ignored: boolean }[] };
    const read = nodes.filter((n) => !n.ignored && n.role?.value === 'link').map((n) => n.name?.value ?? '');
    for (const file of files) expect(read).toContainEqual(expect.stringMatching(new RegExp(`^Ouvrir le dossier d(e |’)${file.nickname}$`)));
    // The oldest file is the last card, well below the screen.
    const oldest = files[19]!;
    const card = page.locator('.file-card').filter({ hasText: oldest.nickname });
    expect((await card.boundingBox())!.y).toBeGreaterThan(600);
    expect(await card.getByRole('definition').allTextContents()).toEqual([
      expect.any(String),
      `Étape ${oldest.progress!.step} sur ${oldest.progress!.stepCount}`,
      expect.stringMatching(/\d{4} à \d{2}:\d{2}$/),
    ]);
    await expectNoAxeViolations(page, 'the caseload with twenty files');

    // Tab from the search field through the cards to the last one: it scrolls into view, drawn.
    await page.getByLabel('Chercher un prénom ou un surnom').focus();
    for (let i = 0; i < 20; i++) await page.keyboard.press('Tab');
    const last = card.getByRole('link');
    expect(await last.evaluate((el) => el === document.activeElement)).toBe(true);
    const box = (await card.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(600);
    expect(box.height).toBeGreaterThan(40);
    expect(await card.getByText(`Étape ${oldest.progress!.step} sur ${oldest.progress!.stepCount}`).isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**#/accompagner/${oldest.id}`);
    await page.locator('.resident__name').filter({ hasText: oldest.nickname }).waitFor();
    session.assertClean();
  });

  it('dates each file in words from the home screen to the list, without building an Intl formatter', async () => {
    // The first Intl formatter of a page loads the locale's data (about 100 ms on a slow
    // tablet), on the click on « Accompagner une personne » or just before it (issue 15).
    session = await openSession();
    const { page } = session;
    const intlBuilt = await watchIntlFormatters(page);
    await page.goto(`${baseURL()}#/accompagner`);
    await page.getByRole('heading', { level: 1, name: 'Les dossiers sur cet appareil' }).waitFor();
    // Yesterday at 09:05 (an older file could have gone by the retention rule).
    const yesterday = new Date();
    yesterday.setDate(yesterday.getDate() - 1);
    const updatedAt = yesterday.setHours(9, 5, 0, 0);
    await writeIndexedDB(page, filesWithSummaries([seedFile('dated-1', 'Awa', journeyAfter(PROFILES[0]!, 2), updatedAt)]));
    await page.goto(`${baseURL()}#/`);
    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
    // The home screen's idle work has begun (it used to build the formatter first), then the click.
    await page.waitForFunction(() => performance.getEntriesByName('passerelle:preload', 'mark').length > 0);
    await page.getByRole('link', { name: /Accompagner une personne/ }).click();
    const card = page.locator('.file-card').filter({ hasText: 'Awa' });
    const expected = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short' }).format(updatedAt);
    expect(expected).toMatch(/^\d{1,2} \p{L}+ \d{4} à 09:05$/u);
    await expect.poll(() => card.getByRole('definition').allTextContents()).toContain(expected);
    expect(await intlBuilt()).toEqual([]);
    session.assertClean();
  });
});

describe('going from the home screen to the caseload', () => {
  it('keeps the home up while the caseload’s code comes, says « Chargement… » only past half a second, then shows the list', async () => {
    session = await openSession();
    const { page } = session;
    // The caseload's code held back 1.5 s, as on a first visit over a slow network.
    await page.route(/\/assets\/mediator-[\w-]+\.js$/, async (route) => {
      await new Promise((later) => setTimeout(later, 1500));
      await route.continue();
    });
    await page.goto(baseURL());
    const home = page.getByRole('heading', { level: 1, name: /^Passerelle/ });
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    await page.getByRole('link', { name: /Accompagner une personne/ }).click();
    const waiting = page.getByText('Chargement…');

    // Before: React's fallback replaced the home at once and stayed up at least 300 ms.
    await page.waitForTimeout(250);
    expect(await home.isVisible()).toBe(true);
    expect(await waiting.count()).toBe(0);
    // A wait that lasts is said, the home still under it.
    await waiting.waitFor({ timeout: 3000 });
    expect(await home.isVisible()).toBe(true);

    await page.getByRole('heading', { level: 1, name: 'Les dossiers sur cet appareil' }).waitFor();
    expect(await waiting.count()).toBe(0);
    expect(await home.count()).toBe(0);
    // The new screen's heading has the focus, as after any move.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Les dossiers sur cet appareil');
    session.assertClean();
  });
});
