// GET /api/v1/sync/{collection}/stream: live changes as Server-Sent Events.
//
// Authentication is the same Bearer header as every other route. There is deliberately no
// ?token= fallback for the browser's EventSource (which cannot send headers): tokens in URLs end
// up in logs and histories. Clients read the stream with fetch() and a ReadableStream, which works
// in Electron's renderer, browsers and Node alike.
import type { FastifyInstance } from 'fastify';
import { API_PREFIX, type StreamMessage } from '../../../shared/sync';
import { hashToken, userForTokenHash } from '../auth/tokens';
import type { ChangedRow } from '../documents/changeFeed';
import { isVisible, toSyncDocument } from '../documents/documentStore';
import { visibleOffice } from '../documents/scope';
import { authenticate, bearerToken, type ServerContext } from '../http/context';
import { collectionParam } from './collectionParam';

/**
 * Keeps proxies from closing an idle stream, and re-checks the token: a revocation ends the stream
 * at once (ctx.sessions), an expired token ends it at the next heartbeat.
 */
const HEARTBEAT_MS = 15_000;

export function streamRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.get<{ Params: { collection: string } }>(`${API_PREFIX}/sync/:collection/stream`, async (request, reply) => {
    const user = await authenticate(ctx, request);
    const collection = collectionParam(request.params.collection);
    const tokenHash = hashToken(bearerToken(request) as string);
    const office = visibleOffice(user);

    reply.hijack();
    const res = reply.raw;
    // Hijacking skips fastify's reply: the headers set on it so far (CORS) are written here.
    for (const [name, value] of Object.entries(reply.getHeaders())) if (value !== undefined) res.setHeader(name, value);
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });

    // A slow reader must not make the server buffer without bound: while its socket is full we
    // drop events, and once it drains we tell it to RESYNC, which recovers everything dropped.
    let lagging = false;
    const send = (message: StreamMessage): void => {
      if (lagging || res.writableEnded) return;
      if (!res.write(`data: ${JSON.stringify(message)}\n\n`)) {
        lagging = true;
        res.once('drain', () => {
          lagging = false;
          send('RESYNC');
        });
      }
    };

    const onRows = (rows: readonly ChangedRow[]): void => {
      const visible = office === null ? rows : rows.filter((r) => isVisible(collection, office, r));
      const last = visible[visible.length - 1];
      if (last) send({ documents: visible.map((r) => toSyncDocument(r)), checkpoint: { seq: last.seq } });
    };

    let ended = false;
    const end = (): void => {
      if (ended) return;
      ended = true;
      clearInterval(heartbeat);
      unsubscribe();
      unwatch();
      ctx.streams.delete(end);
      res.end();
    };
    const unsubscribe = ctx.feed.subscribe({ collection, onRows, onReset: () => send('RESYNC') });
    // An open live stream is a workstation in sync: the admin's health page says so.
    const inSync = () => ctx.workstations.inSync(tokenHash, request.headers, ctx.now()).catch(() => undefined);
    const heartbeat = setInterval(() => {
      userForTokenHash(ctx.store, tokenHash, ctx.now()).then(
        (still) => {
          if (!still) return end();
          res.write(': ping\n\n');
          void inSync();
        },
        () => undefined,
      );
    }, HEARTBEAT_MS);
    const unwatch = ctx.sessions.watch({ userId: user.id, tokenHash, end });
    ctx.streams.add(end);
    res.on('close', end);
    // A revocation that committed between the sign-in check above and watch() was announced to nobody.
    userForTokenHash(ctx.store, tokenHash, ctx.now()).then(
      (still) => still || end(),
      () => undefined,
    );

    // Whatever happened before this connection is the client's pull's job: tell it to catch up.
    send('RESYNC');
  });
}
