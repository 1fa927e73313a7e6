/**
 * How two devices' copies of one file become one (docs/decisions/2026-12-01-sync.md).
 * Pure functions: the engine calls them, the unit tests call them without a browser.
 *
 * Each synced answer carries a stamp (when and on which device it was last changed), kept
 * beside the file inside the encrypted document. Merging takes, per question, the answer
 * with the latest stamp; every other answer to that question is kept as an alternative the
 * mediator sees. The result depends only on the set of copies, never on which device merges,
 * so two devices resolving the same conflict at once write the same content and stop there.
 */
import { changeAnswer, fromRecord, type AnswerValue, type Journey } from '../../machines';
import type { ResidentFile, SyncAlternative } from '../db';

export interface Stamp {
  at: number;
  device: string;
}

/** What one synced document holds, once decrypted. */
export interface FilePayload {
  file: ResidentFile;
  stamps: Record<string, Stamp>;
}

/** Rebuilds what the list shows (parcours, progress) from a journey: the caseload's `withJourney`. */
export type Refresh = (file: ResidentFile, journey: Journey) => ResidentFile;

/** JSON with sorted keys: two equal values always give the same text. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

function answersOf(file: ResidentFile): Record<string, AnswerValue> {
  try {
    return fromRecord(file.journey).answers;
  } catch {
    return {};
  }
}

/** Stamps for a file about to be sent: answers that differ from the last synced copy are
 * stamped now, with this device; the others keep the stamp they had. */
export function stampChanges(previous: FilePayload | undefined, file: ResidentFile, device: string): Record<string, Stamp> {
  const before = previous ? answersOf(previous.file) : {};
  const stamps: Record<string, Stamp> = {};
  for (const [questionId, value] of Object.entries(answersOf(file))) {
    const kept = previous?.stamps[questionId];
    const unchanged = questionId in before && canonical(before[questionId]) === canonical(value);
    stamps[questionId] = unchanged ? (kept ?? { at: previous!.file.updatedAt, device: '' }) : { at: file.updatedAt, device };
  }
  return stamps;
}

function later(a: Stamp & { value: string }, b: Stamp & { value: string }): boolean {
  if (a.at !== b.at) return a.at > b.at;
  if (a.device !== b.device) return a.device > b.device;
  return a.value > b.value;
}

/** One file from several copies of it (the winning revision and its conflicts). */
export function mergeCopies(copies: readonly FilePayload[], refresh: Refresh): FilePayload {
  if (copies.length === 0) throw new Error('mergeCopies needs at least one copy');
  // A fixed order, so that the merge never depends on which device runs it.
  const ordered = [...copies].sort((a, b) => b.file.updatedAt - a.file.updatedAt || (canonical(a) < canonical(b) ? -1 : 1));
  if (ordered.length === 1) return ordered[0]!;
  const newest = ordered[0]!;
  const journeys = ordered.map((copy) => {
    try {
      return fromRecord(copy.file.journey);
    } catch {
      return { answers: {}, trail: [] } satisfies Journey;
    }
  });
  // The copy that went furthest gives the path; the answers of all the others are laid on it.
  let baseIndex = 0;
  journeys.forEach((j, i) => {
    if (j.trail.length > journeys[baseIndex]!.trail.length) baseIndex = i;
  });

  const stamps: Record<string, Stamp> = {};
  const winners: Record<string, AnswerValue> = {};
  const alternatives: SyncAlternative[] = ordered.flatMap((copy) => copy.file.syncAlternatives ?? []);
  const questionIds = [...new Set(journeys.flatMap((j) => Object.keys(j.answers)))].sort();
  for (const questionId of questionIds) {
    const candidates = ordered.flatMap((copy, i) => {
      const value = journeys[i]!.answers[questionId];
      if (value === undefined) return [];
      const stamp = copy.stamps[questionId] ?? { at: 0, device: '' };
      return [{ ...stamp, value: canonical(value), raw: value }];
    });
    let best = candidates[0]!;
    for (const c of candidates) if (later(c, best)) best = c;
    winners[questionId] = best.raw;
    stamps[questionId] = { at: best.at, device: best.device };
    for (const c of candidates) if (c.value !== best.value) alternatives.push({ questionId, value: c.raw, device: c.device, at: c.at });
  }

  let journey: Journey = journeys[baseIndex]!;
  for (const questionId of questionIds) {
    const value = winners[questionId]!;
    if (canonical(journey.answers[questionId]) === canonical(value)) continue;
    try {
      // Replays the statecharts, so a changed answer that changes the path gives a valid trail.
      journey = changeAnswer(journey, questionId, value);
    } catch {
      // A value today's questions refuse is still kept, never thrown away.
      journey = { ...journey, answers: { ...journey.answers, [questionId]: value } };
    }
  }

  const planProgress: NonNullable<ResidentFile['planProgress']> = {};
  for (const copy of [...ordered].reverse()) Object.assign(planProgress, copy.file.planProgress ?? {});

  const seen = new Set<string>();
  const kept = alternatives
    .filter((alt) => canonical(alt.value) !== canonical(winners[alt.questionId]))
    .filter((alt) => {
      const key = canonical(alt);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => (a.questionId < b.questionId ? -1 : a.questionId > b.questionId ? 1 : a.at - b.at || (a.device < b.device ? -1 : 1)));

  const base = ordered[baseIndex]!.file;
  const merged: ResidentFile = {
    ...refresh({ ...newest.file, ui: base.ui }, journey),
    createdAt: Math.min(...ordered.map((c) => c.file.createdAt)),
    updatedAt: newest.file.updatedAt,
  };
  if (Object.keys(planProgress).length > 0) merged.planProgress = planProgress;
  if (kept.length > 0) merged.syncAlternatives = kept;
  else delete merged.syncAlternatives;
  // The record's own save time would make two devices' merges differ by a millisecond.
  if (merged.journey && typeof merged.journey === 'object' && 'savedAt' in merged.journey) {
    (merged.journey as { savedAt: string }).savedAt = new Date(newest.file.updatedAt).toISOString();
  }
  return { file: merged, stamps };
}
