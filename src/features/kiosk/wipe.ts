import { stopSpeaking } from '../../lib/speech';
import { KIOSK_PATH } from './kiosk-lock';

/**
 * Removes what a kiosk session may have left in the browser beyond React's own state (which
 * goes when the session unmounts). Brief §6: the next person must find nothing.
 *
 * Passerelle keeps its durable data in IndexedDB only, never in Web Storage; a kiosk device
 * runs only the kiosk. So both Web Storage areas are emptied entirely: whatever a screen of the
 * session (or a future one) may have put there goes with it.
 */
export function wipeSessionTraces(): void {
  stopSpeaking();
  for (const storage of [sessionStorageOrNull(), localStorageOrNull()]) {
    try {
      storage?.clear();
    } catch {
      // Storage disabled by the browser: nothing was kept there either.
    }
  }
  // One history entry, with no state object, whatever the session did: Back cannot bring a
  // previous screen back, and `history.state` says nothing of it.
  window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}#${KIOSK_PATH}`);
  window.getSelection?.()?.removeAllRanges();
}

function sessionStorageOrNull(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

function localStorageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
