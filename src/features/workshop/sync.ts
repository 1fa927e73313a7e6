import type { ParcoursId } from '../../../machines';
import type { ReadingMode } from '../../messages/format';
import type { PresenterEvent, Slide } from './presenter.machine';

/**
 * The projector window and the facilitator's notes window talk over a BroadcastChannel: same
 * origin, same device, nothing leaves the browser, nothing is stored. The notes window asks for
 * the current slide when it opens and can step the presentation from the laptop.
 */
export const CHANNEL = 'passerelle-atelier';

export type WorkshopMessage =
  | { type: 'slide'; parcours: ParcoursId; slide: Slide; wording: ReadingMode }
  | { type: 'notes.hello' }
  | { type: 'command'; event: PresenterEvent };

export function openChannel(onMessage: (message: WorkshopMessage) => void): { post(message: WorkshopMessage): void; close(): void } {
  if (typeof BroadcastChannel === 'undefined') return { post: () => {}, close: () => {} };
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (e: MessageEvent<WorkshopMessage>) => onMessage(e.data);
  return { post: (m) => channel.postMessage(m), close: () => channel.close() };
}
