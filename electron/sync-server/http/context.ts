// What every route needs, built once by createSyncServer.
import type { FastifyRequest } from 'fastify';
import type { WorkstationSeen } from '../auth/workstationSeen';
import type { SessionUser } from '../../../shared/sync';
import type { SessionWatch } from '../auth/sessionRevocations';
import type { ThrottleSettings } from '../auth/throttle';
import { userForToken } from '../auth/tokens';
import type { SqlStore } from '../db/sqlStore';
import type { ChangeFeed } from '../documents/changeFeed';
import type { DetectionSettings } from '../detection/detectionSettings';
import { ApiFailure } from './apiFailure';

export interface ServerContext {
  store: SqlStore;
  feed: ChangeFeed;
  now(): number;
  /** When this endpoint process started (the admin's health view shows its uptime). */
  startedAt: number;
  tokenTtlMs: number;
  throttle: ThrottleSettings;
  /** How claims and cases are derived from pushed clients (hashed under detection/keySecret.ts keyHasherIn). */
  detection: DetectionSettings;
  /** Test instrumentation: runs inside every push transaction after its writes, before commit. */
  beforePushCommit?: (() => Promise<void>) | undefined;
  /** Ends every open live stream (graceful shutdown). */
  streams: Set<() => void>;
  /** Ends a live stream when its session is revoked, through any endpoint process. */
  sessions: SessionWatch;
  /** What each session's workstation last said of itself, and when it last pulled. */
  workstations: WorkstationSeen;
}

export function bearerToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  return match?.[1] ?? null;
}

/**
 * What a request's bearer token signs in as, found by `find` (the user, or the user with more of
 * their session), or the 401 every route answers when there is none.
 */
export async function requireSignedIn<T>(
  request: FastifyRequest,
  find: (token: string) => Promise<T | null>,
): Promise<T> {
  const token = bearerToken(request);
  if (!token)
    throw new ApiFailure(
      401,
      'unauthorized',
      'Sign in first: send "Authorization: Bearer <token>" with the token from POST /api/v1/auth/login.',
    );
  const found = await find(token);
  if (!found)
    throw new ApiFailure(
      401,
      'unauthorized',
      'Your session has expired or was ended (signed out, password reset, account or office disabled). Sign in again.',
    );
  return found;
}

export function authenticate(ctx: ServerContext, request: FastifyRequest): Promise<SessionUser> {
  return requireSignedIn(request, (token) => userForToken(ctx.store, token, ctx.now()));
}

export async function authenticateAdmin(ctx: ServerContext, request: FastifyRequest): Promise<SessionUser> {
  const user = await authenticate(ctx, request);
  if (user.role !== 'admin') throw new ApiFailure(403, 'forbidden', 'Only an admin can manage offices and accounts.');
  return user;
}
