// GET /reports/payouts (JSON or CSV) and GET /reports/cases.
import type { FastifyInstance } from 'fastify';
import { API_PATHS, type CaseStatsResponse, type PayoutReportResponse } from '../../../shared/sync';
import { ApiFailure } from '../http/apiFailure';
import { validInput } from '../http/validInput';
import { authenticate, type ServerContext } from '../http/context';
import { caseReportFor } from '../resolution/caseReport';
import { payoutCsvOf, payoutReportFor } from '../resolution/payoutReport';
import { checkPayoutQuery, checkPeriod } from '../resolution/reportQuery';

type Query = Record<string, string | string[] | undefined>;

export function reportRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.get<{ Querystring: Query }>(
    API_PATHS.payoutReport,
    async (request, reply): Promise<PayoutReportResponse | string> => {
      const user = await authenticate(ctx, request);
      const query = validInput(checkPayoutQuery(request.query));
      const response = await payoutReportFor(ctx.store, user, query);
      void reply.header('cache-control', 'no-store');
      if (query.format === 'json') return response;
      const name = `claimdesk-payouts-${query.period.from.slice(0, 10)}-${query.period.to.slice(0, 10)}-by-${query.by}.csv`;
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${name}"`)
        .send(payoutCsvOf(response, query.delimiter));
    },
  );

  app.get<{ Querystring: Query }>(API_PATHS.caseReport, async (request, reply): Promise<CaseStatsResponse> => {
    const user = await authenticate(ctx, request);
    if (user.role !== 'lead' && user.role !== 'admin')
      throw new ApiFailure(403, 'forbidden', 'The case report is for leads and admins.');
    const period = validInput(checkPeriod(request.query));
    void reply.header('cache-control', 'no-store');
    return caseReportFor(ctx.store, user, period);
  });
}
