import type { ActivityDoc, CaseDoc, ClaimDoc } from '../../db';
import type { CaseParty } from '../../cases/detectedCase';
import { foldDealEditions } from '../../deals/foldDealEditions';
import { caseContextOf, type SideFacts } from '../../regulations/caseContext';
import { evaluateRegulations, type Recommendation } from '../../regulations/evaluateRegulations';
import type { Rule } from '../../regulations/rule';
import type { OfficeContext } from '../context';

/**
 * Until the endpoint's recommendation arrives (a case found offline), what the cached
 * regulations say judged on what this office knows: its own client's activities and deals, and
 * the other side's claim. It is shown as provisional and never shapes the workflow.
 */
export async function provisionalRecommendation(
  ctx: OfficeContext,
  caseDoc: CaseDoc,
  rules: readonly Rule[],
): Promise<Recommendation> {
  const [owner, newcomer] = await Promise.all([sideFacts(ctx, caseDoc.owner), sideFacts(ctx, caseDoc.newcomer)]);
  const newcomerViaHousehold = await servesHousehold(ctx, caseDoc.newcomer.clientId, caseDoc.owner.managerId);
  return evaluateRegulations(
    rules,
    caseContextOf({ caseDoc, owner, newcomer, newcomerViaHousehold, now: ctx.clock.now() }),
  );
}

async function sideFacts(ctx: OfficeContext, party: CaseParty): Promise<SideFacts> {
  const claims = (await ctx.db.claims.find({ selector: { clientId: party.clientId } }).exec()).map(
    (c) => c.toJSON() as ClaimDoc,
  );
  const claimLast = claims.length ? Math.max(...claims.map((c) => c.lastActivityAt)) : undefined;
  const facts: SideFacts = {
    since: party.since,
    ...(claimLast !== undefined ? { claimLastActivityAt: claimLast } : {}),
  };
  const client = await ctx.db.clients.findOne(party.clientId).exec();
  // Another office's client: only its claim is visible here, never its activities.
  if (!client) return facts;
  const activities = (
    await ctx.db.activities
      .find({ selector: { clientId: party.clientId }, sort: [{ clientId: 'asc' }, { at: 'asc' }] })
      .exec()
  ).map((a) => a.toJSON() as ActivityDoc);
  return {
    ...facts,
    activityDates: activities.map((a) => a.at),
    deals: foldDealEditions(activities).map((d) => d.current),
  };
}

/** The newcomer's client shares a household with a client the owner serves: a spouse's request. */
async function servesHousehold(ctx: OfficeContext, clientId: string, ownerId: string): Promise<boolean> {
  const client = await ctx.db.clients.findOne(clientId).exec();
  if (!client?.householdId) return false;
  const members = await ctx.db.clients.find({ selector: { householdId: client.householdId } }).exec();
  return members.some((m) => m.id !== clientId && m.ownerId === ownerId);
}
