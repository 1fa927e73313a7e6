import { useSyncExternalStore } from 'react';

/**
 * Hash routing: the app is one static page that works offline from the service worker's
 * cache, so every screen lives behind `#/…`. The plan shared by QR code also travels in the
 * fragment, which browsers never send to a server.
 */
export function currentPath(): string {
  const hash = window.location.hash.replace(/^#/, '');
  return hash.startsWith('/') ? hash : '/';
}

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

/** Matches `/accompagner/:id` style patterns; returns the named parts or null. */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split('/').filter(Boolean);
  const got = path.split('/').filter(Boolean);
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const w = want[i]!;
    const g = got[i]!;
    if (w.startsWith(':')) params[w.slice(1)] = decodeURIComponent(g);
    else if (w !== g) return null;
  }
  return params;
}
