import { useEffect, useState } from 'react';
import type { Observable } from 'rxjs';

export type Loadable<T> = { loading: true } | { loading: false; value: T };

/**
 * Subscribes to an RxDB reactive query. `deps` say when to build a new query; the
 * previous value is dropped then, so a screen never shows the last client's data.
 */
export function useObservable<T>(factory: () => Observable<T>, deps: readonly unknown[]): Loadable<T> {
  const [state, setState] = useState<{ deps: readonly unknown[]; value: Loadable<T> }>({
    deps,
    value: { loading: true },
  });
  useEffect(() => {
    const subscription = factory().subscribe((value) => setState({ deps, value: { loading: false, value } }));
    return () => subscription.unsubscribe();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller lists what the query depends on
  }, deps);
  return sameDeps(state.deps, deps) ? state.value : { loading: true };
}

function sameDeps(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((v, i) => Object.is(v, b[i]));
}
