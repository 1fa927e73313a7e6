import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { ResidentFile, ResidentSummary } from '../../db';
import { useT } from '../../messages/i18n';
import { hrefTo } from '../../lib/router';
import { useRepository } from '../../lib/storage-context';
import { useFocusHeading } from '../../lib/use-focus-heading';
import { filesMatching } from './search';
import type { ImportError } from './residents';
import { startupReport } from './startup-report';
import { takeFlash } from './flash';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { parcoursLabelKey } from '../../lib/labels';
import { requestPersistence } from '../../lib/persistence';
import { staffDateTime } from '../../lib/dates';
import { afterPaint } from '../../lib/after-paint';
import { backupReminderDue } from './backup-reminder';
import { subscribeRemoteChanges, subscribeSyncState, syncState } from '../../sync';
import { SyncStatusLine } from './SyncStatusLine';
import { cachedCaseload, caseloadGeneration, CASELOAD_PAGE, keepCaseload, readAllSummaries, readFirstPage } from './caseload-cache';

/** Cards drawn in the first frame after the click: a little more than a tablet's screen holds.
 * The others are drawn once that frame is painted, so the list shows without waiting for the
 * cards nobody sees yet (issue 15). All of them are in the page a frame later, for the keyboard,
 * screen readers and the browser's search. */
export const FIRST_FRAME_CARDS = 8;

export function CaseloadScreen() {
  const t = useT();
  const repository = useRepository();
  const heading = useFocusHeading();
  // The newest files and the count come first; every summary (for the search and « Afficher
  // plus ») is read once that first screen is painted: 5,000 files list at once (issue 15).
  // What the home screen read ahead, when nothing changed since, is drawn in the first frame.
  const [ahead] = useState(() => cachedCaseload(repository));
  const [first, setFirst] = useState<{ files: ResidentSummary[]; total: number } | null>(ahead && { files: ahead.newest, total: ahead.total });
  const [files, setFiles] = useState<ResidentSummary[] | null>(ahead?.all ?? null);
  const loads = useRef(0);
  const [query, setQuery] = useState('');
  const [limit, setLimit] = useState(CASELOAD_PAGE);
  const [message, setMessage] = useState<string | null>(null);
  const [importError, setImportError] = useState<ImportError | null>(null);
  const [pendingReplace, setPendingReplace] = useState<{ incoming: ResidentFile; local: ResidentFile } | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const [reminder, setReminder] = useState<{ lastAt?: number; days: number } | null>(null);
  const [firstFrame, setFirstFrame] = useState(true);
  const syncOn = useSyncExternalStore(subscribeSyncState, syncState).kind !== 'off';

  /** `keptFirst`: on the screen's first load, the first page the read-ahead kept (still
   * current: any change forgets it) is not read again. A reload after a change always reads. */
  const reload = async (keptFirst = false) => {
    const load = ++loads.current;
    const readAt = caseloadGeneration();
    const kept = keptFirst ? cachedCaseload(repository) : null;
    const { newest, total } = kept ?? (await readFirstPage(repository));
    if (load !== loads.current) return;
    setFirst({ files: newest, total });
    await afterPaint();
    // The read-ahead may have read every summary meanwhile; any change since has forgotten it.
    const all = cachedCaseload(repository)?.all ?? (await readAllSummaries(repository));
    if (load !== loads.current) return;
    setFiles(all);
    keepCaseload(repository, { newest, total, all }, readAt);
  };
  useEffect(() => {
    // Read ahead and unchanged since: nothing to read again.
    if (!ahead?.all) void reload(true);
    // The caseload is what must not be evicted; Réglages shows whether the browser agreed.
    // Asked once the list is painted: the browser's answer changes nothing on this screen.
    void afterPaint().then(() => {
      setFirstFrame(false);
      void requestPersistence();
    });
    void backupReminderDue(repository, new Date())
      .then((r) => setReminder(r.due ? r : null))
      .catch(() => setReminder(null));
    const notice = takeFlash();
    if (notice) setMessage(notice);
    const purged = startupReport.purged;
    if (purged && purged.count > 0) {
      setMessage(t('caseload.purged', { count: purged.count, days: purged.days }));
      startupReport.purged = null;
    }
    // Once per repository: the one-time notices must not come back when the wording mode changes.
  }, [repository]);
  // A file written or forgotten in another tab shows here at once.
  useEffect(() => repository.onChangeElsewhere(() => void reload()), [repository]);
  // Files arriving from or forgotten on another device show up without a reload.
  useEffect(() => subscribeRemoteChanges(() => void reload()), [repository]);

  const matching = useMemo(() => (files ? filesMatching(files, query) : null), [files, query]);
  // Before every summary is read, only the newest can show, and only without a search.
  const listing = matching ?? (query === '' ? (first?.files ?? null) : null);
  const total = matching ? matching.length : (first?.total ?? 0);
  const shown = listing?.slice(0, limit) ?? [];
  const drawn = firstFrame ? shown.slice(0, FIRST_FRAME_CARDS) : shown;
  const dateFormat = staffDateTime();

  async function store(file: ResidentFile) {
    await repository.residents.put(file);
    setMessage(t('import.done', { name: file.nickname }));
    setPendingReplace(null);
    await reload();
  }

  async function onImport(input: HTMLInputElement) {
    const chosen = input.files?.[0];
    input.value = '';
    if (!chosen) return;
    setImportError(null);
    setMessage(null);
    // The validator (zod and the statecharts) loads only when a file is imported.
    const { parseResidentExport } = await import('./residents');
    const result = parseResidentExport(await chosen.text(), new Date());
    if (!result.ok) {
      setImportError(result.error);
      return;
    }
    // A damaged copy on the device is replaced by the readable one being imported.
    const local = await repository.residents.get(result.file.id).catch(() => undefined);
    if (local && local.updatedAt > result.file.updatedAt) {
      setPendingReplace({ incoming: result.file, local });
      return;
    }
    await store(result.file);
  }

  return (
    <section aria-labelledby="caseload-title">
      <h1 id="caseload-title" ref={heading} tabIndex={-1}>
        {t('caseload.title')}
      </h1>
      <p>{t(syncOn ? 'sync.caseload.intro' : 'caseload.intro')}</p>
      <SyncStatusLine />
      {message && (
        <p className="notice" role="status">
          {message}
        </p>
      )}
      {reminder && (
        <p className="notice notice--reminder">
          {reminder.lastAt === undefined ? t('backup.reminder.never') : t('backup.reminder', { days: reminder.days })}{' '}
          <a href={hrefTo('/accompagner/reglages')}>{t('backup.reminder.link')}</a>
        </p>
      )}
      {importError && (
        <p className="error-message" role="alert">
          {t(`import.error.${importError}`)}
        </p>
      )}
      <div className="toolbar">
        <a className="button" href={hrefTo('/accompagner/nouveau')}>
          {t('caseload.new')}
        </a>
        <button type="button" className="button button--secondary" onClick={() => fileInput.current?.click()}>
          {t('caseload.import')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          className="visually-hidden"
          aria-label={t('import.choose')}
          tabIndex={-1}
          onChange={(e) => void onImport(e.currentTarget)}
        />
        <a className="button button--secondary" href={hrefTo('/accompagner/reglages')}>
          {t('caseload.settings')}
        </a>
      </div>

      <div className="field">
        <label htmlFor="caseload-search">{t('caseload.search')}</label>
        <input
          id="caseload-search"
          type="search"
          value={query}
          autoComplete="off"
          onChange={(e) => {
            setQuery(e.target.value);
            setLimit(CASELOAD_PAGE);
          }}
        />
      </div>

      {first === null ? (
        <p role="status">{t('status.loading')}</p>
      ) : first.total === 0 && (files ?? []).length === 0 ? (
        <p>{t('caseload.empty')}</p>
      ) : listing === null ? (
        <p role="status">{t('status.loading')}</p>
      ) : total === 0 ? (
        <p role="status">{t('caseload.noMatch', { query })}</p>
      ) : (
        <>
          <p role="status">{t('caseload.count', { shown: shown.length, total })}</p>
          <ul className="file-list">
            {drawn.map((file) => (
              <li key={file.id} className="file-card">
                <a href={hrefTo(`/accompagner/${file.id}`)} aria-label={t('caseload.open', { name: file.damaged ? t('unreadable.name') : file.nickname })}>
                  <span className="file-card__name">{file.damaged ? t('unreadable.name') : file.nickname}</span>
                </a>
                <dl className="file-card__facts">
                  <div>
                    <dt>{t('caseload.column.parcours')}</dt>
                    <dd>{file.parcours ? t(parcoursLabelKey(file.parcours)) : t('caseload.parcours.none')}</dd>
                  </div>
                  <div>
                    <dt>{t('caseload.column.progress')}</dt>
                    <dd>
                      {file.progress?.done
                        ? t('caseload.progress.done')
                        : t('caseload.progress.step', { step: file.progress?.step ?? 1, stepCount: file.progress?.stepCount ?? 1 })}
                    </dd>
                  </div>
                  <div>
                    <dt>{t('caseload.column.updated')}</dt>
                    <dd>{dateFormat.format(file.updatedAt)}</dd>
                  </div>
                </dl>
              </li>
            ))}
          </ul>
          {total > shown.length && (
            <button type="button" className="button button--secondary" onClick={() => setLimit(limit + CASELOAD_PAGE)}>
              {t('caseload.showMore')}
            </button>
          )}
        </>
      )}
      <ConfirmDialog
        open={pendingReplace !== null}
        title={t('import.replace.title')}
        confirmLabel={t('import.replace.confirm')}
        cancelLabel={t('import.replace.keep')}
        onConfirm={() => pendingReplace && void store(pendingReplace.incoming)}
        onCancel={() => setPendingReplace(null)}
      >
        {pendingReplace && (
          <p>
            {t('import.replace.text', {
              name: pendingReplace.local.nickname,
              local: dateFormat.format(pendingReplace.local.updatedAt),
              incoming: dateFormat.format(pendingReplace.incoming.updatedAt),
            })}
          </p>
        )}
      </ConfirmDialog>
      <p>
        <a href={hrefTo('/')}>
          {t('nav.home')}
        </a>
      </p>
    </section>
  );
}
