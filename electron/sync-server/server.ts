// createSyncServer: the whole endpoint, started in-process (tests, the desktop's hub) or by main.ts.
import cors from '@fastify/cors';
import { WORKSTATION_HEADERS } from '../../shared/sync';
import { workstationSeen } from './auth/workstationSeen';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { SYNC_LIMITS } from '../../shared/sync';
import { ensureAdmin } from './accounts/bootstrapAdmin';
import { startSessionWatch } from './auth/sessionRevocations';
import { DEFAULT_THROTTLE, type ThrottleSettings } from './auth/throttle';
import { userForTokenHash } from './auth/tokens';
import { migrate } from './db/migrations';
import { openStore } from './db/openStore';
import type { SqlStore } from './db/sqlStore';
import { startChangeFeed } from './documents/changeFeed';
import type { DetectionMode } from './detection/detectionSettings';
import type { ServerContext } from './http/context';
import { installErrorHandler } from './http/errorHandler';
import { installJsonBodyParser } from './http/jsonBody';
import { installMetrics, type MetricsSettings } from './http/metrics';
import { answerRouterError, installRequestGuards } from './http/requestGuards';
import { installSecurityHeaders } from './http/securityHeaders';
import { adminRoutes } from './routes/admin';
import { authRoutes } from './routes/auth';
import { backupRoutes } from './routes/backup';
import { caseEvidenceRoutes } from './routes/caseEvidence';
import { directoryRoutes } from './routes/directory';
import { healthRoutes } from './routes/health';
import { lookupRoutes } from './routes/lookup';
import { intakeKeyRoutes } from './routes/intakeKeys';
import { planRoutes } from './routes/plans';
import { regulationsRoutes } from './routes/regulations';
import { DEFAULT_INTAKE_RATE_LIMIT, requestRoutes, type IntakeRateLimit } from './routes/requests';
import { reportRoutes } from './routes/reports';
import { streamRoutes } from './routes/stream';
import { syncRoutes } from './routes/sync';
import { webRoutes } from './routes/web';

export interface SyncServerOptions {
  /** Where the embedded database lives when no databaseUrl is given. */
  dataDir: string;
  /** postgres://… to use a PostgreSQL server instead of the embedded store. */
  databaseUrl?: string | undefined;
  host?: string;
  /** 0 picks a free port (tests). */
  port?: number;
  tls?: { cert: string | Buffer; key: string | Buffer } | undefined;
  /** The web build to serve at "/"; null serves the "not built" page. */
  webRoot: string | null;
  /** Password for the `admin` account created on an empty database; random when absent. */
  adminPassword?: string | undefined;
  /** fastify/pino logger options; false for silence. */
  logger?: FastifyServerOptions['logger'];
  tokenTtlMs?: number;
  throttle?: Partial<ThrottleSettings>;
  /** Epoch milliseconds; injectable so tests can expire tokens and locks without waiting. */
  now?: () => number;
  /**
   * Test instrumentation only: awaited inside each push transaction just before it commits.
   * The concurrency test delays commits with it so that, without the commit-order lock,
   * late commits would reliably overtake earlier sequence numbers.
   */
  beforePushCommit?: () => Promise<void>;
  /**
   * Benchmarks only: 'claims-only' keeps the claims index but opens no cases, 'off' derives
   * nothing from pushed clients. Default 'on'; offices depend on both.
   */
  detection?: DetectionMode;
  /** Serve GET /metrics (Prometheus) to a scraper with this token; absent, there is no /metrics. */
  metrics?: MetricsSettings | undefined;
  /** Requests per intake key (or person) per window at POST /requests; benches raise it. */
  intakeRateLimit?: IntakeRateLimit | undefined;
  /** Behind a reverse proxy: the caller's address comes from X-Forwarded-For (rate limits count it). */
  trustProxy?: boolean;
}

export interface SyncServer {
  url: string;
  /** Set when this start created the `admin` account with a random password: show it once. */
  generatedAdminPassword: string | null;
  app: FastifyInstance;
  store: SqlStore;
  /** Stops accepting, lets in-flight requests finish (an open push commits or rolls back), closes the database. */
  close(): Promise<void>;
}

const THIRTY_DAYS = 30 * 24 * 3600_000;
/** Case ids name two client ids (up to 64 characters each); fastify's default of 100 is too short. */
const MAX_PARAM_LENGTH = 256;

export async function createSyncServer(options: SyncServerOptions): Promise<SyncServer> {
  const now = options.now ?? Date.now;
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: SYNC_LIMITS.maxBodyBytes,
    routerOptions: { maxParamLength: MAX_PARAM_LENGTH },
    frameworkErrors: answerRouterError,
    trustProxy: options.trustProxy ?? false,
    ...(options.tls ? { https: { cert: options.tls.cert, key: options.tls.key } } : {}),
  }) as unknown as FastifyInstance;
  const logError = (error: unknown): void => app.log.error({ err: error }, 'background database error');

  const store = await openStore(
    { dataDir: options.dataDir, databaseUrl: options.databaseUrl },
    logError,
    (msg, details) => app.log.warn(details, msg),
  );
  try {
    const applied = await migrate(store);
    if (applied.length) app.log.info({ applied }, 'database migrations applied');
    const admin = await ensureAdmin(store, options.adminPassword, now());
    if (admin.created) app.log.warn({ username: 'admin' }, 'created the admin account on an empty database');

    const feed = await startChangeFeed(store, logError);
    const sessions = await startSessionWatch(
      store,
      async (tokenHash) => (await userForTokenHash(store, tokenHash, now())) !== null,
      logError,
    );
    const ctx: ServerContext = {
      detection: { mode: options.detection ?? 'on', recommend: true },
      store,
      feed,
      now,
      startedAt: now(),
      tokenTtlMs: options.tokenTtlMs ?? THIRTY_DAYS,
      throttle: { ...DEFAULT_THROTTLE, ...options.throttle },
      streams: new Set(),
      sessions,
      workstations: workstationSeen(store),
      beforePushCommit: options.beforePushCommit,
    };
    installErrorHandler(app);
    installJsonBodyParser(app);
    installRequestGuards(app);
    await installSecurityHeaders(app, { tls: Boolean(options.tls) });
    // The desktop app's page has no web origin (file://), and an office may run the web build
    // from elsewhere. Any origin is safe here: credentials are bearer tokens, never cookies.
    await app.register(cors, {
      origin: '*',
      allowedHeaders: [
        'authorization',
        'content-type',
        'accept',
        'accept-language',
        'x-api-key',
        ...Object.values(WORKSTATION_HEADERS),
      ],
      exposedHeaders: ['retry-after'],
      maxAge: 600,
    });
    healthRoutes(app, ctx);
    authRoutes(app, ctx);
    directoryRoutes(app, ctx);
    adminRoutes(app, ctx);
    backupRoutes(app, ctx);
    syncRoutes(app, ctx);
    streamRoutes(app, ctx);
    regulationsRoutes(app, ctx);
    caseEvidenceRoutes(app, ctx);
    reportRoutes(app, ctx);
    lookupRoutes(app, ctx);
    intakeKeyRoutes(app, ctx);
    planRoutes(app, ctx);
    await requestRoutes(app, ctx, options.intakeRateLimit ?? DEFAULT_INTAKE_RATE_LIMIT);
    if (options.metrics) installMetrics(app, ctx, options.metrics);
    webRoutes(app, options.webRoot);
    // Live streams never finish by themselves; end them so close() can wait for the real requests.
    // Responses still in flight close their keep-alive connection, or close() would wait for the
    // idle timeout (72 s in fastify) of every client that was mid-request.
    let shuttingDown = false;
    app.addHook('preClose', async () => {
      shuttingDown = true;
      [...ctx.streams].forEach((end) => end());
    });
    app.addHook('onSend', async (_request, reply) => {
      if (shuttingDown) reply.header('connection', 'close');
    });

    const address = await app.listen({ host: options.host ?? '127.0.0.1', port: options.port ?? 8787 });
    let closing: Promise<void> | undefined;
    return {
      url: address,
      generatedAdminPassword: admin.generatedPassword,
      app,
      store,
      close: () =>
        (closing ??= (async () => {
          await app.close();
          await sessions.stop();
          await feed.stop();
          await store.close();
        })()),
    };
  } catch (error) {
    await app.close().catch(() => undefined);
    await store.close().catch(() => undefined);
    throw error;
  }
}
