import { stopSpeaking } from '../../lib/speech';
import { KIOSK_PATH } from './kiosk-lock';
import { FIRST_SCREEN_KEY } from '../../lib/first-screen';

/**
 * Removes what a kiosk session may have left in the browser beyond React's own state (which
 * goes when the session unmounts). Brief §6: the next person must find nothing.
 *
 * Passerelle keeps its durable data in IndexedDB only; in Web Storage, only the device's
 * start-up settings mirrored for the page's first paint (src/lib/first-screen.ts: on a kiosk,
 * that it is one). A kiosk device runs only the kiosk. So both Web Storage areas are emptied
 * entirely but for that mirror: whatever a screen of the session (or a future one) may have put
 * there goes with it, and a kiosk reloaded after a session still opens without the home screen.
 */
export function wipeSessionTraces(): void {
  stopSpeaking();
  for (const [storage, keep] of [
    [sessionStorageOrNull(), null],
    [localStorageOrNull(), FIRST_SCREEN_KEY],
  ] as const) {
    try {
      const kept = keep && storage ? storage.getItem(keep) : null;
      storage?.clear();
      if (keep && kept !== null) storage?.setItem(keep, kept);
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
