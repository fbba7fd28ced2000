// GET /api/v1/directory: offices and people, for every signed-in user (shows who owns what).
import type { FastifyInstance } from 'fastify';
import { API_PATHS, type Directory } from '../../../shared/sync';
import { directory } from '../accounts/accounts';
import { authenticate, type ServerContext } from '../http/context';

export function directoryRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.get(API_PATHS.directory, async (request): Promise<Directory> => {
    await authenticate(ctx, request);
    return directory(ctx.store);
  });
}
