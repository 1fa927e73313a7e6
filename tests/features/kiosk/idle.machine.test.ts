import { describe, expect, it } from 'vitest';
import { createActor, SimulatedClock } from 'xstate';
import { idleMachine } from '../../../src/features/kiosk/idle.machine';

/** Moves simulated time forward a second at a time, as a real clock would pass through it
 * (SimulatedClock.increment only fires the timers that were already due before the jump). */
function advance(clock: SimulatedClock, ms: number) {
  for (let left = ms; left > 0; left -= 1000) clock.increment(Math.min(1000, left));
}

function start(input = { idleSeconds: 90, warningSeconds: 30 }) {
  const clock = new SimulatedClock();
  const actor = createActor(idleMachine, { input, clock });
  actor.start();
  return { actor, clock };
}

describe('the kiosk inactivity watch', () => {
  it('stays active until the idle delay has passed, then warns with the full countdown', () => {
    const { actor, clock } = start();
    advance(clock, 89_999);
    expect(actor.getSnapshot().matches('active')).toBe(true);
    advance(clock, 1);
    expect(actor.getSnapshot().matches('warning')).toBe(true);
    expect(actor.getSnapshot().context.secondsLeft).toBe(30);
  });

  it('counts the warning down second by second, then ends the session', () => {
    const { actor, clock } = start();
    advance(clock, 90_000);
    advance(clock, 1_000);
    expect(actor.getSnapshot().context.secondsLeft).toBe(29);
    advance(clock, 28_000);
    expect(actor.getSnapshot().context.secondsLeft).toBe(1);
    expect(actor.getSnapshot().status).toBe('active');
    advance(clock, 1_000);
    expect(actor.getSnapshot().matches('expired')).toBe(true);
    expect(actor.getSnapshot().status).toBe('done');
  });

  it('restarts the idle delay on each touch or key', () => {
    const { actor, clock } = start();
    advance(clock, 80_000);
    actor.send({ type: 'activity' });
    advance(clock, 80_000);
    expect(actor.getSnapshot().matches('active')).toBe(true);
    advance(clock, 10_000);
    expect(actor.getSnapshot().matches('warning')).toBe(true);
  });

  it('goes back to the session on "Je suis encore là", with a fresh idle delay and countdown', () => {
    const { actor, clock } = start();
    advance(clock, 90_000 + 20_000);
    expect(actor.getSnapshot().context.secondsLeft).toBe(10);
    actor.send({ type: 'presence.confirm' });
    expect(actor.getSnapshot().matches('active')).toBe(true);
    advance(clock, 89_000);
    expect(actor.getSnapshot().matches('active')).toBe(true);
    advance(clock, 1_000);
    expect(actor.getSnapshot().context.secondsLeft).toBe(30);
  });

  it('is not cancelled by a stray touch during the warning', () => {
    const { actor, clock } = start();
    advance(clock, 90_000);
    actor.send({ type: 'activity' });
    expect(actor.getSnapshot().matches('warning')).toBe(true);
    advance(clock, 30_000);
    expect(actor.getSnapshot().matches('expired')).toBe(true);
  });

  it('ends at once on "Effacer mes réponses"', () => {
    const { actor } = start();
    actor.send({ type: 'session.reset' });
    expect(actor.getSnapshot().status).toBe('done');
  });

  it('follows the delays set by staff', () => {
    const { actor, clock } = start({ idleSeconds: 20, warningSeconds: 5 });
    advance(clock, 20_000);
    expect(actor.getSnapshot().context.secondsLeft).toBe(5);
    advance(clock, 5_000);
    expect(actor.getSnapshot().matches('expired')).toBe(true);
  });
});
