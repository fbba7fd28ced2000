// GET /cases/{caseId}/evidence: both managers' activities and deals with the case's two clients.
import type { FastifyInstance } from 'fastify';
import { API_PREFIX, type CaseEvidence } from '../../../shared/sync';
import { ApiFailure } from '../http/apiFailure';
import { authenticate, type ServerContext } from '../http/context';
import { idParam } from '../http/idParam';
import { clientFacts, sideRecordOf, storedCases } from '../resolution/caseData';
import { caseEvidenceOf, mayReadEvidence } from '../resolution/caseEvidence';

export function caseEvidenceRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.get<{ Params: { caseId: string } }>(
    `${API_PREFIX}/cases/:caseId/evidence`,
    async (request, reply): Promise<CaseEvidence> => {
      const user = await authenticate(ctx, request);
      // The longest id a case document may have (shared/db/schemas/case.ts).
      const caseId = idParam(request.params.caseId, 'caseId', 200);
      const caseDoc = (await storedCases(ctx.store, [caseId]))[0];
      if (!caseDoc) throw new ApiFailure(404, 'not_found', `There is no case "${caseId}" at the endpoint (yet).`);
      if (!mayReadEvidence(user, caseDoc)) {
        throw new ApiFailure(
          403,
          'forbidden',
          "Only the case's two managers, the leads of their offices and admins can see this case's evidence.",
        );
      }
      const facts = await clientFacts(ctx.store, [caseDoc.owner.clientId, caseDoc.newcomer.clientId]);
      void reply.header('cache-control', 'no-store');
      return caseEvidenceOf(caseDoc.id, sideRecordOf(caseDoc.owner, facts), sideRecordOf(caseDoc.newcomer, facts));
    },
  );
}
