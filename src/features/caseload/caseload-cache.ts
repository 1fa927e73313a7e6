import type { ResidentSummary, ResilientRepository } from '../../db';
import { whenIdle } from '../../lib/idle';
import { currentPath } from '../../lib/paths';

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

/** A read under way, shared by the read-ahead and the screen while nothing changed since it
 * started: the list is never read twice at once. Once it ends, the next caller reads again (what
 * is kept between screens is `cached`, checked against the generation). */
class SharedRead<T> {
  private current: { repository: ResilientRepository; generation: number; value: Promise<T> } | null = null;
  get(repository: ResilientRepository, read: () => Promise<T>): Promise<T> {
    // Its changes end the sharing, whether the home read ahead or the app opened on the list.
    watch(repository);
    const current = this.current;
    if (current?.repository === repository && current.generation === generation) return current.value;
    const entry = { repository, generation, value: read() };
    this.current = entry;
    const done = () => {
      if (this.current === entry) this.current = null;
    };
    entry.value.then(done, done);
    return entry.value;
  }
}

type FirstPage = Pick<CaseloadPage, 'newest' | 'total'>;
const firstPages = new SharedRead<FirstPage>();
const everySummary = new SharedRead<ResidentSummary[]>();
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

/**
 * The newest files and the count. A click on « Accompagner une personne » while the read-ahead
 * is reading them waits for that read instead of starting a second one.
 */
export function readFirstPage(repository: ResilientRepository): Promise<FirstPage> {
  return firstPages.get(repository, async () => {
    const [newest, total] = await Promise.all([repository.residents.newest(CASELOAD_PAGE), repository.residents.count()]);
    return { newest, total };
  });
}

/** Every summary, newest first (5,000 files are read once at a time, whoever asks first). */
export function readAllSummaries(repository: ResilientRepository): Promise<ResidentSummary[]> {
  return everySummary.get(repository, () => repository.residents.list());
}

/**
 * Reads the list ahead: the newest files and the count first, then, once the page is idle
 * again, every summary. That second read is the long one (5,000 files: 60 to 200 ms of the main
 * thread with the CPU slowed 4×, to copy the rows out of IndexedDB), and a click
 * on « Accompagner une personne » right after the home screen shows must not wait behind it:
 * the screen needs only the first page to draw the list (issue 15). Once the person has left
 * the home screen, the second read is not started here: on the list, the screen reads it once
 * it is painted (a read started during the move delayed the list by as long as the read); on
 * another screen (the kiosk, the workshop), nobody needs the files in memory.
 */
export async function warmCaseload(repository: ResilientRepository): Promise<void> {
  if (cachedCaseload(repository)?.all) return;
  watch(repository);
  const start = generation;
  const { newest, total } = await readFirstPage(repository);
  keepCaseload(repository, { newest, total, all: null }, start);
  await new Promise<void>((idle) => whenIdle(idle));
  if (start !== generation || currentPath() !== '/' || cachedCaseload(repository)?.all) return;
  const all = await readAllSummaries(repository);
  keepCaseload(repository, { newest, total, all }, start);
}
