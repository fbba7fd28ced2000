import { useEffect, useState } from 'react';
import type { ClientDoc } from '../../../shared/db';
import { useCore } from '../../core/CoreContext';

export interface SearchState {
  clients: ClientDoc[];
  /** False while the results on screen are for an earlier query. */
  ready: boolean;
}

const NOTHING: ClientDoc[] = [];

/** The core's search for what is typed, answered again whenever the book changes. An empty box searches nothing: the book lists itself. */
export function useClientSearch(query: string, limit: number): SearchState {
  const core = useCore();
  const [state, setState] = useState<{ query: string; clients: ClientDoc[] } | null>(null);
  useEffect(() => {
    if (!query) return;
    const subscription = core.clientSearch$(query, limit).subscribe({
      next: (clients) => setState({ query, clients }),
      error: (error: unknown) => console.error('Client search failed', error),
    });
    return () => subscription.unsubscribe();
  }, [core, query, limit]);
  if (!query) return { clients: NOTHING, ready: true };
  return { clients: state?.clients ?? NOTHING, ready: state?.query === query };
}
