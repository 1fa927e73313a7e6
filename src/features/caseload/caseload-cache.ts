import type { ResidentSummary, ResilientRepository } from '../../db';

/**
 * The list of files read ahead, while the home screen is idle, so that « Accompagner une
 * personne » draws the list in its first frame and a search answers from memory (issue 15).
 * It only ever holds what the storage held: any write to the files, in this tab, in another tab
 * or from another device, or a change of the storage's state, forgets it, and the screen then
 * reads the storage as before.
 */
export interface CaseloadPage {
  /** The newest files, newest first. */
  newest: ResidentSummary[];
  total: number;
  /** Every summary, newest first, once read. */
  all: ResidentSummary[] | null;
}

/** How many files the list shows at first, and adds at each « Afficher plus ». */
export const CASELOAD_PAGE = 20;

let cached: { repository: ResilientRepository; page: CaseloadPage } | null = null;
/** Bumped by every change: a read that started before it is not kept. */
let generation = 0;
const watched = new WeakSet<ResilientRepository>();

function forget() {
  generation++;
  cached = null;
}

function watch(repository: ResilientRepository) {
  if (watched.has(repository)) return;
  watched.add(repository);
  // A sync engine's writes go through the repository too, so they are among these.
  repository.subscribeResidents(forget);
  repository.onChangeElsewhere(forget);
  repository.subscribe(forget);
}

/** What was read ahead for this storage, if nothing changed since. */
export function cachedCaseload(repository: ResilientRepository): CaseloadPage | null {
  return cached?.repository === repository ? cached.page : null;
}

/** Keeps what a screen has just read, so that coming back to the list is instant too. */
export function keepCaseload(repository: ResilientRepository, page: CaseloadPage, readAt: number) {
  watch(repository);
  if (readAt === generation) cached = { repository, page };
}

/** The generation a read starts in: pass it to `keepCaseload` with what it read. */
export function caseloadGeneration(): number {
  return generation;
}

/** Reads the list ahead: the newest files and the count first, then every summary. */
export async function warmCaseload(repository: ResilientRepository): Promise<void> {
  if (cachedCaseload(repository)?.all) return;
  watch(repository);
  const start = generation;
  const [newest, total] = await Promise.all([repository.residents.newest(CASELOAD_PAGE), repository.residents.count()]);
  keepCaseload(repository, { newest, total, all: null }, start);
  const all = await repository.residents.list();
  keepCaseload(repository, { newest, total, all }, start);
}
