// Pull and push of the replication protocol (see shared/sync/protocol.ts).
import type { FastifyInstance } from 'fastify';
import {
  API_PREFIX,
  checkPush,
  parseCheckpoint,
  PUSHABLE_COLLECTION_NAMES,
  SYNC_COLLECTIONS,
  SYNC_LIMITS,
  type PullResponse,
  type PushableCollectionName,
  type PushResponse,
  type SyncCollectionName,
  type SyncDocument,
} from '../../../shared/sync';
import { attestPush, recordAttestedPush } from '../attestation/attestPush';
import { pusherOf } from '../attestation/pushSession';
import { detectAtPush } from '../detection/detectAtPush';
import { assertOfficesWritable, pull, push, type PushHooks } from '../documents/documentStore';
import { keyHasherIn } from '../detection/keySecret';
import { visibleOffice } from '../documents/scope';
import { ApiFailure } from '../http/apiFailure';
import { checkCaseSteps } from '../resolution/checkCaseSteps';
import { settleSiblings } from '../resolution/settleSiblings';
import { hashToken } from '../auth/tokens';
import { authenticate, bearerToken, requireSignedIn, type ServerContext } from '../http/context';
import { collectionParam } from './collectionParam';

interface SyncParams {
  collection: string;
}

function parseLimit(raw: string | undefined): number {
  if (raw === undefined) return SYNC_LIMITS.defaultPullLimit;
  const limit = Number(raw);
  if (!Number.isInteger(limit) || limit < 1 || limit > SYNC_LIMITS.maxPullLimit) {
    throw new ApiFailure(400, 'bad_request', `limit must be a whole number from 1 to ${SYNC_LIMITS.maxPullLimit}.`, [
      { field: 'limit', message: `1-${SYNC_LIMITS.maxPullLimit}` },
    ]);
  }
  return limit;
}

function pushable(collection: SyncCollectionName): PushableCollectionName {
  if (!SYNC_COLLECTIONS[collection].serverOwned) return collection as PushableCollectionName;
  throw new ApiFailure(
    403,
    'forbidden',
    `The push was refused and nothing was written: ${collection} are maintained by the endpoint (derived from pushed clients); offices only pull them. Offices push ${PUSHABLE_COLLECTION_NAMES.join(', ')}.`,
  );
}

export function syncRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.get<{ Params: SyncParams; Querystring: { checkpoint?: string; limit?: string } }>(
    `${API_PREFIX}/sync/:collection/pull`,
    async (request): Promise<PullResponse> => {
      const user = await authenticate(ctx, request);
      const collection = collectionParam(request.params.collection);
      const parsed = parseCheckpoint(request.query.checkpoint);
      if (!parsed.ok)
        throw new ApiFailure(400, 'bad_request', parsed.message, [{ field: 'checkpoint', message: parsed.message }]);
      const limit = parseLimit(request.query.limit);
      const pulled = await pull(ctx.store, collection, parsed.checkpoint, limit, visibleOffice(user));
      await ctx.workstations.inSync(hashToken(bearerToken(request) ?? ''), request.headers, ctx.now());
      return pulled;
    },
  );

  app.post<{ Params: SyncParams }>(
    `${API_PREFIX}/sync/:collection/push`,
    { bodyLimit: SYNC_LIMITS.maxBodyBytes },
    async (request): Promise<PushResponse> => {
      const now = ctx.now();
      const { user, session } = await requireSignedIn(request, (token) =>
        pusherOf(ctx.store, token, request.params.collection, now),
      );
      const collection = pushable(collectionParam(request.params.collection));
      const checked = checkPush(collection, request.body);
      if (!checked.ok) throw new ApiFailure(checked.status, checked.code, checked.message, checked.fields);
      if (!checked.rows.length) return [];
      await assertOfficesWritable(ctx.store, user, collection, checked.rows);
      const pushSession = { ...session, collection };
      const hooks: PushHooks<PushableCollectionName> = {
        attest: (tx, rows, stored) => attestPush(tx, pushSession, user, rows, stored),
        beforeCommit: ctx.beforePushCommit,
      };
      // A client's claims (and the cases they reveal) commit in the client's own transaction.
      if (collection === 'clients')
        hooks.afterWrite = async (tx, written, firstStored) =>
          detectAtPush(
            tx,
            { ...ctx.detection, hashKey: await keyHasherIn(tx) },
            written as readonly SyncDocument<'clients'>[],
            user.id,
            now,
            firstStored,
          );
      // A case step is stored only if the workflow allows it after the case's recorded steps; a
      // step that makes a case final settles or informs its siblings in the same transaction.
      if (collection === 'caseevents') {
        hooks.beforeWrite = (tx, toWrite) =>
          checkCaseSteps(tx, user, toWrite as readonly SyncDocument<'caseevents'>[], now);
        hooks.afterWrite = (tx, written) => settleSiblings(tx, written as readonly SyncDocument<'caseevents'>[], now);
      }
      const result = await push(ctx.store, collection, user, checked.rows, now, hooks);
      await recordAttestedPush(ctx.store, pushSession, checked.rows.length, now);
      request.log.info(
        {
          collection,
          rows: checked.rows.length,
          written: result.written?.count ?? 0,
          conflicts: result.conflicts.length,
        },
        'push',
      );
      return result.conflicts;
    },
  );
}
