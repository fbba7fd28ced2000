// Where an incoming request goes: one deterministic function of the facts (routingFacts.ts), so
// the endpoint's decision can be explained, repeated and tested branch by branch. The office runs
// the same function on its own base for a preliminary answer while offline.
import { pickFromDesk } from './freeDesk';
import type { RouteAssignee } from './requestTypes';
import type { RouteDecision } from './routeReason';
import type { DeskPerson, RoutingFacts } from './routingFacts';

function assigneeOf(person: DeskPerson): RouteAssignee {
  return { userId: person.userId, name: person.name, officeId: person.officeId };
}

interface Owner {
  ownerId: string;
  ownerName: string;
  officeId: string;
  officeName: string;
  clientLabel: string;
}

/**
 * The client's owner, unless the regulations hand an away (or departed) owner's requests to their
 * lead or a colleague. Null when nobody in the owner's office can take it: the receiving desk does.
 */
function toOwner(
  facts: RoutingFacts,
  owner: Owner,
  direct: Pick<RouteDecision, 'route' | 'reason'>,
): RouteDecision | null {
  const person = facts.people.get(owner.ownerId);
  const present = person && person.status !== 'away';
  if (present || (person && facts.rules.ownerAway === 'owner'))
    return { assignee: assigneeOf(person), ...direct, deskTurnOf: null, owedCaseId: null };
  const away = { client: owner.clientLabel, owner: owner.ownerName, office: owner.officeName };
  if (facts.rules.ownerAway === 'lead') {
    const lead = [...facts.people.values()]
      .filter((p) => p.officeId === owner.officeId && p.role === 'lead' && p.status !== 'away')
      .sort((a, b) => (a.userId < b.userId ? -1 : 1))[0];
    if (lead)
      return {
        assignee: assigneeOf(lead),
        route: 'rule',
        reason: { code: 'ownerAway', ...away, assignee: lead.name, to: 'lead' },
        deskTurnOf: null,
        owedCaseId: null,
      };
  }
  const colleague = pickFromDesk(owner.officeId, facts.people, facts.turns, owner.ownerId);
  if (!colleague) return null;
  return {
    assignee: assigneeOf(colleague.person),
    route: 'rule',
    reason: { code: 'ownerAway', ...away, assignee: colleague.person.name, to: 'colleague' },
    deskTurnOf: colleague.person.userId,
    owedCaseId: null,
  };
}

/** The receiving office's free desk, paying owed leads out of the picked manager's turn. */
function toFreeDesk(facts: RoutingFacts): RouteDecision | null {
  const pick = pickFromDesk(facts.receivingOfficeId, facts.people, facts.turns);
  if (!pick) return null;
  const { person } = pick;
  const debt = pick.free
    ? facts.owed.find((o) => o.debtorId === person.userId && o.remaining > 0 && facts.people.has(o.creditorId))
    : undefined;
  const creditor = debt && facts.people.get(debt.creditorId);
  if (debt && creditor)
    return {
      assignee: assigneeOf(creditor),
      route: 'owedLead',
      reason: {
        code: 'owedLead',
        assignee: creditor.name,
        debtor: person.name,
        caseLabel: debt.caseLabel,
        remaining: debt.remaining - 1,
      },
      deskTurnOf: person.userId,
      owedCaseId: debt.caseId,
    };
  return {
    assignee: assigneeOf(person),
    route: 'freeDesk',
    reason: { code: pick.free ? 'freeDesk' : 'nobodyFree', assignee: person.name },
    deskTurnOf: person.userId,
    owedCaseId: null,
  };
}

/**
 * In order: a lead's personal assignment; the owner of the client holding the request's phone or
 * e-mail; the owner of that client's household; the manager of the same person's earlier request;
 * the company's manager when the regulations say so; the receiving office's free desk (which pays
 * owed leads). Null only when the receiving office has nobody at all.
 */
export function routeRequest(facts: RoutingFacts): RouteDecision | null {
  if (facts.personal) {
    const person = facts.people.get(facts.personal.userId);
    if (person)
      return {
        assignee: assigneeOf(person),
        route: 'personal',
        reason: { code: 'personal', assignee: person.name, by: facts.personal.byName, reason: facts.personal.reason },
        deskTurnOf: null,
        owedCaseId: null,
      };
  }
  const { holder } = facts;
  if (holder?.householdHead) {
    const head = holder.householdHead;
    const decision = toOwner(facts, head, {
      route: 'household',
      reason: { code: 'household', client: head.clientLabel, owner: head.ownerName, office: head.officeName },
    });
    if (decision) return decision;
  } else if (holder) {
    const decision = toOwner(facts, holder, {
      route: 'owner',
      reason: {
        code: 'owner',
        client: holder.clientLabel,
        owner: holder.ownerName,
        office: holder.officeName,
        since: holder.since,
      },
    });
    if (decision) return decision;
  }
  const { earlier } = facts;
  if (!holder && earlier) {
    const person = facts.people.get(earlier.assigneeId);
    if (person && person.status !== 'away')
      return {
        assignee: assigneeOf(person),
        route: 'repeat',
        reason: { code: 'repeat', assignee: person.name, firstAt: earlier.receivedAt },
        deskTurnOf: null,
        owedCaseId: null,
      };
  }
  const { company } = facts;
  if (!holder && company && facts.rules.companyContacts === 'companyManager') {
    const person = facts.people.get(company.ownerId);
    if (person && person.status !== 'away')
      return {
        assignee: assigneeOf(person),
        route: 'rule',
        reason: { code: 'companyManager', domain: company.domain, assignee: person.name, office: company.officeName },
        deskTurnOf: null,
        owedCaseId: null,
      };
  }
  return toFreeDesk(facts);
}
