// GET /cases/{caseId}/evidence: both managers' activities and deals with the case's two clients, cut
// down to what the reader may see. POST /cases/{caseId}/share-notes: a side's manager lets the other
// side read their notes.
import type { FastifyInstance } from 'fastify';
import type { CaseDoc } from '../../../shared/db/schemas/case';
import { API_PREFIX, type CaseEvidence, type NotesShared } from '../../../shared/sync';
import { ApiFailure } from '../http/apiFailure';
import { authenticate, type ServerContext } from '../http/context';
import { idParam } from '../http/idParam';
import { clientFacts, sideRecordOf, storedCases } from '../resolution/caseData';
import { caseEvidenceOf, mayReadEvidence } from '../resolution/caseEvidence';
import { evidenceForReader, evidenceReaderOf, sidesManagedBy } from '../resolution/evidenceView';
import { shareNotes, sidesSharingNotes } from '../resolution/noteShares';

async function caseOfPath(ctx: ServerContext, raw: string): Promise<CaseDoc> {
  // The longest id a case document may have (shared/db/schemas/case.ts).
  const caseId = idParam(raw, 'caseId', 200);
  const caseDoc = (await storedCases(ctx.store, [caseId]))[0];
  if (!caseDoc) throw new ApiFailure(404, 'not_found', `There is no case "${caseId}" at the endpoint (yet).`);
  return caseDoc;
}

export function caseEvidenceRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.get<{ Params: { caseId: string } }>(
    `${API_PREFIX}/cases/:caseId/evidence`,
    async (request, reply): Promise<CaseEvidence> => {
      const user = await authenticate(ctx, request);
      const caseDoc = await caseOfPath(ctx, request.params.caseId);
      if (!mayReadEvidence(user, caseDoc)) {
        throw new ApiFailure(
          403,
          'forbidden',
          "Only the case's two managers, the leads of their offices and admins can see this case's evidence.",
        );
      }
      const [facts, shared] = await Promise.all([
        clientFacts(ctx.store, [caseDoc.owner.clientId, caseDoc.newcomer.clientId]),
        sidesSharingNotes(ctx.store, caseDoc.id),
      ]);
      void reply.header('cache-control', 'no-store');
      const full = caseEvidenceOf(
        caseDoc.id,
        sideRecordOf(caseDoc.owner, facts),
        sideRecordOf(caseDoc.newcomer, facts),
        shared,
      );
      return evidenceForReader(full, evidenceReaderOf(user, caseDoc), caseDoc);
    },
  );

  app.post<{ Params: { caseId: string } }>(
    `${API_PREFIX}/cases/:caseId/share-notes`,
    async (request, reply): Promise<NotesShared> => {
      const user = await authenticate(ctx, request);
      const caseDoc = await caseOfPath(ctx, request.params.caseId);
      const sides = sidesManagedBy(user.id, caseDoc);
      if (!sides.length)
        throw new ApiFailure(
          403,
          'forbidden',
          "Only a manager of one of the case's two clients can share their notes on it; nothing was shared.",
        );
      const shared = await shareNotes(ctx.store, caseDoc.id, sides, user, ctx.now());
      request.log.info({ caseId: caseDoc.id, sides }, 'case notes shared');
      void reply.header('cache-control', 'no-store');
      return shared;
    },
  );
}
