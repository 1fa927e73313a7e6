import { createContext, useContext, useSyncExternalStore } from 'react';

/** What a step tells about the resident's file: saved on the device, being saved, or only in memory. */
export type SaveStatus = 'saved' | 'saving' | 'memory';

/**
 * The save status of the file on screen, outside React's state: each write starts and ends
 * with a change of status, and only the status line follows it (StepFrame). Held as the
 * screen's state, each change re-rendered the whole wizard twice per answer, while the next
 * click waited (issue 15).
 */
export class SaveStatusStore {
  private listeners = new Set<() => void>();
  constructor(private status: SaveStatus) {}
  readonly get = (): SaveStatus => this.status;
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
  set(status: SaveStatus): void {
    if (status === this.status) return;
    this.status = status;
    for (const listener of this.listeners) listener();
  }
}

/** The file's save status, for the steps inside; none outside a resident's file (kiosk, workshop). */
export const SaveStatusContext = createContext<SaveStatusStore | null>(null);

const noStore = { get: () => undefined, subscribe: () => () => undefined };

export function useSaveStatus(): SaveStatus | undefined {
  const store = useContext(SaveStatusContext) ?? noStore;
  return useSyncExternalStore(store.subscribe, store.get);
}
