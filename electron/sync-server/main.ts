// Standalone sync endpoint: `npm run server -- [--data DIR] [--port 8787] [--database-url …]`.
// Its stdout is the log, one JSON object a line (pino), so a log shipper can read it as it is;
// whatever is for the person starting it (a refusal, a generated password) goes to stderr.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseServerArgs, SERVER_USAGE } from './args';
import { createSyncServer, type SyncServer } from './server';
import { StartRefused } from './startRefused';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

let args;
try {
  args = parseServerArgs(process.argv.slice(2), process.env);
} catch (error) {
  process.stderr.write(`claimdesk server: ${(error as Error).message}\n\n${SERVER_USAGE}`);
  process.exit(2);
}
if (args.help) {
  process.stdout.write(SERVER_USAGE);
  process.exit(0);
}

let server: SyncServer;
try {
  server = await createSyncServer({
    dataDir: resolve(args.dataDir),
    databaseUrl: args.databaseUrl,
    host: args.host,
    port: args.port,
    tls: args.tlsCert && args.tlsKey ? { cert: readFileSync(args.tlsCert), key: readFileSync(args.tlsKey) } : undefined,
    webRoot: resolve(args.webRoot ?? resolve(projectRoot, 'dist-web')),
    adminPassword: process.env.CLAIMDESK_ADMIN_PASSWORD || undefined,
    logger: { level: process.env.LOG_LEVEL ?? 'info' },
    metrics: args.metricsToken ? { token: args.metricsToken } : undefined,
    intakeRateLimit: args.intakeRateLimit ? { max: args.intakeRateLimit, windowMs: 60_000 } : undefined,
    trustProxy: args.trustProxy,
  });
} catch (error) {
  if (!(error instanceof StartRefused)) throw error;
  process.stderr.write(`claimdesk server: ${error.message}\n`);
  process.exit(1);
}

if (server.generatedAdminPassword) {
  // Shown once, on stderr only, never in the structured log (logs get shipped and kept).
  process.stderr.write(
    `\n  Created the "admin" account. Its password (shown only this once):\n\n      ${server.generatedAdminPassword}\n\n` +
      '  Sign in and change it, or set CLAIMDESK_ADMIN_PASSWORD before the first start next time.\n\n',
  );
}
server.app.log.info({ url: server.url, database: server.store.kind }, 'claimdesk sync endpoint ready');

let stopping = false;
function shutdown(signal: string): void {
  if (stopping) {
    server.app.log.warn({ signal }, 'second signal: exiting without waiting');
    process.exit(1);
  }
  stopping = true;
  server.app.log.info({ signal }, 'shutting down: finishing in-flight requests');
  server.close().then(
    () => process.exit(0),
    (error: unknown) => {
      server.app.log.error({ err: error }, 'shutdown failed');
      process.exit(1);
    },
  );
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
