// Command-line options of the standalone endpoint (`npm run server -- …`).
import { parseArgs } from 'node:util';

export const SERVER_USAGE = `Usage: npm run server -- [options]

  --data DIR             embedded database directory (default ./data/server); unused with --database-url
  --host HOST            address to listen on (default 127.0.0.1; 0.0.0.0 for the office network)
  --port PORT            port (default 8787)
  --database-url URL     postgres://user:pass@host:5432/db — use a PostgreSQL server instead of the embedded store
  --tls-cert FILE        PEM certificate; with --tls-key serves HTTPS (recommended beyond loopback)
  --tls-key FILE         PEM private key
  --web DIR              web build to serve at / (default dist-web/ of the project)
  --metrics              serve /metrics (Prometheus) to scrapers sending CLAIMDESK_METRICS_TOKEN
  --intake-rate-limit N  requests per minute one address may post to /api/v1/requests (default 300)
  --trust-proxy          behind a reverse proxy: take the caller's address from X-Forwarded-For
  -h, --help             show this help

Environment: CLAIMDESK_ADMIN_PASSWORD sets the password of the "admin" account created on an
empty database (otherwise a random one is printed once); DATABASE_URL is used when --database-url is absent;
CLAIMDESK_METRICS_TOKEN (16 characters or more) is the bearer token /metrics asks for with --metrics;
CLAIMDESK_INTAKE_RATE_LIMIT is used when --intake-rate-limit is absent.
`;

const MIN_METRICS_TOKEN = 16;

export interface ServerArgs {
  dataDir: string;
  host: string;
  port: number;
  databaseUrl: string | undefined;
  tlsCert: string | undefined;
  tlsKey: string | undefined;
  webRoot: string | undefined;
  /** The metrics token when --metrics is given. */
  metricsToken: string | undefined;
  /** Intake requests per minute per calling address; undefined: the endpoint's default. */
  intakeRateLimit: number | undefined;
  /** Behind a reverse proxy (nginx, Caddy): limits count the caller's address, not the proxy's. */
  trustProxy: boolean;
  help: boolean;
}

export function parseServerArgs(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): ServerArgs {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      data: { type: 'string' },
      host: { type: 'string' },
      port: { type: 'string' },
      'database-url': { type: 'string' },
      'tls-cert': { type: 'string' },
      'tls-key': { type: 'string' },
      web: { type: 'string' },
      metrics: { type: 'boolean' },
      'intake-rate-limit': { type: 'string' },
      'trust-proxy': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  const port = Number(values.port ?? 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port must be a port number, got "${values.port}"`);
  if (Boolean(values['tls-cert']) !== Boolean(values['tls-key']))
    throw new Error('--tls-cert and --tls-key go together');
  const metricsToken = values.metrics ? env.CLAIMDESK_METRICS_TOKEN : undefined;
  if (values.metrics && (!metricsToken || metricsToken.length < MIN_METRICS_TOKEN || /\s/.test(metricsToken)))
    throw new Error(
      `--metrics needs CLAIMDESK_METRICS_TOKEN set to a token of at least ${MIN_METRICS_TOKEN} characters without spaces (scrapers send it as a bearer token)`,
    );
  const rate = values['intake-rate-limit'] ?? env.CLAIMDESK_INTAKE_RATE_LIMIT;
  const intakeRateLimit = rate === undefined || rate === '' ? undefined : Number(rate);
  if (intakeRateLimit !== undefined && (!Number.isInteger(intakeRateLimit) || intakeRateLimit < 1))
    throw new Error(`--intake-rate-limit must be a whole number of requests per minute, got "${rate}"`);
  return {
    dataDir: values.data ?? './data/server',
    host: values.host ?? '127.0.0.1',
    port,
    databaseUrl: values['database-url'] ?? (env.DATABASE_URL || undefined),
    tlsCert: values['tls-cert'],
    tlsKey: values['tls-key'],
    webRoot: values.web,
    metricsToken,
    intakeRateLimit,
    trustProxy: values['trust-proxy'] ?? false,
    help: values.help ?? false,
  };
}
