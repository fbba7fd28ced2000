// Admin-only: the intake keys a site form or a telephony system hands requests in with.
import type { FastifyInstance } from 'fastify';
import {
  API_PATHS,
  checkCreateIntakeKey,
  checkRevokeIntakeKey,
  type CreatedIntakeKey,
  type IntakeKeyListing,
  type RevokedIntakeKey,
} from '../../../shared/sync';
import { ApiFailure } from '../http/apiFailure';
import { validInput } from '../http/validInput';
import { authenticate, type ServerContext } from '../http/context';
import { createIntakeKey, listIntakeKeys, revokeIntakeKey } from '../intake/intakeKeys';

const SMALL_BODY = 64 * 1024;

export function intakeKeyRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const adminOnly = async (request: Parameters<typeof authenticate>[1], what: string) => {
    const user = await authenticate(ctx, request);
    if (user.role !== 'admin') throw new ApiFailure(403, 'forbidden', `Only an admin can ${what}.`);
    return user;
  };

  app.get(API_PATHS.adminIntakeKeys, async (request): Promise<{ keys: IntakeKeyListing[] }> => {
    await adminOnly(request, 'see intake keys');
    return { keys: await listIntakeKeys(ctx.store) };
  });

  app.post(API_PATHS.adminIntakeKeys, { bodyLimit: SMALL_BODY }, async (request, reply): Promise<CreatedIntakeKey> => {
    const admin = await adminOnly(request, 'create intake keys');
    const input = validInput(checkCreateIntakeKey(request.body), 'No key was created');
    const created = await createIntakeKey(ctx.store, input, admin.id, ctx.now());
    request.log.warn({ by: admin.id, key: created.id, office: created.officeId }, 'intake key created');
    void reply.code(201);
    return created;
  });

  app.post(API_PATHS.adminIntakeKeysRevoke, { bodyLimit: SMALL_BODY }, async (request): Promise<RevokedIntakeKey> => {
    const admin = await adminOnly(request, 'revoke intake keys');
    const revoked = await revokeIntakeKey(
      ctx.store,
      validInput(checkRevokeIntakeKey(request.body), 'Nothing was revoked'),
      ctx.now(),
    );
    request.log.warn({ by: admin.id, key: revoked.id }, 'intake key revoked');
    return revoked;
  });
}
