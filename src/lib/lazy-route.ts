import { createElement, lazy, type ComponentType } from 'react';

/**
 * `React.lazy` that can be fetched ahead (`preload()`, called when the home screen is idle) and
 * that, once fetched, renders its module at once. A plain lazy component suspends on its first
 * render even when its chunk is already in the cache, and React then holds the loading message
 * for its fallback throttle (about 300 ms) before the screen shows: that wait was most of the
 * 395 ms between « Accompagner une personne » and the list (issue 15).
 */
export interface Preloadable<P extends object> {
  (props: P): ReturnType<typeof createElement>;
  preload(): Promise<unknown>;
}

/**
 * Loads a chunk, trying again twice before giving up: a fetch can fail while the service worker
 * takes over the page on a first visit, and a failed `import()` left as is would be thrown into
 * a render (React then logs « an error during concurrent rendering », error #520).
 */
export async function retrying<T>(load: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await load();
    } catch (error) {
      if (attempt >= attempts) throw error;
      await new Promise((wait) => setTimeout(wait, 250 * attempt));
    }
  }
}

export function preloadable<P extends object>(load: () => Promise<{ default: ComponentType<P> }>): Preloadable<P> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<{ default: ComponentType<P> }> | undefined;
  const preload = () => {
    pending ??= retrying(load).then(
      (module) => {
        loaded = module.default;
        return module;
      },
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    );
    return pending;
  };
  const Lazy = lazy(preload);
  const Route = (props: P) => createElement((loaded ?? Lazy) as ComponentType<P>, props);
  return Object.assign(Route, { preload });
}
