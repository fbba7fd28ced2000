import { useCore } from '../../../core/CoreContext';
import { useObservable } from '../../../core/useObservable';

/**
 * Names for the report's client ids. The report comes from the endpoint with ids only; the
 * office core names its own clients and labels every other office's from the claims index.
 */
export function useClientLabels(clientIds: readonly string[]): ReadonlyMap<string, string> {
  const core = useCore();
  const key = [...new Set(clientIds)].sort().join('\n');
  const labels = useObservable(() => core.clientLabels$(key ? key.split('\n') : []), [core, key]);
  return labels.loading ? new Map() : labels.value;
}
