import type { Message } from '../types';
import { common } from './common';
import { home } from './home';
import { speech } from './speech';
import { kiosk } from './kiosk';
import { caseload } from './caseload';
import { wizard } from './wizard';
import { planView } from './plan-view';

/**
 * The French catalogue is the reference: its keys are the `MessageKey` type, and every other
 * language must provide all of them (a missing key fails the typecheck).
 */
export const fr = {
  ...common,
  ...home,
  ...speech,
  ...kiosk,
  ...caseload,
  ...wizard,
  ...planView,
} as const satisfies Record<string, Message>;

export type MessageKey = keyof typeof fr;

/** The parts, for the test that no key is defined twice (a later spread would hide it). */
export const catalogueParts: Record<string, Record<string, Message>> = { common, home, speech, kiosk, caseload, wizard, planView };
