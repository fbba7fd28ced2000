import type { RxConflictHandler, WithDeleted } from 'rxdb';
import type { ClientDoc } from '../../db';
import { identityKeysOf } from '../../identity';
import { same, threeWayMerge } from '../../merge/threeWayMerge';
import { sortNameOf } from '../bookName';

/**
 * Two workstations edited one client while apart: merge field by field; fields derived from
 * others (sortName, identityKeys) are recomputed from the merged values, never merged themselves.
 */
export const clientConflictHandler: RxConflictHandler<ClientDoc> = {
  isEqual: (a, b) => same(a, b),
  resolve: async ({ assumedMasterState, realMasterState, newDocumentState }) => {
    const merged = threeWayMerge(assumedMasterState, newDocumentState, realMasterState) as WithDeleted<ClientDoc>;
    const { keys } = identityKeysOf({ phones: merged.phones.map((p) => p.e164), emails: merged.emails });
    return { ...merged, sortName: sortNameOf(merged), identityKeys: keys.map((k) => k.key) };
  },
};
