import type { Page } from 'playwright-core';
import { answerQuestion, chooseParcours, startJourney, toRecord, viewJourney, type AnswerValue, type Journey } from '../../machines';
import { nameKeyOf, summaryOf, type ResidentFile } from '../../src/db';
import { withJourney } from '../../src/features/caseload/residents';
import type { DriverAnswers } from '../../scripts/journey-driver.mjs';

/** A deterministic pseudo-random source: the same seed gives the same run. */
export { random as seeded } from '../machines/plan-fixtures';

/** Answers `steps` screens through the journey API as the driver would in the UI: the
 * profile's answer where it has one, else the first option that is not « je ne sais pas ». */
export function journeyAfter(profile: { answers: DriverAnswers; parcours: string }, steps: number): Journey {
  let journey = startJourney();
  for (let i = 0; i < steps; i++) {
    const view = viewJourney(journey);
    if (view.phase === 'done' || view.phase === 'under16') break;
    if (view.phase === 'orientation') {
      journey = chooseParcours(journey, profile.parcours as never);
      continue;
    }
    const { question } = view;
    const wanted = profile.answers[question.id];
    let value: AnswerValue;
    if (question.kind === 'number') value = Number(wanted ?? 30);
    // the commune question has no option list (a combobox over territory.json): « Je ne sais pas » unless given
    else if (question.kind === 'commune') value = wanted === undefined ? 'nsp' : String(wanted);
    else if (question.kind === 'multi') value = wanted ? [wanted].flat().map(String) : [question.options.find((o) => o.value !== 'nsp')!.value];
    else value = String(wanted ?? question.options.find((o) => o.value !== 'nsp')!.value);
    journey = answerQuestion(journey, question.id, value);
  }
  return journey;
}

export function seedFile(id: string, nickname: string, journey: Journey, updatedAt: number): ResidentFile {
  const base: ResidentFile = {
    id,
    nickname,
    nameKey: nameKeyOf(nickname),
    consent: { givenOn: new Date(updatedAt).toISOString().slice(0, 10), wordingVersion: 1 },
    createdAt: updatedAt,
    updatedAt,
    journey: toRecord(journey),
  };
  return { ...withJourney(base, journey, new Date(updatedAt)), updatedAt };
}

/** Writes rows straight into the page's IndexedDB (the app must have opened it once), as a
 * given release would have left them. `summaries` is skipped for layouts that had none. */
export async function writeIndexedDB(page: Page, rows: { residents?: unknown[]; summaries?: unknown[]; settings?: unknown[] }): Promise<void> {
  await page.evaluate(
    (data) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('passerelle');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const stores = Object.keys(data).filter((s) => db.objectStoreNames.contains(s));
          const tx = db.transaction(stores, 'readwrite');
          for (const store of stores) for (const row of (data as Record<string, unknown[]>)[store]!) tx.objectStore(store).put(row);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    rows,
  );
}

export function filesWithSummaries(files: ResidentFile[]) {
  return { residents: files, summaries: files.map(summaryOf) };
}
