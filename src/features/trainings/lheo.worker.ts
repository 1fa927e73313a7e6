/// <reference lib="webworker" />
/**
 * Reads an LHÉO file off the page's thread: the page stays responsive and shows the progress.
 * Sessions go to the page in batches; the next bytes are read only once the page has written
 * the batch (`ack`), so neither side holds more than a batch and one `formation` of the file.
 */
import { LheoError, LheoReader, readLheoStream } from './lheo-parser';
import type { TrainingSession } from '../../db/types';
import type { FromWorker, ToWorker } from './lheo-protocol';

const BATCH = 500;
const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: FromWorker) => scope.postMessage(message);

let waiting: { id: number; resolve(): void } | undefined;
let nextId = 0;

async function flush(batch: TrainingSession[]) {
  if (batch.length === 0) return;
  const id = nextId++;
  const written = new Promise<void>((resolve) => (waiting = { id, resolve }));
  post({ type: 'batch', id, sessions: batch.splice(0) });
  await written;
}

async function run(file: Blob, today: string) {
  const batch: TrainingSession[] = [];
  const reader = new LheoReader(today, (s) => batch.push(s));
  let lastReport = 0;
  try {
    const counts = await readLheoStream(file.stream(), reader, async (bytes) => {
      if (bytes - lastReport > 256 * 1024 || bytes === file.size) {
        lastReport = bytes;
        post({ type: 'progress', bytes, total: file.size });
      }
      if (batch.length >= BATCH) await flush(batch);
    });
    await flush(batch);
    post({ type: 'done', counts });
  } catch (error) {
    post({ type: 'error', code: error instanceof LheoError ? error.code : 'malformed' });
  }
}

scope.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === 'start') void run(message.file, message.today);
  else if (message.type === 'ack' && waiting?.id === message.id) {
    const done = waiting;
    waiting = undefined;
    done.resolve();
  }
};
