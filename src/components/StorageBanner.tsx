import { useT } from '../messages/i18n';
import { useStorageStatus } from '../lib/storage-context';

/** Says plainly, and once, that answers will not be kept (no IndexedDB, or disk full). */
export function StorageBanner() {
  const t = useT();
  const status = useStorageStatus();
  if (status === 'ok') return null;
  return (
    <div className="banner banner--warning" role="alert">
      {t(status === 'unavailable' ? 'storage.unavailable' : status === 'closed' ? 'storage.closed' : 'storage.writeFailed')}
    </div>
  );
}
