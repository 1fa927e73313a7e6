import { currentPath, navigate } from '../../lib/router';

export const KIOSK_PATH = '/borne';

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
