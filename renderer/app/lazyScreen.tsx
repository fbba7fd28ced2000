import { lazy, useState, type ComponentType } from 'react';

/** A screen whose code is fetched when first shown, or earlier by `preload`. */
export interface LazyScreen<P extends object> {
  Screen: ComponentType<P>;
  /** Fetches the screen's code now; shown afterwards, the screen renders at once, with no fallback. */
  preload(): Promise<void>;
}

/**
 * React.lazy suspends on the first render even when the code is already fetched (it learns so a
 * tick later), so the Suspense fallback would flash on every first visit. Once the code is here,
 * the component itself is rendered instead. The choice is made once per mount: switching from
 * the lazy wrapper to the component mid-life would remount the screen and lose its state.
 */
export function lazyScreen<P extends object>(load: () => Promise<ComponentType<P>>): LazyScreen<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const fetchCode = () => {
    loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        // A failed fetch (the network, a deploy in between) is tried again at the next visit.
        loading = null;
        throw error;
      },
    );
    return loading;
  };
  const Lazy = lazy(async () => ({ default: await fetchCode() }));
  function Screen(props: P) {
    const [Component] = useState<ComponentType<P>>(() => loaded ?? Lazy);
    return <Component {...props} />;
  }
  return {
    Screen,
    preload: async () => {
      await fetchCode();
    },
  };
}
