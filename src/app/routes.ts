import { matchPath } from '../lib/paths';

/**
 * Which screen module an address opens, written once for App.tsx (which renders it) and
 * src/early.ts (which starts fetching it before the main bundle has run, issue 15). Each mode is
 * its own chunk: the kiosk's first screen does not pay for the caseload or the PDF.
 */
export const ROUTE_MODULES = {
  // The plan opened from its QR code: read-only, decoded from the fragment (never sent anywhere).
  share: () => import('./share'),
  // Staff: the structure's address book and training sessions, from the mediator's settings or
  // the kiosk's staff screen.
  directory: () => import('./directory'),
  trainings: () => import('./trainings'),
  mediator: () => import('./mediator'),
  // The workshop is composed with the plan pieces it prints (src/app/workshop.tsx).
  workshop: () => import('./workshop'),
  kiosk: () => import('./kiosk'),
};
export type RouteModule = keyof typeof ROUTE_MODULES;

/** The screen module of `path` (the router's path, without `#`): none for the home screen and
 * for an unknown address. */
export function routeModuleOf(path: string): RouteModule | undefined {
  if (path === '/p' || path.startsWith('/p/')) return 'share';
  if (path === '/accompagner/annuaire' || path === '/borne/annuaire') return 'directory';
  if (path === '/accompagner/formations' || path === '/borne/formations') return 'trainings';
  if (path === '/accompagner' || matchPath('/accompagner/:id', path)) return 'mediator';
  if (path === '/atelier' || matchPath('/atelier/:parcours', path)) return 'workshop';
  if (path === '/borne') return 'kiosk';
  return undefined;
}
