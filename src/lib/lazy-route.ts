import { createElement, lazy, type ComponentType, type ReactNode } from 'react';

/**
 * `React.lazy` that can be fetched ahead (`preload()`, called when the home screen is idle) and
 * that, once fetched, renders its module at once. A plain lazy component suspends on its first
 * render even when its chunk is already in the cache, and React then holds the loading message
 * for its fallback throttle (about 300 ms) before the screen shows: that wait was most of the
 * 395 ms between « Accompagner une personne » and the list (issue 15).
 */
export interface Preloadable<P extends object, M = unknown> {
  (props: P): ReturnType<typeof createElement>;
  /** Fetches the chunk; resolves with its module (a route may export more than its screen). */
  preload(): Promise<M>;
}

/**
 * Loads a chunk, trying again twice before giving up: a fetch can fail while the service worker
 * takes over the page on a first visit, and a failed `import()` is otherwise thrown into the
 * render that needed it (the error screen) and remembered by `React.lazy` for good.
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

export function preloadable<M extends { default: (props: never) => ReactNode }, P extends object = Parameters<M['default']>[0] & object>(load: () => Promise<M>): Preloadable<P, M> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<M> | undefined;
  const preload = () => {
    pending ??= retrying(load).then(
      (module) => {
        loaded = module.default as ComponentType<P>;
        return module;
      },
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    );
    return pending;
  };
  const Lazy = lazy(() => preload().then((module) => ({ default: module.default as ComponentType<P> })));
  const Route = (props: P) => createElement((loaded ?? Lazy) as ComponentType<P>, props);
  return Object.assign(Route, { preload });
}
