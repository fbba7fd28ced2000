// Incoming requests: the intake (an office's key or a signed-in person), the inbox, state changes,
// a lead's personal assignment, the free desk's board and the agency's routing rules.
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { explainRoute, explanationLanguageOf, type RoutingRules } from '../../../shared/routing';
import {
  API_PATHS,
  API_PREFIX,
  checkDeskStatusChange,
  checkIntakeRequest,
  checkRequestAssignment,
  checkRequestStateChange,
  checkRoutingRules,
  type DeskBoard,
  type IntakeAnswer,
  type IntakePreview,
  type InboxRequest,
  type RequestReport,
  type RequestsInbox,
  type SessionUser,
} from '../../../shared/sync';
import { ApiFailure } from '../http/apiFailure';
import { validInput } from '../http/validInput';
import { authenticate, bearerToken, type ServerContext } from '../http/context';
import { idParam } from '../http/idParam';
import { officeOfIntakeKey } from '../intake/intakeKeys';
import { assignPersonally, changeRequestState } from '../intake/requestActions';
import { inboxOf, inboxRequest, type StoredRequest } from '../intake/requestRows';
import { deskBoard, setDeskStatus } from '../intake/desk';
import { requestReportFor } from '../intake/requestReport';
import { checkPeriod } from '../resolution/reportQuery';
import { readRoutingRules, writeRoutingRules } from '../intake/routingRulesSetting';
import { previewRequest, takeRequest, type IntakeSource } from '../intake/takeRequest';

const SMALL_BODY = 64 * 1024;
const INBOX_LIMIT = 500;
const MAX_REQUEST_ID = 64;

export interface IntakeRateLimit {
  /** Requests per key (or person, or address) per window. */
  max: number;
  windowMs: number;
}

/**
 * Per calling address per endpoint process (the limiter counts in memory): a site form or a
 * telephony system stays well within it; a script hammering the endpoint does not.
 */
export const DEFAULT_INTAKE_RATE_LIMIT: IntakeRateLimit = { max: 300, windowMs: 60_000 };

function apiKeyOf(request: FastifyRequest): string | null {
  const header = request.headers['x-api-key'];
  return typeof header === 'string' ? header.trim() : null;
}

async function intakeSource(ctx: ServerContext, request: FastifyRequest): Promise<IntakeSource> {
  const key = apiKeyOf(request);
  if (key !== null) {
    const owner = key ? await officeOfIntakeKey(ctx.store, key) : null;
    if (!owner)
      throw new ApiFailure(
        401,
        'unauthorized',
        'The X-Api-Key is unknown or was revoked; ask the admin for a new intake key.',
      );
    return { source: `key:${owner.keyId}`, officeId: owner.officeId };
  }
  if (!bearerToken(request))
    throw new ApiFailure(
      401,
      'unauthorized',
      "Send the office's intake key as X-Api-Key (sites, telephony) or sign in and send a bearer token.",
    );
  const user = await authenticate(ctx, request);
  if (!user.officeId)
    throw new ApiFailure(403, 'forbidden', 'Requests are taken by an office; this account belongs to none.');
  return { source: `user:${user.id}`, officeId: user.officeId, userId: user.id };
}

function answerOf(stored: StoredRequest, request: FastifyRequest): IntakeAnswer {
  const { id, assignee, route, explanation } = inboxRequest(
    stored,
    explanationLanguageOf(request.headers['accept-language']),
  );
  return { id, assignee, route, explanation };
}

function leadOrAdmin(user: SessionUser, what: string): void {
  if (user.role !== 'lead' && user.role !== 'admin')
    throw new ApiFailure(403, 'forbidden', `Only a lead or an admin can ${what}.`);
}

export async function requestRoutes(app: FastifyInstance, ctx: ServerContext, limit: IntakeRateLimit): Promise<void> {
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) =>
      new ApiFailure(
        429,
        'too_many_requests',
        `Too many requests: at most ${context.max} per ${Math.round(limit.windowMs / 1000)} s. Try again in ${Math.ceil(context.ttl / 1000)} s; nothing was taken.`,
        undefined,
        { 'retry-after': String(Math.ceil(context.ttl / 1000)) },
      ),
  });
  const rateLimited = {
    bodyLimit: SMALL_BODY,
    config: {
      rateLimit: {
        max: limit.max,
        timeWindow: limit.windowMs,
        // By calling address, not by the key sent: a made-up key per attempt must not buy a fresh
        // allowance (keys are checked after the limiter). A site or a telephony system calls from
        // its own server; an office's workstations share their address and stay far below.
        keyGenerator: (request: FastifyRequest): string => request.ip,
      },
    },
  };

  app.post(API_PATHS.requests, rateLimited, async (request, reply): Promise<IntakeAnswer> => {
    const from = await intakeSource(ctx, request);
    const { request: intake, keys } = validInput(checkIntakeRequest(request.body), 'The request was not taken');
    const taken = await takeRequest(ctx.store, from, intake, keys, ctx.now());
    if (taken.created)
      request.log.info(
        { request: taken.request.id, route: taken.request.route, office: from.officeId },
        'request routed',
      );
    void reply.code(taken.created ? 201 : 200);
    return answerOf(taken.request, request);
  });

  app.post(API_PATHS.requestPreview, rateLimited, async (request): Promise<IntakePreview> => {
    const user = await authenticate(ctx, request);
    if (!user.officeId)
      throw new ApiFailure(403, 'forbidden', 'Requests are taken by an office; this account belongs to none.');
    const { keys } = validInput(checkIntakeRequest(request.body, { preview: true }), 'No preview');
    const decision = await previewRequest(
      ctx.store,
      { source: `user:${user.id}`, officeId: user.officeId, userId: user.id },
      keys,
      ctx.now(),
    );
    return {
      assignee: decision.assignee,
      route: decision.route,
      explanation: explainRoute(decision.reason, explanationLanguageOf(request.headers['accept-language'])),
    };
  });

  app.get(API_PATHS.requests, async (request): Promise<RequestsInbox> => {
    const user = await authenticate(ctx, request);
    const language = explanationLanguageOf(request.headers['accept-language']);
    return { requests: (await inboxOf(ctx.store, user, INBOX_LIMIT)).map((r) => inboxRequest(r, language)) };
  });

  app.post<{ Params: { id: string } }>(
    `${API_PREFIX}/requests/:id/state`,
    { bodyLimit: SMALL_BODY },
    async (request): Promise<InboxRequest> => {
      const user = await authenticate(ctx, request);
      const id = idParam(request.params.id, 'id', MAX_REQUEST_ID);
      const change = validInput(checkRequestStateChange(request.body), 'The request was not changed');
      const stored = await changeRequestState(ctx.store, user, id, change, ctx.now());
      return inboxRequest(stored, explanationLanguageOf(request.headers['accept-language']));
    },
  );

  app.post<{ Params: { id: string } }>(
    `${API_PREFIX}/requests/:id/assign`,
    { bodyLimit: SMALL_BODY },
    async (request): Promise<InboxRequest> => {
      const user = await authenticate(ctx, request);
      leadOrAdmin(user, 'assign a request personally');
      const id = idParam(request.params.id, 'id', MAX_REQUEST_ID);
      const assignment = validInput(checkRequestAssignment(request.body), 'The request was not assigned');
      const stored = await assignPersonally(ctx.store, user, id, assignment, ctx.now());
      return inboxRequest(stored, explanationLanguageOf(request.headers['accept-language']));
    },
  );

  app.get<{ Querystring: { office?: string } }>(API_PATHS.desk, async (request): Promise<DeskBoard> => {
    const user = await authenticate(ctx, request);
    const officeId = user.role === 'admin' && request.query.office ? request.query.office : user.officeId;
    if (!officeId) throw new ApiFailure(400, 'validation_failed', 'Name the office: ?office=<office id>.');
    return deskBoard(ctx.store, officeId, ctx.now());
  });

  app.put(API_PATHS.desk, { bodyLimit: SMALL_BODY }, async (request): Promise<DeskBoard> => {
    const user = await authenticate(ctx, request);
    const change = validInput(checkDeskStatusChange(request.body), 'The status was not changed');
    return setDeskStatus(ctx.store, user, change, ctx.now());
  });

  app.get<{ Querystring: Record<string, string | string[] | undefined> }>(
    API_PATHS.requestReport,
    async (request, reply): Promise<RequestReport> => {
      const user = await authenticate(ctx, request);
      const period = validInput(checkPeriod(request.query), 'No report');
      void reply.header('cache-control', 'no-store');
      return requestReportFor(ctx.store, user, period);
    },
  );

  app.get(API_PATHS.routingRules, async (request): Promise<RoutingRules> => {
    await authenticate(ctx, request);
    return readRoutingRules(ctx.store);
  });

  app.put(API_PATHS.routingRules, { bodyLimit: SMALL_BODY }, async (request): Promise<RoutingRules> => {
    const user = await authenticate(ctx, request);
    leadOrAdmin(user, 'change the routing rules');
    return writeRoutingRules(ctx.store, validInput(checkRoutingRules(request.body), 'The rules were not changed'));
  });
}
