// Taking a request: one transaction that reads the facts, routes (shared/routing routeRequest),
// stores the request with its decision, and pays an owed lead when the decision does. The offices
// involved are locked (their rows in `offices`, in id order) while the decision is made, so two
// endpoint processes never hand one free-desk turn to two requests; (source, externalId) makes a
// caller's retry return the first answer instead of routing again.
import { randomUUID } from 'node:crypto';
import type { IdentityKey } from '../../../shared/identity';
import { routeRequest, type RouteDecision, type RoutingFacts } from '../../../shared/routing';
import type { IntakeRequest } from '../../../shared/sync';
import { textArray } from '../db/sqlArrays';
import type { SqlExecutor, SqlStore } from '../db/sqlStore';
import { keyHasherIn } from '../detection/keySecret';
import { ApiFailure } from '../http/apiFailure';
import { assessBudget, refusalFailure } from '../lookup/budget';
import { readLookupBudget } from '../lookup/budgetSettings';
import { lockLookupsOf, recentLookups, recordLookups } from '../lookup/lookupLog';
import { owedLeadsOf, payOwedLead } from './owedLeads';
import { publishRequest } from './requestDocuments';
import { readStoredRequest, type StoredRequest } from './requestRows';
import { readRoutingRules } from './routingRulesSetting';
import { activePeople, clientHolder, companyHolder, deskDay, deskTurns, earlierRequest } from './routingFactsAt';

/** Who handed the request in: an office's intake key, or a signed-in person of that office. */
export interface IntakeSource {
  /** 'key:<intake key id>' or 'user:<user id>': the scope of externalId. */
  source: string;
  officeId: string;
  /**
   * Set for a person: their requests spend the claims look-up budget (lookup/budget.ts), since the
   * answer says whose client a phone is — otherwise posting made-up requests would be a look-up
   * without a limit. Intake keys are an admin's, for a site or telephony, and only rate-limited.
   */
  userId?: string;
}

export interface TakenRequest {
  request: StoredRequest;
  /** False when the externalId was taken before: the stored answer, nothing routed again. */
  created: boolean;
}

async function existing(tx: SqlExecutor, source: string, externalId: string): Promise<StoredRequest | null> {
  const rows = await tx.query<{ id: string }>('select id from requests where source = $1 and external_id = $2', [
    source,
    externalId,
  ]);
  return rows[0] ? readStoredRequest(tx, rows[0].id) : null;
}

/** The request's keys as claims hash them, read once per request: contacts, and the first corporate domain. */
interface HashedKeys {
  contacts: string[];
  domain: { hash: string; display: string } | null;
}

async function hashKeys(tx: SqlExecutor, keys: readonly IdentityKey[]): Promise<HashedKeys> {
  const hash = await keyHasherIn(tx);
  const domain = keys.find((k) => k.kind === 'domain');
  return {
    contacts: keys.filter((k) => k.kind !== 'domain').map((k) => hash(k.key)),
    domain: domain ? { hash: hash(domain.key), display: domain.display } : null,
  };
}

/** Over budget: 429 and nothing taken; within it, every contact key counts as looked up. */
async function spendLookupBudget(
  tx: SqlExecutor,
  userId: string,
  hashes: readonly string[],
  now: number,
): Promise<void> {
  await lockLookupsOf(tx, userId);
  const budget = await readLookupBudget(tx);
  const assessment = assessBudget(await recentLookups(tx, userId, now), hashes, budget, now);
  if (!assessment.fits) throw refusalFailure(assessment.refusal, budget, now);
  await recordLookups(
    tx,
    userId,
    hashes.map((keyHash) => ({ keyHash, matched: 0 })),
    now,
  );
}

async function lockOffices(tx: SqlExecutor, officeIds: readonly string[]): Promise<void> {
  await tx.query(`select id from offices where id = any(${textArray('$1')}) order by id for update`, [
    JSON.stringify([...new Set(officeIds)].sort()),
  ]);
}

async function decide(
  tx: SqlExecutor,
  officeId: string,
  hashed: HashedKeys,
  now: number,
): Promise<{ decision: RouteDecision; facts: RoutingFacts }> {
  const { contacts: contactHashes, domain } = hashed;
  const rules = await readRoutingRules(tx);
  const holder = await clientHolder(tx, contactHashes);
  await lockOffices(tx, [
    officeId,
    ...(holder ? [holder.officeId] : []),
    ...(holder?.householdHead ? [holder.householdHead.officeId] : []),
  ]);
  const earlier = holder ? null : await earlierRequest(tx, contactHashes);
  const company =
    !holder && !earlier && domain && rules.companyContacts === 'companyManager'
      ? await companyHolder(tx, domain.hash, domain.display)
      : null;
  const people = await activePeople(tx);
  const deskOffices = new Set([officeId, holder?.officeId, holder?.householdHead?.officeId]);
  const deskPeople = [...people.values()].filter((p) => deskOffices.has(p.officeId)).map((p) => p.userId);
  const facts: RoutingFacts = {
    receivingOfficeId: officeId,
    personal: null,
    holder,
    earlier,
    company,
    people,
    turns: await deskTurns(tx, deskPeople, now),
    owed: [],
    rules,
  };
  let decision = routeRequest(facts);
  if (decision?.route === 'freeDesk' && decision.deskTurnOf) {
    const owed = await owedLeadsOf(tx, decision.deskTurnOf);
    if (owed.length) {
      facts.owed = owed;
      decision = routeRequest(facts);
    }
  }
  if (!decision)
    throw new ApiFailure(
      409,
      'conflict',
      'The receiving office has nobody to take requests: an admin must add its managers, or enable the office if it is disabled. Nothing was stored.',
    );
  return { decision, facts };
}

/**
 * Where a request would go now, for the person taking it during a call ("the request will go to
 * Petya"): the same decision, nothing stored, the office rows locked only for the reading. It
 * names whose client a phone is, so it spends the person's look-up budget like taking it does.
 */
export async function previewRequest(
  store: SqlStore,
  from: IntakeSource & { userId: string },
  keys: readonly IdentityKey[],
  now: number,
): Promise<RouteDecision> {
  return store.transaction(async (tx) => {
    const hashed = await hashKeys(tx, keys);
    await spendLookupBudget(tx, from.userId, hashed.contacts, now);
    return (await decide(tx, from.officeId, hashed, now)).decision;
  });
}

export async function takeRequest(
  store: SqlStore,
  from: IntakeSource,
  request: IntakeRequest,
  keys: readonly IdentityKey[],
  now: number,
): Promise<TakenRequest> {
  return store.transaction(async (tx) => {
    const before = await existing(tx, from.source, request.externalId);
    if (before) return { request: before, created: false };
    const hashed = await hashKeys(tx, keys);
    if (from.userId) await spendLookupBudget(tx, from.userId, hashed.contacts, now);
    const { decision, facts } = await decide(tx, from.officeId, hashed, now);
    const contactHashes = hashed.contacts;
    // A retry that raced this one waited on the office lock; it finds the first answer here.
    const raced = await existing(tx, from.source, request.externalId);
    if (raced) return { request: raced, created: false };
    const id = randomUUID();
    await tx.query(
      `insert into requests (id, office_id, source, external_id, channel, name, phones, emails, note, received_at,
         assignee_id, assignee_office_id, route, reason, desk_turn_of, desk_day, owed_case_id, updated_at)
       values ($1, $2, $3, $4, $5, $6, $7::jsonb, $8::jsonb, $9, $10, $11, $12, $13, $14::jsonb, $15, $16, $17, $10)`,
      [
        id,
        from.officeId,
        from.source,
        request.externalId,
        request.channel,
        request.name,
        JSON.stringify(request.phones),
        JSON.stringify(request.emails),
        request.note,
        now,
        decision.assignee.userId,
        decision.assignee.officeId,
        decision.route,
        JSON.stringify(decision.reason),
        decision.deskTurnOf,
        decision.deskTurnOf ? deskDay(now) : null,
        decision.owedCaseId,
      ],
    );
    if (contactHashes.length)
      await tx.query(
        `insert into request_keys (key_hash, request_id, received_at)
         select distinct h, $2::text, $3::bigint from jsonb_array_elements_text($1::jsonb) as h`,
        [JSON.stringify(contactHashes), id, now],
      );
    const debtor = decision.deskTurnOf ? facts.people.get(decision.deskTurnOf) : undefined;
    if (decision.owedCaseId && debtor) {
      const who = request.name || request.phones[0] || request.emails[0] || request.externalId;
      await payOwedLead(tx, decision.owedCaseId, debtor, `Заявка: ${who} → ${decision.assignee.name}`, now);
    }
    const stored = await readStoredRequest(tx, id);
    if (!stored) throw new Error(`Request ${id} was not stored`);
    await publishRequest(tx, stored, now);
    return { request: stored, created: true };
  });
}
