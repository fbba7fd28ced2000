// GET /api/v1/health: for load balancers and for "is the endpoint up?" — no sign-in needed.
import type { FastifyInstance } from 'fastify';
import { API_PATHS } from '../../../shared/sync';
import type { ServerContext } from '../http/context';

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
}
