import { currentPath, navigate } from '../../lib/router';

export const KIOSK_PATH = '/borne';
// Named in src/lib/setting-keys.ts: start-up reads it before the kiosk's code is loaded.
export { KIOSK_ACTIVE_KEY } from '../../lib/setting-keys';

/**
 * While kiosk mode is on, no route but the kiosk's can be shown: Back, a typed address or an
 * old link bring the kiosk's start screen back, without adding to the history. Leaving needs
 * the staff PIN, which turns this off.
 */
function stayInKiosk() {
  if (currentPath() !== KIOSK_PATH) navigate(KIOSK_PATH, { replace: true });
}

let locked = false;

export function lockToKiosk(): void {
  document.documentElement.dataset.kiosk = 'on';
  if (locked) return;
  locked = true;
  window.addEventListener('hashchange', stayInKiosk);
  window.addEventListener('popstate', stayInKiosk);
}

export function unlockFromKiosk(): void {
  delete document.documentElement.dataset.kiosk;
  locked = false;
  window.removeEventListener('hashchange', stayInKiosk);
  window.removeEventListener('popstate', stayInKiosk);
}

export function isLockedToKiosk(): boolean {
  return locked;
}

/**
 * For the app's start-up, when the settings say a kiosk was running (the page was reloaded or
 * the device restarted): it opens on the kiosk again, whatever address it was on; leaving needs
 * the PIN. The setting is read by main.tsx before the storage layer loads (src/db/boot-settings.ts).
 */
export function resumeKiosk(): void {
  if (currentPath() !== KIOSK_PATH) navigate(KIOSK_PATH, { replace: true });
}
