// The online claims look-up and what admins manage around it: the budget, who looked up how much,
// an import's check against the agency, and the rotation of the key secret the look-up hashes with.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  API_PATHS,
  checkClaimsLookup,
  checkImportCheck,
  checkLookupBudget,
  type ClaimsLookupResponse,
  type ImportCheckResponse,
  type KeySecretRotation,
  type LookupBudget,
  type LookupUsageResponse,
  type SessionUser,
} from '../../../shared/sync';
import { rotateKeySecret } from '../detection/keySecret';
import { ApiFailure } from '../http/apiFailure';
import { validInput } from '../http/validInput';
import { authenticate, type ServerContext } from '../http/context';
import { readLookupBudget, writeLookupBudget } from '../lookup/budgetSettings';
import { importCheck } from '../lookup/importCheck';
import { lookupClaims } from '../lookup/lookupClaims';
import { checkSince, lookupUsage } from '../lookup/usage';

const SMALL_BODY = 64 * 1024;
/** An import check's keys: up to 5,000 of at most 320 characters, with JSON's quotes and commas. */
const IMPORT_CHECK_BODY = 2 * 1024 * 1024;

async function adminOnly(ctx: ServerContext, request: FastifyRequest, what: string): Promise<SessionUser> {
  const user = await authenticate(ctx, request);
  if (user.role !== 'admin') throw new ApiFailure(403, 'forbidden', `Only an admin can ${what}.`);
  return user;
}

export function lookupRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const opts = { bodyLimit: SMALL_BODY };
  app.post(API_PATHS.claimsLookup, opts, async (request, reply): Promise<ClaimsLookupResponse> => {
    const user = await authenticate(ctx, request);
    const { keys } = validInput(checkClaimsLookup(request.body), 'Nothing was looked up');
    void reply.header('cache-control', 'no-store');
    return lookupClaims(ctx.store, user, keys, ctx.now());
  });

  app.post(
    API_PATHS.adminImportCheck,
    { bodyLimit: IMPORT_CHECK_BODY },
    async (request, reply): Promise<ImportCheckResponse> => {
      const admin = await adminOnly(ctx, request, "check an import against the agency's clients");
      const { keys } = validInput(checkImportCheck(request.body), 'Nothing was checked');
      void reply.header('cache-control', 'no-store');
      return importCheck(ctx.store, admin, keys, ctx.now());
    },
  );

  app.get(API_PATHS.adminLookupBudget, async (request): Promise<LookupBudget> => {
    await adminOnly(ctx, request, 'see the look-up budget');
    return readLookupBudget(ctx.store);
  });

  app.put(API_PATHS.adminLookupBudget, opts, async (request): Promise<LookupBudget> => {
    await adminOnly(ctx, request, 'change the look-up budget');
    return writeLookupBudget(ctx.store, validInput(checkLookupBudget(request.body), 'The budget was not changed'));
  });

  app.get<{ Querystring: { since?: string } }>(
    API_PATHS.adminLookups,
    async (request): Promise<LookupUsageResponse> => {
      await adminOnly(ctx, request, 'see who looked up how much');
      const now = ctx.now();
      return lookupUsage(ctx.store, validInput(checkSince(request.query.since, now), 'Bad query'), now);
    },
  );

  app.post(API_PATHS.adminRotateKeySecret, opts, async (request): Promise<KeySecretRotation> => {
    const admin = await adminOnly(ctx, request, 'rotate the key secret');
    const rotation = await rotateKeySecret(ctx.store, ctx.now());
    request.log.warn({ by: admin.id, ...rotation }, 'agency key secret rotated');
    return rotation;
  });
}
