import { useRegisterSW } from 'virtual:pwa-register/react';
import { useT } from '../messages/i18n';

/**
 * A new release is installed in the background and waits: the person chooses when to reload,
 * so nobody is interrupted in the middle of an answer (every answer is already saved).
 */
export function UpdatePrompt() {
  const t = useT();
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW();
  if (!needRefresh) return null;
  return (
    <div className="banner banner--info" role="status">
      <p>{t('update.available')}</p>
      <div className="banner__actions">
        <button type="button" className="button" onClick={() => void updateServiceWorker(true)}>
          {t('update.reload')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => setNeedRefresh(false)}>
          {t('update.later')}
        </button>
      </div>
    </div>
  );
}
