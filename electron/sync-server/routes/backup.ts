// GET /api/v1/admin/backup: a consistent backup of the running endpoint, for `claimdesk backup`.
// It goes through the endpoint because an embedded store cannot be opened by a second process.
import { createReadStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { API_PATHS } from '../../../shared/sync';
import { writeBackup } from '../backup/writeBackup';
import { authenticateAdmin, type ServerContext } from '../http/context';

export function backupRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.get(API_PATHS.adminBackup, async (request, reply) => {
    const admin = await authenticateAdmin(ctx, request);
    const dir = await mkdtemp(join(tmpdir(), 'claimdesk-backup-'));
    const removeDir = (): void => void rm(dir, { recursive: true, force: true }).catch(() => undefined);
    try {
      const file = join(dir, 'backup.jsonl');
      const tables = await writeBackup(ctx.store, file, new Date(ctx.now()));
      request.log.info({ userId: admin.id, tables }, 'backup taken');
      reply.raw.once('close', removeDir);
      const stamp = new Date(ctx.now()).toISOString().slice(0, 19).replaceAll(':', '-');
      return reply
        .header('content-type', 'application/x-ndjson; charset=utf-8')
        .header('content-disposition', `attachment; filename="claimdesk-${stamp}.jsonl"`)
        .header('cache-control', 'no-store')
        .send(createReadStream(file));
    } catch (error) {
      removeDir();
      throw error;
    }
  });
}
