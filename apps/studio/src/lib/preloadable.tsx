import { type ComponentType, lazy } from 'react';

/** A component whose code loads on first use, or earlier through `preload()`. */
export type Preloadable<P extends object> = ComponentType<P> & { preload: () => Promise<void> };

/**
 * `lazy`, but a component whose code is already loaded renders at once: through `lazy` alone it
 * still suspends for a tick, and React then holds the content back for its 300 ms Suspense
 * fallback throttle (issue 20: 0.3 s of the editor's time to first step).
 */
export function preloadable<P extends object, K extends string>(
  load: () => Promise<Record<K, ComponentType<P>>>,
  name: K,
): Preloadable<P> {
  let loaded: ComponentType<P> | undefined;
  const preload = () =>
    load().then((module) => {
      loaded = module[name];
    });
  const Lazy = lazy(() => preload().then(() => ({ default: loaded as ComponentType<P> })));
  const Component = (props: P) => {
    const Loaded = loaded;
    return Loaded ? <Loaded {...props} /> : <Lazy {...props} />;
  };
  return Object.assign(Component, { preload });
}
