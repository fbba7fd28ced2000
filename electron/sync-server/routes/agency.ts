// GET /api/v1/agency: the agency's secret for hashing identity keys, for every signed-in user.
// Offices hash their own clients' keys with it, so their claim ids match the endpoint's.
import type { FastifyInstance } from 'fastify';
import { API_PATHS, type AgencyInfo } from '../../../shared/sync';
import { authenticate, type ServerContext } from '../http/context';

export function agencyRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.get(API_PATHS.agency, async (request, reply): Promise<AgencyInfo> => {
    await authenticate(ctx, request);
    void reply.header('cache-control', 'no-store');
    return { keySecret: ctx.keySecret };
  });
}
