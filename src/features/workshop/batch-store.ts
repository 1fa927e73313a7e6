import { useSyncExternalStore } from 'react';
import type { Answers, ParcoursId, Plan } from '../../../machines';

/**
 * The group's plans, in this page's memory only: never IndexedDB, never Web Storage (issue 14;
 * the kiosk's decision record explains why memory rather than a store wiped later). Leaving
 * the workshop empties it, after a warning (`LeaveGuard` in WorkshopRoutes).
 */
export interface Participant {
  id: number;
  label: string;
  answers: Answers;
  parcours: ParcoursId;
  plan: Plan;
}

let participants: readonly Participant[] = [];
let nextId = 1;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());

export const batch = {
  list: (): readonly Participant[] => participants,
  add(p: Omit<Participant, 'id'>): Participant {
    const added = { ...p, id: nextId++ };
    participants = [...participants, added];
    emit();
    return added;
  },
  remove(id: number) {
    participants = participants.filter((p) => p.id !== id);
    emit();
  },
  forget() {
    participants = [];
    emit();
  },
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

export function useBatch(): readonly Participant[] {
  return useSyncExternalStore(batch.subscribe, batch.list, batch.list);
}
