import { useEffect, useState } from 'react';
import { debounceTime, from, merge, startWith, switchMap } from 'rxjs';
import type { ClientDoc } from '../../../shared/db';
import { useCore } from '../../core/CoreContext';

export interface SearchState {
  clients: ClientDoc[];
  /** False while the results on screen are for an earlier query. */
  ready: boolean;
}

/**
 * Runs the core's search and runs it again whenever the book changes (here or in another
 * window). Claims and name tokens are written just after the client, and search reads them,
 * so all three collections are watched and bursts are coalesced.
 */
export function useClientSearch(query: string, limit: number): SearchState {
  const core = useCore();
  const [state, setState] = useState<{ query: string; clients: ClientDoc[] } | null>(null);
  useEffect(() => {
    const subscription = merge(core.db.clients.$, core.db.claims.$, core.db.nametokens.$)
      .pipe(
        debounceTime(60),
        startWith(null),
        switchMap(() => from(core.searchClients(query, limit))),
      )
      .subscribe({
        next: (clients) => setState({ query, clients }),
        error: (error: unknown) => console.error('Client search failed', error),
      });
    return () => subscription.unsubscribe();
  }, [core, query, limit]);
  return { clients: state?.clients ?? [], ready: state?.query === query };
}
