// Step timings for issue 4: a whole parcours driven in Chromium with the CPU slowed four times
// (DevTools throttling), and the caseload with 5,000 files. `npm run bench` now takes these
// figures in scripts/bench-floor.mjs (issue 15), side by side with its floor page, with the
// helpers below; benchSteps() is kept to run issue 4's walk alone.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { currentScreen, fillQuestion } from './journey-driver.mjs';

export const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
export const CPU_SLOWDOWN = 4;

export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)];
}
const ms = (v) => `${v.toFixed(1)} ms`;

/** In the page: clicks Next, then waits for the new heading to have focus and for the answer
 * to be in IndexedDB (the trail grew). Returns both delays from the click. */
async function timeNext(page, expectedTrail) {
  return page.evaluate(async (expected) => {
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open('passerelle');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const storedTrail = () =>
      new Promise((resolve) => {
        const all = db.transaction('residents', 'readonly').objectStore('residents').getAll();
        all.onsuccess = () => resolve(all.result[0]?.journey?.journey?.trail?.length ?? 0);
      });
    const before = document.querySelector('h1')?.textContent;
    const start = performance.now();
    document.querySelector('.step__nav button[type="submit"]').click();
    let focused = 0;
    await new Promise((resolve) => {
      const check = () => {
        const h1 = document.querySelector('h1');
        if (h1 && document.activeElement === h1 && h1.textContent !== before) {
          focused = performance.now() - start;
          resolve();
        } else requestAnimationFrame(check);
      };
      check();
    });
    while ((await storedTrail()) < expected) await new Promise((r) => setTimeout(r, 0));
    const stored = performance.now() - start;
    db.close();
    return { focused, stored };
  }, expectedTrail);
}

async function walkTimed(page, answers, parcours) {
  const samples = [];
  for (let trail = 1; trail < 60; trail++) {
    const screen = await currentScreen(page);
    if (screen.kind === 'recap') break;
    if (screen.kind === 'question') await fillQuestion(page, screen.id, answers);
    else if (screen.kind === 'orientation') await page.locator(`#parcours-${parcours}`).check();
    else throw new Error(`unexpected screen ${screen.kind}`);
    samples.push({ screen: screen.kind === 'question' ? screen.id : 'orientation', ...(await timeNext(page, trail)) });
  }
  return samples;
}

/** Writes `count` files straight into IndexedDB, as a busy device would hold them. */
export async function seedCaseload(page, count) {
  await page.evaluate(async (n) => {
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open('passerelle');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const names = ['Amina', 'Yanis', 'Sylvie', 'Karim', 'Fatou', 'Lucas', 'Inès', 'Mohamed', 'Léa', 'Sekou'];
    const tx = db.transaction(['residents', 'summaries'], 'readwrite');
    const store = tx.objectStore('residents');
    const summaries = tx.objectStore('summaries');
    const now = Date.now();
    for (let i = 0; i < n; i++) {
      const nickname = `${names[i % names.length]} ${i}`;
      const file = {
        id: `bench-${i}`,
        nickname,
        nameKey: nickname.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase(),
        consent: { givenOn: '2026-11-01', wordingVersion: 1 },
        createdAt: now - i * 1000,
        updatedAt: now - i * 1000,
        parcours: 'reprise',
        progress: { step: 8, stepCount: 16, done: false },
        journey: {
          machineId: 'passerelle.journey',
          machineVersion: 2,
          savedAt: new Date(now).toISOString(),
          journey: {
            answers: { age: 30 + (i % 30), departement: '45', diplome: 'aucun', rqth: 'non', francais: 'a2plus', situation: 'rsa', sansEmploiDepuis: '12-mois-plus', ecrit: 'difficile' },
            trail: ['age', 'departement', 'diplome', 'rqth', 'francais', 'situation', 'sansEmploiDepuis', 'ecrit'],
          },
        },
      };
      store.put(file);
      const { id, nickname: name, nameKey, updatedAt, parcours, progress } = file;
      summaries.put({ id, nickname: name, nameKey, updatedAt, parcours, progress });
    }
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, count);
}

export async function benchSteps({ url, chromiumPath }) {
  const profile = mkdtempSync(join(tmpdir(), 'passerelle-bench-steps-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: chromiumPath, headless: true, args: FLAGS });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const cdp = await context.newCDPSession(page);
    await page.goto(`${url}#/accompagner/nouveau`);
    await page.getByLabel('Prénom ou surnom').fill('Bench');
    await page.getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Créer le dossier et commencer' }).click();
    await page.locator('form[id^="question-"]').waitFor();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });

    const samples = await walkTimed(
      page,
      { age: '47', departement: '18', diplome: 'aucun', rqth: 'non', francais: 'a2plus', situation: 'rsa', sansEmploiDepuis: '12-mois-plus', ecrit: 'difficile' },
      'reprise',
    );
    const focused = samples.map((s) => s.focused);
    const stored = samples.map((s) => s.stored);
    const both = samples.map((s) => Math.max(s.focused, s.stored));
    console.log(`\n== Steps (parcours reprise, ${samples.length} steps, CPU slowed ${CPU_SLOWDOWN}×) ==`);
    console.log(`Next → heading focused:          median ${ms(percentile(focused, 50))}, p95 ${ms(percentile(focused, 95))}`);
    console.log(`Next → answer in IndexedDB:      median ${ms(percentile(stored, 50))}, p95 ${ms(percentile(stored, 95))}`);
    console.log(`Next → both (budget p95 ≤ 100):  median ${ms(percentile(both, 50))}, p95 ${ms(percentile(both, 95))}, max ${ms(Math.max(...both))}`);

    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await seedCaseload(page, 5000);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    const listTimes = [];
    const searchTimes = [];
    for (let run = 0; run < 5; run++) {
      await page.goto(`${url}#/`);
      await page.locator('h1').waitFor();
      listTimes.push(
        await page.evaluate(async () => {
          const start = performance.now();
          window.location.hash = '/accompagner';
          await new Promise((resolve) => {
            const check = () => (document.querySelector('.file-list') ? resolve() : requestAnimationFrame(check));
            check();
          });
          return performance.now() - start;
        }),
      );
      searchTimes.push(
        await page.evaluate(async (query) => {
          const input = document.getElementById('caseload-search');
          const start = performance.now();
          const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
          setter.call(input, query);
          input.dispatchEvent(new Event('input', { bubbles: true }));
          await new Promise((resolve) => {
            const check = () => {
              const names = [...document.querySelectorAll('.file-card__name')].map((n) => n.textContent);
              if (names.length > 0 && names.every((n) => n.toLowerCase().includes('sekou 4'))) resolve();
              else requestAnimationFrame(check);
            };
            check();
          });
          return performance.now() - start;
        }, 'sekou 4'),
      );
    }
    console.log(`\n== Caseload of 5,000 files (CPU slowed ${CPU_SLOWDOWN}×, 5 runs) ==`);
    console.log(`Open the list:   median ${ms(percentile(listTimes, 50))}, max ${ms(Math.max(...listTimes))} (budget 200 ms)`);
    console.log(`Search a name:   median ${ms(percentile(searchTimes, 50))}, max ${ms(Math.max(...searchTimes))} (budget 200 ms)`);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
