import { viewJourney, type Journey, type JourneyView } from '../../machines';

const views = new WeakMap<Journey, JourneyView>();

/** viewJourney() replays the statecharts; a journey object never changes once made, so its
 * view is computed once per step even though the wizard and the save both need it. */
export function viewOf(journey: Journey): JourneyView {
  let view = views.get(journey);
  if (!view) {
    view = viewJourney(journey);
    views.set(journey, view);
  }
  return view;
}
