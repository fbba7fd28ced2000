// GET /api/v1/health: for load balancers and for "is the endpoint up?" — no sign-in needed.
// GET /api/v1/admin/health: more for an admin — version, uptime, schema, each person's sessions and
// pushes, each workstation's latest sync and unsent changes.
import type { FastifyInstance } from 'fastify';
import { API_PATHS, type EndpointHealth } from '../../../shared/sync';
import { version } from '../../../package.json';
import { accountActivity, schemaVersion, workstationHealth } from '../accounts/accountActivity';
import { authenticateAdmin, type ServerContext } from '../http/context';

export function healthRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.get(API_PATHS.health, async (_request, reply) => {
    try {
      await ctx.store.query('select 1');
    } catch {
      return reply
        .code(503)
        .send({ error: { code: 'unavailable', message: 'The endpoint is up but cannot reach its database.' } });
    }
    return { status: 'ok', database: ctx.store.kind, time: new Date(ctx.now()).toISOString() };
  });

  app.get(API_PATHS.adminHealth, async (request): Promise<EndpointHealth> => {
    await authenticateAdmin(ctx, request);
    const now = ctx.now();
    return {
      version,
      database: ctx.store.kind,
      schemaVersion: await schemaVersion(ctx.store),
      startedAt: ctx.startedAt,
      now,
      people: await accountActivity(ctx.store, now),
      workstations: await workstationHealth(ctx.store, now),
    };
  });
}
