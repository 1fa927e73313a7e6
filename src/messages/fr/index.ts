import type { Message } from '../types';
import { common } from './common';
import { home } from './home';
import { speech } from './speech';
import { kiosk } from './kiosk';
import { caseload } from './caseload';
import { wizard } from './wizard';
import { planView } from './plan-view';
import { plan } from './plan';
import { orientation } from './orientation';
import { questions } from './questions';
import { print } from './print';
import { workshop } from './workshop';
import { inclusion } from './inclusion';
import { sync } from './sync';

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
  ...questions,
  ...orientation,
  // plan.ts before plan-view.ts: five keys are in both, and the screen's wording wins
  ...plan,
  ...planView,
  ...print,
  ...workshop,
  ...inclusion,
  ...sync,
} as const satisfies Record<string, Message>;

export type MessageKey = keyof typeof fr;

/** The parts, for the test that no key is defined twice (a later spread would hide it). */
export const catalogueParts: Record<string, Record<string, Message>> = { common, home, speech, kiosk, caseload, wizard, questions, orientation, plan, planView, print, workshop, inclusion, sync };
