import type { Message } from '../types';
import { screenParts } from './parts';
import { planParts } from './plan-parts';
import { staffParts } from './staff-parts';
import { workshop } from './workshop';

const { common, home, speech, kiosk, caseload, wizard, orientation, questions, inclusion, safekeeping, localPlans, sync } = screenParts;
const { planView, plan, print, planPlaces } = planParts;
const { settings, staffTools } = staffParts;

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
  ...plan,
  ...planView,
  ...print,
  ...workshop,
  ...inclusion,
  ...safekeeping,
  ...localPlans,
  ...sync,
  ...planPlaces,
  ...settings,
  ...staffTools,
} as const satisfies Record<string, Message>;

export type MessageKey = keyof typeof fr;

/**
 * A translation. Typed partial so that a key added to the French files never breaks the
 * typecheck of the other engineers; tests/messages/translations.test.ts fails until every language
 * has it (and the run time shows the French text meanwhile).
 */
export type Translation = Partial<Record<MessageKey, Message>>;

/** The parts, for the test that no key is defined twice (a later spread would hide it). */
export const catalogueParts: Record<string, Record<string, Message>> = { ...screenParts, ...planParts, ...staffParts, workshop };
