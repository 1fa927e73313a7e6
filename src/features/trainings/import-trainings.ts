import type { TrainingImport, TrainingRepository } from '../../db/types';
import type { LheoCounts, LheoErrorCode } from './lheo-parser';
import type { FromWorker, ToWorker } from './lheo-protocol';

export type ImportOutcome =
  | { ok: true; info: TrainingImport; counts: LheoCounts }
  | { ok: false; error: LheoErrorCode | 'storage' | 'cancelled' };

/**
 * Imports an LHÉO file: a worker reads it, the sessions kept go into the staging table, and
 * only a complete, valid file replaces the import in use (`commit`). Cancel, a refused file or
 * a failed write abort the staging table; the previous import is untouched throughout.
 */
export function importTrainings(
  file: File,
  trainings: TrainingRepository,
  options: { today: string; now?: () => Date; onProgress(bytes: number, total: number): void },
): { done: Promise<ImportOutcome>; cancel(): void } {
  let cancelled = false;
  let cancel = () => {
    cancelled = true;
  };
  const done = (async (): Promise<ImportOutcome> => {
    const staging = await trainings.stage();
    if (cancelled) {
      await staging.abort().catch(() => undefined);
      return { ok: false, error: 'cancelled' };
    }
    const worker = new Worker(new URL('./lheo.worker.ts', import.meta.url), { type: 'module' });
    const send = (message: ToWorker) => worker.postMessage(message);
    /** Batches are written one after the other; an abort waits for the one being written. */
    let writing: Promise<void> = Promise.resolve();
    const outcome = await new Promise<ImportOutcome>((resolve) => {
      let finished = false;
      const finish = (o: ImportOutcome) => {
        if (finished) return;
        finished = true;
        worker.terminate();
        resolve(o);
      };
      cancel = () => finish({ ok: false, error: 'cancelled' });
      worker.onerror = () => finish({ ok: false, error: 'malformed' });
      worker.onmessage = (event: MessageEvent<FromWorker>) => {
        const m = event.data;
        if (m.type === 'progress') options.onProgress(m.bytes, m.total);
        else if (m.type === 'batch') {
          writing = writing.then(() => staging.add(m.sessions)).then(
            () => void (!finished && send({ type: 'ack', id: m.id })),
            () => finish({ ok: false, error: 'storage' }),
          );
        }
        else if (m.type === 'error') finish({ ok: false, error: m.code });
        else if (m.type === 'done') {
          const info: TrainingImport = { fileName: file.name, importedAt: (options.now?.() ?? new Date()).toISOString(), offers: m.counts.offers, sessions: m.counts.sessions };
          finished = true;
          worker.terminate();
          staging.commit(info).then(
            () => resolve({ ok: true, info, counts: m.counts }),
            () => resolve({ ok: false, error: 'storage' }),
          );
        }
      };
      send({ type: 'start', file, today: options.today });
    });
    if (!outcome.ok) {
      await writing.catch(() => undefined);
      await staging.abort().catch(() => undefined);
    }
    return outcome;
  })();
  return { done, cancel: () => cancel() };
}

/** Older than three months: the Region's offer has moved on (staff are told plainly). */
export function isStale(importedAt: string, now: Date): boolean {
  const limit = new Date(now);
  limit.setUTCMonth(limit.getUTCMonth() - 3);
  return new Date(importedAt) < limit;
}
