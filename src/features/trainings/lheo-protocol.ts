import type { TrainingSession } from '../../db/types';
import type { LheoCounts, LheoErrorCode } from './lheo-parser';

/** Messages between the page and lheo.worker.ts. */
export type ToWorker = { type: 'start'; file: Blob; today: string } | { type: 'ack'; id: number };
export type FromWorker =
  | { type: 'progress'; bytes: number; total: number }
  | { type: 'batch'; id: number; sessions: TrainingSession[] }
  | { type: 'done'; counts: LheoCounts }
  | { type: 'error'; code: LheoErrorCode | 'storage' };
