// GET /plans?month=YYYY-MM and PUT /plans: the common monthly margin plans and their progress.
import type { FastifyInstance } from 'fastify';
import { API_PATHS, checkSavePlan, isMonth, type MarginPlan, type PlansResponse } from '../../../shared/sync';
import { ApiFailure } from '../http/apiFailure';
import { authenticate, type ServerContext } from '../http/context';
import { validInput } from '../http/validInput';
import { plansOf, savePlan } from '../plans/marginPlans';

export function planRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.get<{ Querystring: { month?: string } }>(API_PATHS.plans, async (request): Promise<PlansResponse> => {
    const user = await authenticate(ctx, request);
    const month = request.query.month;
    if (!isMonth(month))
      throw new ApiFailure(400, 'validation_failed', 'Give the month as ?month=YYYY-MM.', [
        { field: 'month', message: 'month is "YYYY-MM", e.g. "2026-12".' },
      ]);
    return plansOf(ctx.store, user, month);
  });

  app.put(API_PATHS.plans, { bodyLimit: 64 * 1024 }, async (request): Promise<MarginPlan> => {
    const user = await authenticate(ctx, request);
    return savePlan(ctx.store, user, validInput(checkSavePlan(request.body), 'The plan was not saved'), ctx.now());
  });
}
