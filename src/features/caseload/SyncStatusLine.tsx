import { useEffect, useState, useSyncExternalStore } from 'react';
import { useT } from '../../messages/i18n';
import { retrySync, subscribeSyncState, syncState } from '../../sync';

const MINUTE = 60_000;

/** « Synchronisé il y a 2 min », « Hors ligne : 3 dossiers à envoyer », a failure and « Réessayer ». */
export function SyncStatusLine() {
  const t = useT();
  const state = useSyncExternalStore(subscribeSyncState, syncState);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    setNow(Date.now());
    if (state.kind !== 'synced') return;
    const timer = setInterval(() => setNow(Date.now()), MINUTE / 2);
    return () => clearInterval(timer);
  }, [state]);

  if (state.kind === 'off') return null;
  let text: string;
  let problem = false;
  switch (state.kind) {
    case 'connecting':
      text = t('sync.status.connecting');
      break;
    case 'syncing':
      text = t('sync.status.syncing');
      break;
    case 'synced': {
      const minutes = Math.floor(Math.max(0, now - state.at) / MINUTE);
      text = minutes < 1 ? t('sync.status.syncedNow') : t('sync.status.synced', { minutes });
      break;
    }
    case 'offline':
      text = t('sync.status.offline', { count: state.pending });
      problem = true;
      break;
    case 'failed':
      text = t(`sync.failure.${state.reason}`);
      problem = true;
      break;
  }
  return (
    <div className={`sync-status${problem ? ' sync-status--problem' : ''}`}>
      <p role="status" className="sync-status__text">
        {text}
      </p>
      {problem && (
        <button type="button" className="button button--secondary" onClick={() => retrySync()}>
          {t('sync.retry')}
        </button>
      )}
    </div>
  );
}
