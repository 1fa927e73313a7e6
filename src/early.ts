/**
 * A second entry of a few bytes, placed before the main script (vite.config.ts, `earlyEntry`):
 * the browser runs it as soon as it arrives, while the main bundle (React, the app's start-up
 * code) is still downloading. It starts fetching the screen the page opens on, instead of
 * once that bundle has run (issue 15): a plan opened from its QR code on a phone, a kiosk
 * restarted on its start screen, a file reopened at its address. Each module is the one App.tsx
 * renders for that address: fetched and evaluated once.
 */
// First: zod must be told not to compile its parsers (the Content-Security-Policy forbids it)
// before a screen module below builds any schema.
import './lib/zod-config';
import { bootSettings } from './boot-read';
import { KIOSK_ACTIVE_KEY } from './lib/setting-keys';
import { currentPath } from './lib/paths';
import { ROUTE_MODULES, routeModuleOf, type RouteModule } from './app/routes';

const opening = routeModuleOf(currentPath());
// A plan from a QR code reads nothing of the device; anywhere else a kiosk comes back to its
// start screen whatever the address (main.tsx, resumeKiosk).
const screen: Promise<RouteModule | undefined> =
  opening === 'share' ? Promise.resolve(opening) : bootSettings.then((boot) => (boot[KIOSK_ACTIVE_KEY] === true ? 'kiosk' : opening));
void screen.then((module): Promise<unknown> | undefined => module && ROUTE_MODULES[module]()).catch(() => undefined);
