// The agency's regulations: everyone reads the version in force; leads and admins write the next one.
import type { FastifyInstance } from 'fastify';
import { API_PATHS, type RegulationsResponse } from '../../../shared/sync';
import { ApiFailure } from '../http/apiFailure';
import { authenticate, type ServerContext } from '../http/context';
import { regulationsWithHistory, reviseStoredRegulations } from '../resolution/regulationsStore';
import { checkRegulationsUpdate } from '../resolution/regulationsUpdate';

const BODY_LIMIT = 512 * 1024;

export function regulationsRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.get(API_PATHS.regulations, async (request): Promise<RegulationsResponse> => {
    await authenticate(ctx, request);
    return regulationsWithHistory(ctx.store);
  });

  app.put(API_PATHS.regulations, { bodyLimit: BODY_LIMIT }, async (request): Promise<RegulationsResponse> => {
    const user = await authenticate(ctx, request);
    if (user.role !== 'lead' && user.role !== 'admin')
      throw new ApiFailure(403, 'forbidden', 'Only a lead or an admin can change the regulations; nothing was saved.');
    const checked = checkRegulationsUpdate(request.body);
    if (!checked.ok)
      throw new ApiFailure(
        400,
        'validation_failed',
        `The regulations were not saved: ${checked.fields.map((f) => f.message).join(' ')}`,
        checked.fields,
      );
    const saved = await reviseStoredRegulations(ctx.store, user, checked.value, ctx.now());
    request.log.info({ version: saved.current.version, rules: saved.current.rules.length }, 'regulations revised');
    return saved;
  });
}
