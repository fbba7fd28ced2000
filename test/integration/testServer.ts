// Starting endpoints for tests: in-process (createSyncServer) or as a real child process (the entry, via tsx).
import { createSyncServer, type SyncServer, type SyncServerOptions } from '../../electron/sync-server/server';
import { spawnEndpoint, type SpawnedEndpoint } from '../support/spawnEndpoint';
import { Api } from './api';
import type { StoreLocation } from './backends';

export const ADMIN_PASSWORD = 'admin password for tests';

export async function startServer(
  location: StoreLocation,
  extra: Partial<SyncServerOptions> = {},
): Promise<{ server: SyncServer; admin: Api; anonymous: Api }> {
  const server = await createSyncServer({
    ...location,
    port: 0,
    webRoot: null,
    adminPassword: ADMIN_PASSWORD,
    ...extra,
  });
  const anonymous = new Api(server.url);
  return { server, admin: await anonymous.login('admin', ADMIN_PASSWORD), anonymous };
}

export function spawnServer(
  location: StoreLocation,
  timeoutMs = 60_000,
  env: Record<string, string> = {},
): Promise<SpawnedEndpoint> {
  return spawnEndpoint({
    dataDir: location.dataDir,
    databaseUrl: location.databaseUrl,
    adminPassword: ADMIN_PASSWORD,
    timeoutMs,
    env,
  });
}
