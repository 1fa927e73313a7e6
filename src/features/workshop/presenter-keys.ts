import { useEffect, useRef } from 'react';
import type { PresenterEvent } from './presenter.machine';

/**
 * Keys a keyboard and a presentation clicker send. Clickers emulate the keyboard: most send
 * PageDown/PageUp, some the arrows; Space (Shift+Space back) is the slideshow habit. Home/End
 * jump to the overview and the end. In right-to-left reading the road runs leftwards, so the
 * arrow keys follow it.
 */
export function presenterEventFor(key: string, options: { shift: boolean; rtl: boolean }): PresenterEvent | undefined {
  const forward = options.rtl ? 'ArrowLeft' : 'ArrowRight';
  const backward = options.rtl ? 'ArrowRight' : 'ArrowLeft';
  switch (key) {
    case forward:
    case 'PageDown':
      return { type: 'stage.next' };
    case backward:
    case 'PageUp':
      return { type: 'stage.previous' };
    case ' ':
      return { type: options.shift ? 'stage.previous' : 'stage.next' };
    case 'Home':
      return { type: 'stage.first' };
    case 'End':
      return { type: 'stage.last' };
    default:
      return undefined;
  }
}

/** A key that means something to the focused control keeps that meaning: Space presses a button
 * or ticks a box, arrows move the caret in a field or the choice in a list. */
export function controlKeepsKey(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  const tag = target.tagName;
  if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA' || target.isContentEditable) return true;
  return key === ' ' && (tag === 'BUTTON' || tag === 'A' || tag === 'SUMMARY');
}

/**
 * Listens for presenter keys anywhere on the page while the screen is shown, except while a
 * dialog is open (its buttons own the keys) or a focused control keeps the key.
 */
export function usePresenterKeys(onEvent: (event: PresenterEvent) => void, rtl: boolean): void {
  const handler = useRef(onEvent);
  handler.current = onEvent;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || controlKeepsKey(e.target, e.key)) return;
      if (document.querySelector('dialog[open]')) return;
      const event = presenterEventFor(e.key, { shift: e.shiftKey, rtl });
      if (!event) return;
      e.preventDefault();
      handler.current(event);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [rtl]);
}
