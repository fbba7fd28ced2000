import { getAssumedMasterState, type RxCollection } from 'rxdb';
import type { RxReplicationState } from 'rxdb/plugins/replication';
import type { SyncCheckpoint, SyncCollectionName, SyncDocument } from '../../sync';
import type { Outbox } from './outbox';

/**
 * Clears from the outbox every document the endpoint already holds as this workstation holds it.
 * A push is not the only way a write gets acknowledged: a colleague's workstation may push the
 * same change first (it then arrives here by pull, and RxDB has nothing left to push), and a
 * push answered with a conflict may resolve to exactly the endpoint's state. RxDB keeps, per
 * document, the state it assumes the endpoint has; a waiting document whose local state equals
 * it is acknowledged, whichever way it got there. This also clears marks left by earlier runs.
 */
export async function clearAcknowledged(
  name: SyncCollectionName,
  collection: RxCollection<SyncDocument>,
  replication: RxReplicationState<SyncDocument, SyncCheckpoint>,
  outbox: Outbox,
): Promise<void> {
  const state = replication.internalReplicationState;
  const waiting = outbox.waiting(name);
  if (!state || !waiting.length) return;
  const ids = waiting.map((w) => w.id);
  const [assumed, local] = await Promise.all([
    getAssumedMasterState(state, ids),
    collection.storageInstance.findDocumentsById(ids, true),
  ]);
  const localById = new Map(local.map((doc) => [doc.id, doc]));
  const acknowledged = waiting.filter((w) => {
    const master = assumed[w.id]?.docData;
    const mine = localById.get(w.id);
    return !!master && !!mine && collection.conflictHandler.isEqual(stateOf(master), stateOf(mine), 'outbox');
  });
  await outbox.acknowledge(name, acknowledged);
}

/** A document as replicated: without the storage's bookkeeping. */
function stateOf<T extends object>(doc: T): T {
  const {
    _meta: _m,
    _rev: _r,
    _attachments: _a,
    ...rest
  } = doc as T & {
    _meta?: unknown;
    _rev?: unknown;
    _attachments?: unknown;
  };
  return rest as T;
}
