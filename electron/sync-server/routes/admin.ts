// Admin-only account management: offices, users, password resets, disabling.
import type { FastifyInstance } from 'fastify';
import {
  API_PATHS,
  API_PREFIX,
  checkCreateOffice,
  checkCreateUser,
  checkRenameOffice,
  checkResetPassword,
  checkUserPlacement,
} from '../../../shared/sync';
import {
  createOffice,
  createUser,
  disableOffice,
  disableUser,
  enableOffice,
  enableUser,
  listUsers,
  placeUser,
  renameOffice,
  resetPassword,
} from '../accounts/accounts';
import { validInput } from '../http/validInput';
import { authenticateAdmin, type ServerContext } from '../http/context';
import { idParam } from '../http/idParam';

const SMALL_BODY = 64 * 1024;
/** User and office ids are UUIDs; anything longer is no one's. */
const MAX_USER_ID = 64;
const MAX_OFFICE_ID = 64;

export function adminRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const opts = { bodyLimit: SMALL_BODY };
  app.post(API_PATHS.adminOffices, opts, async (request, reply) => {
    await authenticateAdmin(ctx, request);
    const input = validInput(checkCreateOffice(request.body));
    return reply.code(201).send(await createOffice(ctx.store, input.name, ctx.now()));
  });

  app.put<{ Params: { id: string } }>(`${API_PREFIX}/admin/offices/:id`, opts, async (request) => {
    await authenticateAdmin(ctx, request);
    const id = idParam(request.params.id, 'id', MAX_OFFICE_ID);
    return renameOffice(ctx.store, id, validInput(checkRenameOffice(request.body)).name);
  });

  app.post<{ Params: { id: string } }>(`${API_PREFIX}/admin/offices/:id/disable`, opts, async (request) => {
    await authenticateAdmin(ctx, request);
    return disableOffice(ctx.store, idParam(request.params.id, 'id', MAX_OFFICE_ID));
  });

  app.post<{ Params: { id: string } }>(`${API_PREFIX}/admin/offices/:id/enable`, opts, async (request) => {
    await authenticateAdmin(ctx, request);
    return enableOffice(ctx.store, idParam(request.params.id, 'id', MAX_OFFICE_ID));
  });

  app.get(API_PATHS.adminUsers, async (request) => {
    await authenticateAdmin(ctx, request);
    return listUsers(ctx.store);
  });

  app.post(API_PATHS.adminUsers, opts, async (request, reply) => {
    await authenticateAdmin(ctx, request);
    const input = validInput(checkCreateUser(request.body));
    return reply.code(201).send(await createUser(ctx.store, input, ctx.now()));
  });

  app.post<{ Params: { id: string } }>(`${API_PREFIX}/admin/users/:id/password`, opts, async (request) => {
    await authenticateAdmin(ctx, request);
    const id = idParam(request.params.id, 'id', MAX_USER_ID);
    const input = validInput(checkResetPassword(request.body));
    return resetPassword(ctx.store, id, input.password);
  });

  app.put<{ Params: { id: string } }>(`${API_PREFIX}/admin/users/:id/placement`, opts, async (request) => {
    await authenticateAdmin(ctx, request);
    const id = idParam(request.params.id, 'id', MAX_USER_ID);
    return placeUser(ctx.store, id, validInput(checkUserPlacement(request.body)));
  });

  app.post<{ Params: { id: string } }>(`${API_PREFIX}/admin/users/:id/disable`, opts, async (request) => {
    await authenticateAdmin(ctx, request);
    return disableUser(ctx.store, idParam(request.params.id, 'id', MAX_USER_ID));
  });

  app.post<{ Params: { id: string } }>(`${API_PREFIX}/admin/users/:id/enable`, opts, async (request) => {
    await authenticateAdmin(ctx, request);
    return enableUser(ctx.store, idParam(request.params.id, 'id', MAX_USER_ID));
  });
}
