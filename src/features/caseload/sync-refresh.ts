import type { Refresh } from '../../sync/merge';

/** How the sync rebuilds a merged file's list facts; loaded only when sync runs (zod, statecharts). */
export const loadRefresh = (): Promise<Refresh> =>
  import('./residents').then(({ withJourney }) => (file, journey) => withJourney(file, journey, new Date(file.updatedAt)));
