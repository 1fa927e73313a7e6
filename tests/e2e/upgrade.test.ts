import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { baseURL, expectNoAxeViolations, openSession, readIndexedDB, type Session } from './harness';
import { currentScreen } from '../../scripts/journey-driver.mjs';
import { fromRecord, viewJourney } from '../../machines';

/**
 * Files as each released storage layout and machine version wrote them, seeded into the
 * browser's IndexedDB before today's app first opens it; the app must upgrade and open every
 * one on its step. Add one entry per release that changes either (docs/decisions/2026-11-25-storage.md).
 */
interface Release {
  name: string;
  /** Dexie schema version; IndexedDB's own version is ten times it. */
  schema: number;
  /** Object stores and indexes as that release created them. */
  stores: Record<string, { keyPath: string; indexes: string[] }>;
  rows: Record<string, unknown[]>;
}

const V1_STORES = { residents: { keyPath: 'id', indexes: ['updatedAt', 'nameKey'] }, settings: { keyPath: 'key', indexes: [] } };
const V2_STORES = { ...V1_STORES, summaries: { keyPath: 'id', indexes: ['updatedAt', 'nameKey'] } };
const journeyV1 = JSON.parse(readFileSync(resolve(import.meta.dirname, '../machines/fixtures/journey-v1.json'), 'utf8'));
const now = Date.now();

const fileV1 = {
  id: 'rel-1',
  nickname: 'Samira',
  nameKey: 'samira',
  consent: { givenOn: '2025-10-01', wordingVersion: 1 },
  createdAt: now - 86_400_000,
  updatedAt: now - 3_600_000,
  journey: journeyV1,
  parcours: 'reprise',
};
const fileV2 = {
  id: 'rel-2',
  nickname: 'Hugo',
  nameKey: 'hugo',
  consent: { givenOn: '2026-11-20', wordingVersion: 1 },
  createdAt: now - 7_200_000,
  updatedAt: now - 1_800_000,
  journey: {
    machineId: 'passerelle.journey',
    machineVersion: 2,
    journey: { answers: { age: 19, departement: '37', diplome: 'aucun' }, trail: ['age', 'departement', 'diplome'] },
    savedAt: new Date(now - 1_800_000).toISOString(),
  },
  progress: { step: 4, stepCount: 16, done: false },
  ui: { screen: 'steps', draft: { questionId: 'rqth', value: 'non' } },
};

/** Each file's link in the list, as French writes it (« de Samira », « d’Hugo »). */
const LINK: Record<string, string> = { 'rel-1': 'Ouvrir le dossier de Samira', 'rel-2': 'Ouvrir le dossier d’Hugo' };

const RELEASES: Release[] = [
  { name: 'storage v1, journey v1 (prototype)', schema: 1, stores: V1_STORES, rows: { residents: [fileV1], settings: [{ key: 'readingMode', value: 'std' }] } },
  { name: 'storage v1, journey v2', schema: 1, stores: V1_STORES, rows: { residents: [fileV2], settings: [] } },
  {
    name: 'storage v2, journeys v1 and v2',
    schema: 2,
    stores: V2_STORES,
    rows: {
      residents: [fileV1, fileV2],
      summaries: [fileV1, fileV2].map(({ id, nickname, nameKey, updatedAt }) => ({ id, nickname, nameKey, updatedAt })),
      settings: [{ key: 'structureName', value: 'Maison des habitants' }],
    },
  },
];

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

/** Creates the database as the old release did, from a page of the app's origin where the app
 * itself does not run (its icon), so nothing opens it first. */
async function seedRelease(page: Page, release: Release) {
  await page.goto(`${baseURL()}/icon.svg`);
  await page.evaluate(
    ({ schema, stores, rows }) =>
      new Promise<void>((done, fail) => {
        const request = indexedDB.open('passerelle', schema * 10);
        request.onupgradeneeded = () => {
          for (const [name, def] of Object.entries(stores)) {
            const store = request.result.createObjectStore(name, { keyPath: def.keyPath });
            for (const index of def.indexes) store.createIndex(index, index);
          }
        };
        request.onerror = () => fail(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(Object.keys(rows), 'readwrite');
          for (const [name, list] of Object.entries(rows)) for (const row of list) tx.objectStore(name).put(row);
          tx.oncomplete = () => {
            db.close();
            done();
          };
          tx.onerror = () => fail(tx.error);
        };
      }),
    release,
  );
}

function expectedScreen(file: { journey: unknown; ui?: { screen?: string } }) {
  const view = viewJourney(fromRecord(file.journey));
  if (view.phase === 'question') return { kind: 'question', id: view.question.id };
  if (view.phase === 'orientation') return { kind: 'orientation' };
  return { kind: file.ui?.screen === 'plan' ? 'plan' : 'recap' };
}

describe.each(RELEASES)('a device left by the release with $name', (release) => {
  it('opens every file in today’s app, on its step, with its answers', async () => {
    session = await openSession();
    const { page } = session;
    await seedRelease(page, release);

    await page.goto(`${baseURL()}#/accompagner`);
    const files = release.rows.residents as (typeof fileV1 | typeof fileV2)[];
    for (const file of files) await page.getByRole('link', { name: LINK[file.id], exact: true }).waitFor();
    await expectNoAxeViolations(page, `the list after upgrading from ${release.name}`);

    for (const file of files) {
      await page.goto(`${baseURL()}#/accompagner/${file.id}`);
      // Only the fragment changes: wait for this file's own screen, not the heading still
      // focused on the list or on the previous file.
      await page.waitForFunction(
        (nickname) =>
          (document.querySelector('.resident__name')?.textContent ?? '').includes(nickname) &&
          document.activeElement?.tagName === 'H1' &&
          document.querySelector('form[id^="question-"], #orientation-form, [data-screen="recap"], [data-screen="plan"]') !== null &&
          !document.querySelector('.unreadable'),
        file.nickname,
      );
      expect(await currentScreen(page)).toEqual(expectedScreen(file));
      if ('ui' in file) {
        expect(expectedScreen(file)).toEqual({ kind: 'question', id: file.ui.draft.questionId });
        // The choice not yet confirmed is still ticked.
        expect(await page.locator(`input[value="${file.ui.draft.value}"]`).isChecked()).toBe(true);
      }
    }
    // The upgraded database has today's layout, and every answer given is still stored.
    const stored = (await readIndexedDB(page, 'passerelle', 'residents')) as { id: string; journey: { answers?: Record<string, unknown>; journey?: { answers: Record<string, unknown> } } }[];
    for (const file of files) {
      // Opening does not rewrite a file: an old record stays as it was until the next change.
      const record = stored.find((s) => s.id === file.id)?.journey;
      const answers = record?.journey?.answers ?? record?.answers ?? {};
      const given = 'answers' in file.journey ? file.journey.answers : file.journey.journey.answers;
      for (const question of Object.keys(given)) expect(answers).toHaveProperty(question);
    }
    expect((await readIndexedDB(page, 'passerelle', 'summaries')).length).toBe(files.length);
    session.assertClean();
  });
});
