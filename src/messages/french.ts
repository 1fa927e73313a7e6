import type { Message } from './types';
import { common } from './fr/common';
import { home } from './fr/home';
import { inclusion } from './fr/inclusion';

/**
 * The French messages the page has loaded so far. The home screen, its header and banners need
 * only these few parts; the rest of the catalogue (about 25 KB gzip) comes with the first route
 * that needs it (`./fr/screens`, imported by every lazily loaded route module), so the home
 * screen does not pay for it (issue 15). tests/messages/boot-catalogue.test.ts checks that every
 * key written in a module loaded at start-up is in this first part.
 */
export const frenchAtStartup: Readonly<Record<string, Message>> = { ...common, ...home, ...inclusion };

export const frenchLoaded: Record<string, Message> = { ...frenchAtStartup };

export function addFrench(messages: Record<string, Message>): void {
  Object.assign(frenchLoaded, messages);
}
