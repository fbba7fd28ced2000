import { combineLatest, map, of } from 'rxjs';
import { useCore } from '../../core/CoreContext';
import { useObservable } from '../../core/useObservable';

/**
 * Names for the report's client ids. The report comes from the endpoint with ids only; this
 * office knows its own clients by name and every other office's by the claims index label
 * ("Ivanov P."), which is all another office is meant to see.
 */
export function useClientLabels(clientIds: readonly string[]): ReadonlyMap<string, string> {
  const core = useCore();
  const key = [...new Set(clientIds)].sort().join('\n');
  const labels = useObservable(() => {
    const ids = key ? key.split('\n') : [];
    if (ids.length === 0) return of(new Map<string, string>());
    return combineLatest([
      core.db.clients.findByIds(ids).$,
      core.db.claims.find({ selector: { clientId: { $in: ids } } }).$,
    ]).pipe(
      map(([clients, claims]) => {
        const result = new Map<string, string>();
        for (const claim of claims) result.set(claim.clientId, claim.clientLabel);
        for (const [id, client] of clients) result.set(id, client.fullName);
        return result;
      }),
    );
  }, [core, key]);
  return labels.loading ? new Map() : labels.value;
}
