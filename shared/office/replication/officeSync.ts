import {
  BehaviorSubject,
  debounceTime,
  defer,
  filter,
  retry,
  tap,
  timer,
  type Observable,
  type Subscription,
} from 'rxjs';
import type { RxCollection, RxReplicationPullStreamItem, RxReplicationWriteToMasterRow } from 'rxdb';
import { replicateRxCollection, type RxReplicationState } from 'rxdb/plugins/replication';
import { SYNC_LIMITS, type PushRow, type SyncCheckpoint, type SyncCollectionName, type SyncDocument } from '../../sync';
import type { OfficeContext } from '../context';
import { clearAcknowledged } from './acknowledgedWrites';
import { adoptServerCopies } from './adoptServerCopy';
import { caseStepPushGuard } from './caseStepPushGuard';
import type { Outbox } from './outbox';
import { forgetRefusedStep, pushCaseSteps } from './refusedCaseSteps';
import { INITIAL_SYNC_STATUS, type SyncStatus } from './syncStatus';
import { SyncError, type SyncTransport } from '../../sync/transport';

export interface OfficeSync {
  readonly status$: Observable<SyncStatus>;
  status(): SyncStatus;
  /** Resolves when everything local has been pushed and everything remote pulled. */
  awaitInSync(): Promise<void>;
  stop(): Promise<void>;
}

export interface OfficeSyncOptions {
  transport: SyncTransport;
  /** Names the endpoint, so checkpoints of two endpoints never mix. */
  endpointId: string;
  outbox: Outbox;
  /** Retry delays grow from this to MAX_RETRY_MS while the endpoint is unreachable. */
  baseRetryMs?: number;
}

/**
 * What an office replicates. Cases are maintained by the endpoint: the office only pulls them,
 * and its local copies are replaced by the endpoint's. Claims are not replicated: the office's
 * are a local projection of its own clients (claimsProjection.ts), hashed with this
 * workstation's secret; other offices' are asked for key by key (the claims look-up).
 */
/** Requests are not replicated into RxDB: the office's request inbox follows their stream (shared/office/requests). */
const REPLICATED: ReadonlyArray<{ name: Exclude<SyncCollectionName, 'requests'>; push: boolean }> = [
  { name: 'clients', push: true },
  { name: 'activities', push: true },
  { name: 'cases', push: false },
  { name: 'caseevents', push: true },
];
const MAX_RETRY_MS = 60_000;
/** How long replication stays idle before the outbox is checked against what the endpoint holds. */
const SWEEP_SETTLE_MS = 50;

/** Replicates the office with the endpoint, live: its clients, activities and case steps both ways, its cases in. */
export function startOfficeSync(ctx: OfficeContext, options: OfficeSyncOptions): OfficeSync {
  const baseRetry = options.baseRetryMs ?? 1_000;
  const status = new BehaviorSubject<SyncStatus>({
    ...INITIAL_SYNC_STATUS,
    state: 'connecting',
    pending: options.outbox.pending,
    initialPull: true,
  });
  const update = (patch: Partial<SyncStatus>) => status.next({ ...status.value, ...patch });
  const subscriptions: Subscription[] = [options.outbox.size$.subscribe((pending) => update({ pending }))];
  const replications: RxReplicationState<unknown, SyncCheckpoint>[] = [];
  const sweeps: Array<() => Promise<void>> = [];

  const succeeded = (replication: { retryTime?: number } | undefined) => {
    if (replication) replication.retryTime = baseRetry;
    update({ state: 'online', lastSyncAt: ctx.clock.now(), lastError: null });
  };
  const failed = (replication: { retryTime?: number } | undefined, error: unknown) => {
    if (replication) replication.retryTime = Math.min(MAX_RETRY_MS, (replication.retryTime ?? baseRetry) * 2);
    const offline = error instanceof SyncError ? error.status === 0 : true;
    update({ state: offline ? 'offline' : 'error', lastError: error instanceof Error ? error.message : String(error) });
  };

  // Documents per collection in its pull run under way; a run ends with a short batch. The first
  // pull counts as one run until every collection has caught up, so its count only grows.
  const pullRuns = new Map<SyncCollectionName, number>();
  const pulledBatch = (name: SyncCollectionName, documents: number, batchSize: number) => {
    if (documents < batchSize && !status.value.initialPull) pullRuns.delete(name);
    else pullRuns.set(name, (pullRuns.get(name) ?? 0) + documents);
    const pulled = [...pullRuns.values()].reduce((sum, n) => sum + n, 0);
    const clientsPulled = pullRuns.get('clients') ?? 0;
    if (pulled !== status.value.pulled || clientsPulled !== status.value.clientsPulled)
      update({ pulled, clientsPulled });
  };
  let stopped = false;

  const startReplication = ({ name, push }: (typeof REPLICATED)[number]) => {
    const collection = ctx.db[name] as unknown as RxCollection<SyncDocument>;
    const adopter = name === 'cases' ? adoptServerCopies(collection) : null;
    if (adopter) subscriptions.push(adopter.subscription);
    // Handlers adjust the retry delay of their own replication, which exists once they first run.
    const self: { replication?: RxReplicationState<SyncDocument, SyncCheckpoint> } = {};
    type StreamItem = RxReplicationPullStreamItem<SyncDocument, SyncCheckpoint>;
    const stream$ = defer(() => options.transport.stream(name) as unknown as Observable<StreamItem>).pipe(
      tap({ next: () => succeeded(undefined), error: (e: unknown) => failed(undefined, e) }),
      retry({ delay: (_error, count) => timer(Math.min(MAX_RETRY_MS, baseRetry * 2 ** Math.min(count, 6))) }),
    );

    const replication = replicateRxCollection<SyncDocument, SyncCheckpoint>({
      collection,
      replicationIdentifier: `claimdesk:${options.endpointId}:${name}`,
      live: true,
      retryTime: baseRetry,
      waitForLeadership: false,
      toggleOnDocumentVisible: false,
      autoStart: true,
      pull: {
        batchSize: SYNC_LIMITS.maxPullLimit,
        stream$,
        ...(adopter ? { modifier: (doc: SyncDocument) => adopter.modifier(doc) } : {}),
        handler: async (checkpoint, batchSize) => {
          try {
            const response = await options.transport.pull(name, checkpoint ?? null, batchSize);
            succeeded(self.replication);
            pulledBatch(name, response.documents.length, batchSize);
            return { documents: response.documents, checkpoint: response.checkpoint ?? checkpoint };
          } catch (error) {
            failed(self.replication, error);
            throw error;
          }
        },
      },
      push: push
        ? {
            batchSize: SYNC_LIMITS.officePushBatch,
            ...(name === 'caseevents'
              ? {
                  modifier: caseStepPushGuard(ctx, options.outbox) as (
                    doc: SyncDocument,
                  ) => Promise<SyncDocument | null>,
                }
              : {}),
            handler: async (rows: RxReplicationWriteToMasterRow<SyncDocument>[]) => {
              try {
                // RxDB leaves assumedMasterState out for a new document; the protocol spells it null.
                const pushRows = rows.map((r) => ({
                  assumedMasterState: r.assumedMasterState ?? null,
                  newDocumentState: r.newDocumentState,
                })) as unknown as PushRow[];
                const conflicts =
                  name === 'caseevents'
                    ? await pushCaseSteps(
                        (stepRows) => options.transport.push('caseevents', stepRows),
                        pushRows as PushRow<'caseevents'>[],
                        (row) => forgetRefusedStep(ctx, options.outbox, row.newDocumentState),
                      )
                    : await options.transport.push(name, pushRows);
                succeeded(self.replication);
                const refused = new Set(conflicts.map((c) => c.id));
                await Promise.all(
                  rows
                    .filter((r) => !refused.has(r.newDocumentState.id))
                    .map((r) =>
                      options.outbox.settle(
                        name,
                        [r.newDocumentState.id],
                        stampOf(r.newDocumentState as { updatedAt?: number; createdAt?: number; at?: number }),
                      ),
                    ),
                );
                return conflicts;
              } catch (error) {
                failed(self.replication, error);
                throw error;
              }
            },
          }
        : undefined,
    });
    self.replication = replication;
    if (push) {
      // Whenever replication falls idle, what the endpoint holds as this workstation does is no longer waiting.
      const sweep = () =>
        clearAcknowledged(name, collection, replication, options.outbox).catch((error: unknown) =>
          ctx.reportBackgroundFailure(`counting the ${name} waiting to be sent`, error),
        );
      subscriptions.push(
        replication.active$
          .pipe(
            filter((active) => !active),
            debounceTime(SWEEP_SETTLE_MS),
          )
          .subscribe(() => void sweep()),
      );
      sweeps.push(sweep);
    }
    replications.push(replication as unknown as RxReplicationState<unknown, SyncCheckpoint>);
  };

  REPLICATED.forEach(startReplication);
  void Promise.all(replications.map((r) => r.awaitInitialReplication())).then(
    () => {
      if (stopped) return;
      pullRuns.clear();
      update({ initialPull: false, pulled: 0, clientsPulled: 0 });
    },
    () => undefined,
  );

  return {
    status$: status.asObservable(),
    status: () => status.value,
    awaitInSync: async () => {
      await Promise.all(replications.map((r) => r.awaitInSync()));
      await Promise.all(sweeps.map((sweep) => sweep()));
      // In sync includes the claims index: a duplicate check right after must see pulled clients.
      await ctx.indexSettled();
    },
    stop: async () => {
      stopped = true;
      subscriptions.forEach((s) => s.unsubscribe());
      await Promise.all(replications.map((r) => r.cancel()));
      update({ state: 'idle' });
      status.complete();
    },
  };
}

/** The version a document was written at: a later local edit must stay pending after an earlier push. Case steps are never edited: their time is their version. */
export function stampOf(doc: { updatedAt?: number; createdAt?: number; at?: number }): number {
  return doc.updatedAt ?? doc.createdAt ?? doc.at ?? 0;
}
