/**
 * Hash routing: the app is one static page that works offline from the service worker's
 * cache, so every screen lives behind `#/…`. The plan shared by QR code also travels in the
 * fragment, which browsers never send to a server.
 */
import { useSyncExternalStore } from 'react';
import { currentPath } from './paths';

export { currentPath, matchPath } from './paths';

function subscribe(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function usePath(): string {
  return useSyncExternalStore(subscribe, currentPath, () => '/');
}

/** `replace` keeps the browser history free of the step (the kiosk uses it so that Back
 * never brings a previous person's screen back). */
export function navigate(path: string, options: { replace?: boolean } = {}): void {
  const url = `${window.location.pathname}${window.location.search}#${path}`;
  if (options.replace) {
    window.history.replaceState(null, '', url);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else {
    window.location.hash = path;
  }
}

export function hrefTo(path: string): string {
  return `#${path}`;
}
