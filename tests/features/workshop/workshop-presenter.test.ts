import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { presenterMachine } from '../../../src/features/workshop/presenter.machine';
import { controlKeepsKey, presenterEventFor } from '../../../src/features/workshop/presenter-keys';

const start = (stageCount = 3) => createActor(presenterMachine, { input: { stageCount } }).start();
const where = (actor: ReturnType<typeof start>) => {
  const s = actor.getSnapshot();
  const slide = (s.value as { slide: string }).slide;
  return slide === 'stage' ? `stage ${s.context.index}` : slide;
};

describe('the presenter statechart', () => {
  it('opens on the overview, walks every stage in order, then shows the end', () => {
    const actor = start(3);
    const seen = [where(actor)];
    for (let i = 0; i < 5; i++) {
      actor.send({ type: 'stage.next' });
      seen.push(where(actor));
    }
    expect(seen).toEqual(['overview', 'stage 0', 'stage 1', 'stage 2', 'end', 'end']);
  });

  it('walks back from the end to the overview and stays there', () => {
    const actor = start(2);
    actor.send({ type: 'stage.last' });
    const seen = [where(actor)];
    for (let i = 0; i < 4; i++) {
      actor.send({ type: 'stage.previous' });
      seen.push(where(actor));
    }
    expect(seen).toEqual(['end', 'stage 1', 'stage 0', 'overview', 'overview']);
  });

  it('jumps to a stage chosen on the road, and ignores a stage that does not exist', () => {
    const actor = start(7);
    actor.send({ type: 'stage.goto', index: 4 });
    expect(where(actor)).toBe('stage 4');
    actor.send({ type: 'stage.goto', index: 7 });
    expect(where(actor)).toBe('stage 4');
    actor.send({ type: 'stage.goto', index: -1 });
    expect(where(actor)).toBe('stage 4');
    actor.send({ type: 'stage.first' });
    expect(where(actor)).toBe('overview');
    actor.send({ type: 'stage.next' });
    expect(where(actor)).toBe('stage 0');
  });

  it('with no stage at all, goes from the overview to nothing but the end', () => {
    const actor = start(0);
    actor.send({ type: 'stage.next' });
    expect(where(actor)).toBe('overview');
    actor.send({ type: 'stage.last' });
    actor.send({ type: 'stage.previous' });
    expect(where(actor)).toBe('end');
  });

  it('keeps the notes hidden until asked, whatever the slide', () => {
    const actor = start(3);
    expect(actor.getSnapshot().matches({ notes: 'hidden' })).toBe(true);
    actor.send({ type: 'notes.toggle' });
    actor.send({ type: 'stage.next' });
    expect(actor.getSnapshot().matches({ notes: 'shown' })).toBe(true);
    expect(where(actor)).toBe('stage 0');
    actor.send({ type: 'notes.toggle' });
    expect(actor.getSnapshot().matches({ notes: 'hidden' })).toBe(true);
  });
});

describe('the presenter keys (keyboard and clicker)', () => {
  const ltr = { shift: false, rtl: false };
  it.each([
    ['ArrowRight', 'stage.next'],
    ['PageDown', 'stage.next'],
    [' ', 'stage.next'],
    ['ArrowLeft', 'stage.previous'],
    ['PageUp', 'stage.previous'],
    ['Home', 'stage.first'],
    ['End', 'stage.last'],
  ])('maps %j to %s', (key, type) => {
    expect(presenterEventFor(key, ltr)).toEqual({ type });
  });

  it('goes back with Shift+Space, follows the road leftwards in right-to-left reading, and ignores other keys', () => {
    expect(presenterEventFor(' ', { shift: true, rtl: false })).toEqual({ type: 'stage.previous' });
    expect(presenterEventFor('ArrowLeft', { shift: false, rtl: true })).toEqual({ type: 'stage.next' });
    expect(presenterEventFor('ArrowRight', { shift: false, rtl: true })).toEqual({ type: 'stage.previous' });
    expect(presenterEventFor('a', ltr)).toBeUndefined();
    expect(presenterEventFor('Enter', ltr)).toBeUndefined();
  });

  it('leaves a key to the control that uses it: typing in a field, Space on a button', () => {
    const input = document.createElement('input');
    const select = document.createElement('select');
    const button = document.createElement('button');
    const heading = document.createElement('h1');
    expect(controlKeepsKey(input, 'ArrowRight')).toBe(true);
    expect(controlKeepsKey(select, 'PageDown')).toBe(true);
    expect(controlKeepsKey(button, ' ')).toBe(true);
    expect(controlKeepsKey(button, 'ArrowRight')).toBe(false);
    expect(controlKeepsKey(heading, ' ')).toBe(false);
    expect(controlKeepsKey(null, ' ')).toBe(false);
  });
});
