/**
 * Runs `run` once the page is idle (at the latest after two seconds), so that work nobody waits
 * for yet (fetching and running a chunk ahead) does not land in the middle of a click.
 */
export const whenIdle: (run: () => void) => void =
  typeof requestIdleCallback === 'function' ? (run) => requestIdleCallback(run, { timeout: 2000 }) : (run) => setTimeout(run, 300);
