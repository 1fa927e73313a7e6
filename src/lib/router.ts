/**
 * Hash routing: the app is one static page that works offline from the service worker's
 * cache, so every screen lives behind `#/…`. The plan shared by QR code also travels in the
 * fragment, which browsers never send to a server.
 */
import { useEffect, useState, useTransition } from 'react';
import { currentPath } from './paths';

export { currentPath, matchPath } from './paths';

/** Set by `navigate(…, { replace: true })` for the change it dispatches itself. */
let urgent = false;

/**
 * The address's path, and whether a new screen is being made ready. A link or Back moves to the
 * new screen in a transition: the screen on display stays until the new one can be drawn,
 * instead of a « Chargement… » that React then keeps up for at least 300 ms (its fallback
 * throttle), even when the screen's code was only a few milliseconds away (issue 15). A replace
 * (the kiosk's reset, a forgotten file) changes the screen at once: nothing of the previous
 * screen stays up while the next one loads.
 */
export function usePath(): { path: string; changing: boolean } {
  // Built into the page at build time (src/prerender.tsx), there is no address: the home.
  const [path, setPath] = useState(() => (typeof window === 'undefined' ? '/' : currentPath()));
  const [changing, startTransition] = useTransition();
  useEffect(() => {
    const follow = () => {
      const next = currentPath();
      if (urgent) setPath(next);
      else startTransition(() => setPath(next));
    };
    window.addEventListener('hashchange', follow);
    // The address may have changed between the first render and this effect.
    follow();
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  return { path, changing };
}

/** `replace` keeps the browser history free of the step (the kiosk uses it so that Back
 * never brings a previous person's screen back). */
export function navigate(path: string, options: { replace?: boolean } = {}): void {
  const url = `${window.location.pathname}${window.location.search}#${path}`;
  if (options.replace) {
    window.history.replaceState(null, '', url);
    urgent = true;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    urgent = false;
  } else {
    window.location.hash = path;
  }
}

export function hrefTo(path: string): string {
  return `#${path}`;
}
