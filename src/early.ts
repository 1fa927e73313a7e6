/**
 * A second entry of a few bytes, placed before the main script (vite.config.ts, `earlyEntry`):
 * it runs as soon as it arrives, while the main bundle is still downloading. A plan opened from
 * its QR code (#/p/…) on a phone then starts fetching its screen's chunks at once, instead of
 * once React and the app's start-up code have been run (issue 15: the plan on a phone). The
 * module is the one App.tsx renders for that address: fetched and evaluated once.
 */
if (window.location.hash.startsWith('#/p/')) void import('./app/share').catch(() => undefined);
