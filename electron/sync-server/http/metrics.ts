// GET /metrics in Prometheus's text format, only when the endpoint is started with --metrics, and
// only for a scraper that sends the metrics token: the figures (offices' activity, route names)
// are for the agency's own monitoring, never for the open network.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { collectDefaultMetrics, Counter, Gauge, Registry } from 'prom-client';
import { API_PREFIX } from '../../../shared/sync';
import { bearerToken, type ServerContext } from './context';

export const METRICS_PATH = '/metrics';

export interface MetricsSettings {
  /** The bearer token a scraper sends (CLAIMDESK_METRICS_TOKEN). */
  token: string;
}

const PULL_ROUTE = `${API_PREFIX}/sync/:collection/pull`;
const PUSH_ROUTE = `${API_PREFIX}/sync/:collection/push`;

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

function collectionOf(request: FastifyRequest): string {
  return String((request.params as { collection?: unknown }).collection ?? '');
}

export function installMetrics(app: FastifyInstance, ctx: ServerContext, settings: MetricsSettings): void {
  const register = new Registry();
  collectDefaultMetrics({ register, prefix: 'claimdesk_' });
  const requests = new Counter({
    name: 'claimdesk_http_requests_total',
    help: 'HTTP requests answered, by route pattern, method and status',
    labelNames: ['route', 'method', 'status'] as const,
    registers: [register],
  });
  const errors = new Counter({
    name: 'claimdesk_http_errors_total',
    help: 'Requests that failed inside the endpoint (answered 500)',
    registers: [register],
  });
  const documents = new Counter({
    name: 'claimdesk_sync_documents_total',
    help: 'Documents pushed by offices and pulled by them, by collection',
    labelNames: ['direction', 'collection'] as const,
    registers: [register],
  });
  new Gauge({
    name: 'claimdesk_live_streams',
    help: 'Live change streams open to offices now',
    registers: [register],
    collect() {
      this.set(ctx.streams.size);
    },
  });
  new Gauge({
    name: 'claimdesk_cases',
    help: 'Cases the endpoint holds (opened by detection across offices); its rate is cases opened',
    registers: [register],
    async collect() {
      const rows = await ctx.store.query<{ n: string }>(
        `select count(*)::text as n from documents where collection = 'cases' and not deleted`,
      );
      this.set(Number(rows[0]?.n ?? 0));
    },
  });

  const pulled = new WeakMap<FastifyRequest, number>();
  app.addHook('preSerialization', async (request, _reply, payload) => {
    if (request.routeOptions.url === PULL_ROUTE) {
      const list = (payload as { documents?: unknown } | null)?.documents;
      if (Array.isArray(list)) pulled.set(request, list.length);
    }
    return payload;
  });
  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    requests.inc({ route, method: request.method, status: String(reply.statusCode) });
    if (reply.statusCode >= 500) errors.inc();
    if (reply.statusCode !== 200) return;
    if (route === PUSH_ROUTE && Array.isArray(request.body))
      documents.inc({ direction: 'push', collection: collectionOf(request) }, request.body.length);
    const count = pulled.get(request);
    if (count) documents.inc({ direction: 'pull', collection: collectionOf(request) }, count);
  });

  const expected = digest(settings.token);
  app.get(METRICS_PATH, async (request, reply) => {
    const token = bearerToken(request);
    if (!token || !timingSafeEqual(digest(token), expected))
      return reply
        .code(401)
        .send({ error: { code: 'unauthorized', message: 'Send "Authorization: Bearer <the metrics token>".' } });
    return reply.header('content-type', register.contentType).send(await register.metrics());
  });
}
