// Sign-in, sign-out, and changing one's own password.
import type { FastifyInstance } from 'fastify';
import { API_PATHS, checkChangePassword, type LoginResponse } from '../../../shared/sync';
import { changeOwnPassword, findLogin, loginOf } from '../accounts/accounts';
import { DUMMY_HASH, verifyPassword } from '../auth/password';
import { clearFailures, countAttempt, throttleKey } from '../auth/throttle';
import { hashToken, issueToken, revokeToken } from '../auth/tokens';
import { ApiFailure } from '../http/apiFailure';
import { authenticate, bearerToken, type ServerContext } from '../http/context';

const SMALL_BODY = 64 * 1024;

export function authRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.post(API_PATHS.login, { bodyLimit: SMALL_BODY }, async (request): Promise<LoginResponse> => {
    const body = (request.body ?? {}) as Record<string, unknown>;
    const { username, password } = body;
    if (typeof username !== 'string' || !username.trim() || typeof password !== 'string' || !password) {
      throw new ApiFailure(400, 'validation_failed', 'Send {"username", "password"} as JSON.', [
        ...(typeof username === 'string' && username.trim()
          ? []
          : [{ field: 'username', message: 'Enter your username.' }]),
        ...(typeof password === 'string' && password ? [] : [{ field: 'password', message: 'Enter your password.' }]),
      ]);
    }
    const key = throttleKey(username, request.ip);
    // Counted (and refused while locked) before the password is checked: see countAttempt.
    await countAttempt(ctx.store, key, ctx.now(), ctx.throttle);
    const user = await findLogin(ctx.store, username.trim());
    // Hash even for an unknown user, so the answer time does not tell which usernames exist.
    const matches = await verifyPassword(password, user?.password_hash ?? DUMMY_HASH);
    if (!user || !matches) throw new ApiFailure(401, 'unauthorized', 'Wrong username or password.');
    // Only the right password learns why: a guess must not tell a disabled account from a wrong one.
    if (user.disabled) throw new ApiFailure(401, 'account_disabled', 'This account is disabled. Ask an admin.');
    if (user.office_disabled)
      throw new ApiFailure(401, 'office_disabled', "This account's office is disabled. Ask an admin.");
    await clearFailures(ctx.store, key);
    const { token, expiresAt } = await issueToken(ctx.store, user.id, ctx.now(), ctx.tokenTtlMs);
    request.log.info({ userId: user.id }, 'signed in');
    return { token, expiresAt, user: { id: user.id, name: user.name, officeId: user.office_id, role: user.role } };
  });

  app.post(API_PATHS.changePassword, { bodyLimit: SMALL_BODY }, async (request, reply) => {
    const user = await authenticate(ctx, request);
    const checked = checkChangePassword(request.body);
    if (!checked.ok)
      throw new ApiFailure(400, 'validation_failed', checked.fields.map((f) => f.message).join(' '), checked.fields);
    const login = await loginOf(ctx.store, user.id);
    if (!login) throw new ApiFailure(401, 'unauthorized', 'Your account no longer exists. Sign in again.');
    // A stolen session must not be a way to guess the password: the same throttle as signing in.
    const key = throttleKey(login.username, request.ip);
    await countAttempt(ctx.store, key, ctx.now(), ctx.throttle);
    if (!(await verifyPassword(checked.value.currentPassword, login.password_hash)))
      throw new ApiFailure(403, 'forbidden', 'The current password is wrong.', [
        { field: 'currentPassword', message: 'This is not your current password.' },
      ]);
    await clearFailures(ctx.store, key);
    await changeOwnPassword(ctx.store, user.id, hashToken(bearerToken(request) as string), checked.value.newPassword);
    request.log.info({ userId: user.id }, 'changed own password');
    return reply.code(204).send();
  });

  app.post(API_PATHS.logout, { bodyLimit: SMALL_BODY }, async (request, reply) => {
    await authenticate(ctx, request);
    await revokeToken(ctx.store, bearerToken(request) as string);
    return reply.code(204).send();
  });
}
