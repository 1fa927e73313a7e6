// The words of a plan (its steps, the plan screen, the printed and the shared plan), loaded by the
// modules that draw one (./plan-screens), not before the first question (issue 15).
import { plan } from './plan';
import { planView } from './plan-view';
import { print } from './print';
import { planPlaces } from './plan-places';

export const planParts = { plan, planView, print, planPlaces };
