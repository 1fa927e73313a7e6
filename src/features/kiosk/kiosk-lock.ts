import type { SettingsRepository } from '../../db';
import { currentPath, navigate } from '../../lib/router';

export const KIOSK_PATH = '/borne';
/** Kept here rather than with the other kiosk settings so that `resumeKioskIfActive` stays
 * tiny: the app's first chunk calls it and must not pull in the kiosk's code. */
export const KIOSK_ACTIVE_KEY = 'kiosk.active';

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
 * For the app's start-up: a kiosk that was running when the page was reloaded or the device
 * restarted opens on the kiosk again, whatever address it was on; leaving needs the PIN.
 */
export async function resumeKioskIfActive(settings: SettingsRepository): Promise<void> {
  if ((await settings.get<unknown>(KIOSK_ACTIVE_KEY)) === true && currentPath() !== KIOSK_PATH) {
    navigate(KIOSK_PATH, { replace: true });
  }
}
