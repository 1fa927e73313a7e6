import { preloadable } from '../lib/lazy-route';

/**
 * The wizard and its plan (the statecharts, the catalogue, the forms): a chunk of its own, shared
 * by the mediator's files and the kiosk, fetched after the screens a click shows first (the list
 * of files, the kiosk's start screen) so that it never holds them up (issue 15).
 */
export const GuidedPathRoute = preloadable(() => import('./GuidedPath'));
