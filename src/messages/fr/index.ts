import type { Message } from '../types';
import { common } from './common';
import { home } from './home';
import { speech } from './speech';
import { kiosk } from './kiosk';

/**
 * The French catalogue is the reference: its keys are the `MessageKey` type, and every other
 * language must provide all of them (a missing key fails the typecheck).
 */
export const fr = {
  ...common,
  ...home,
  ...speech,
  ...kiosk,
} as const satisfies Record<string, Message>;

export type MessageKey = keyof typeof fr;
