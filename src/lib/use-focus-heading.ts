import { useEffect, useRef } from 'react';

/** Moves focus to a screen's heading when it appears (or when `key` changes), so keyboard
 * and screen-reader users land on the new step and hear its title (RGAA 12.x, WCAG 2.4.3). */
export function useFocusHeading<T extends HTMLElement = HTMLHeadingElement>(key?: unknown) {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [key]);
  return ref;
}
