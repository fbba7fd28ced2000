import type { OfficeContext } from '../context';
import { personDeals$ } from '../deals/dealViews';
import { saveDeal } from '../deals/saveDeal';
import type { Outbox } from '../replication/outbox';
import { applyFinalTermsInOffice } from './applyFinalTerms';
import { caseView$ } from './caseView';
import { writeCaseStep } from './caseSteps';
import type { ResolutionDeps } from './deps';
import { openRegulationsCache } from './regulationsCache';
import type { ResolutionApi } from './types';

export interface OfficeResolution extends ResolutionApi {
  /** Resolves once handovers of clients reflect every case change seen so far. */
  settled(): Promise<void>;
  stop(): void;
}

/** Resolving cases and recording deals in the office: the ResolutionApi half of the office core. */
export async function openOfficeResolution(ctx: OfficeContext, outbox: Outbox): Promise<OfficeResolution> {
  const regulations = await openRegulationsCache(ctx.db);
  const applier = applyFinalTermsInOffice(ctx);
  const deps: ResolutionDeps = {
    ctx,
    outbox,
    regulations,
    settled: () => applier.settled().then(() => ctx.indexSettled()),
  };
  return {
    caseView$: (caseId) => caseView$(deps, caseId),
    propose: (caseId, terms) => writeCaseStep(deps, caseId, { type: 'propose', terms }),
    counter: (caseId, terms) => writeCaseStep(deps, caseId, { type: 'counter', terms }),
    accept: (caseId, proposalId) => writeCaseStep(deps, caseId, { type: 'accept', proposalId }),
    escalate: (caseId, reason) => writeCaseStep(deps, caseId, { type: 'escalate', reason }),
    decide: (caseId, terms) => writeCaseStep(deps, caseId, { type: 'decide', terms }),
    recordLeadHandover: (caseId, note) => writeCaseStep(deps, caseId, { type: 'leadHandover', note }),
    saveDeal: (input, dealId) => saveDeal(ctx, input, dealId),
    deals$: (clientId) => personDeals$(ctx.db, clientId),
    regulations: () => regulations.current(),
    cacheRegulations: (version) => regulations.store(version),
    settled: deps.settled,
    stop: () => applier.stop(),
  };
}
