// Cases about the same client are tied together. One newcomer matching two records of one owner
// opens two cases ("siblings": cases that share a client); settling one must not leave its twin
// open with a running clock. The rules, in one place:
//
// - Only a case made final by people (an accept or a lead's decision) moves its siblings. A case
//   the regulations ruled, or one settled by a sibling, moves no one: no chains, no loops.
// - A sibling between the same two managers is settled with the same outcome: the terms, seen
//   from the sibling's own sides (whoever keeps the client keeps it there too; each manager keeps
//   their share), without lead compensation (owed once, in the case that agreed it). It closes as
//   the first did (agreed or decided): no deadline, no escalation, nothing more to negotiate.
// - A sibling with another manager (a third party) is only informed: its history records who now
//   keeps the shared client, and nothing in it is decided for those managers.
// - Only cases about one person (matched by a phone or an email) are siblings: a match by a
//   company domain alone is about two people of one company, and settles nothing for others.
//
// Only the endpoint writes these steps (a pushed `siblingSettled` is refused whoever sends it), in
// the transaction that stored the final step, from the cases it holds — so no one can settle an
// unrelated case by naming a sibling, and every office folds the same stored step.
import type { CaseParty } from '../cases/detectedCase';
import type { SiblingOutcome, SiblingSettledEvent } from './events';
import { isFinal, isResolvable, sideOf, type CaseParties, type CaseState, type Resolution } from './state';
import type { Side, Terms } from './terms';

export type SiblingEffect = SiblingOutcome['effect'];

/** The party of `a` whose client `b` is also about, or null when the cases share no client. */
export function sharedParty(a: CaseParties, b: CaseParties): CaseParty | null {
  const ofB = new Set([b.owner.clientId, b.newcomer.clientId]);
  if (ofB.has(a.owner.clientId)) return a.owner;
  if (ofB.has(a.newcomer.clientId)) return a.newcomer;
  return null;
}

function managers(c: CaseParties): string[] {
  return [c.owner.managerId, c.newcomer.managerId].sort();
}

/**
 * Whether a case is about one person (a phone or an email matched). A case matched by a company
 * domain alone is about two people of one company: settling it says nothing of anyone else.
 */
function aboutOnePerson(c: CaseParties): boolean {
  return !c.matched || c.matched.some((key) => key.kind !== 'domain');
}

/** How a case made final moves `other`, or null when `other` is no sibling it may touch. */
export function siblingEffect(settled: CaseParties, other: CaseParties): SiblingEffect | null {
  if (settled.id === other.id || !isResolvable(settled) || !isResolvable(other)) return null;
  if (!aboutOnePerson(settled) || !aboutOnePerson(other)) return null;
  if (!sharedParty(settled, other)) return null;
  const [a, b] = [managers(settled), managers(other)];
  return a[0] === b[0] && a[1] === b[1] ? 'settles' : 'informs';
}

/** The resolution that moves siblings: an agreement or a decision reached in this very case. */
export function ownFinalResolution(state: CaseState): Resolution | null {
  if (!isFinal(state.phase) || state.settledWith) return null;
  return state.decided ?? state.agreed;
}

/**
 * `terms` of `from` as the same outcome in `to` (the same two managers): sides follow the managers;
 * leads are owed and disputed deals split only once, by the case that named them. Null when the
 * managers differ.
 */
export function termsForSibling(terms: Terms, from: CaseParties, to: CaseParties): Terms | null {
  const sideIn = (side: Side): Side | null => sideOf(to, from[side].managerId);
  const keeper = sideIn(terms.keeper);
  const ownerIsFromOwner = sideIn('owner') === 'owner';
  if (!keeper || sideIn('owner') === null || sideIn('newcomer') === null) return null;
  const swap = <T extends { owner: number; newcomer: number }>(s: T): T =>
    ownerIsFromOwner ? { ...s } : { ...s, owner: s.newcomer, newcomer: s.owner };
  return {
    keeper,
    firstOrderSplit: swap(terms.firstOrderSplit),
    laterOrdersSplit: terms.laterOrdersSplit ? swap(terms.laterOrdersSplit) : null,
    leadsCompensation: null,
    disputedDeals: [],
    note: terms.note,
  };
}

/**
 * The step the endpoint writes into `other` when `settled` became final, or null when none is due
 * (not a sibling, not final by its own step, or `other` is already closed and there is nothing to
 * settle). `at` and `id` are the endpoint's.
 */
export function siblingSettledStep(
  settled: CaseParties,
  settledState: CaseState,
  other: CaseParties,
  otherState: CaseState,
  step: { id: string; at: number },
): SiblingSettledEvent | null {
  const final = ownFinalResolution(settledState);
  const effect = siblingEffect(settled, other);
  const shared = sharedParty(settled, other);
  if (!final || !final.by || !effect || !shared || isFinal(otherState.phase)) return null;
  const keeper = settled[final.terms.keeper];
  const terms = effect === 'settles' ? termsForSibling(final.terms, settled, other) : null;
  if (effect === 'settles' && !terms) return null;
  return {
    id: step.id,
    caseId: other.id,
    at: step.at,
    by: final.by,
    type: 'siblingSettled',
    sibling: {
      caseId: settled.id,
      eventId: final.eventId,
      kind: final.kind === 'decision' ? 'decision' : 'agreement',
      effect,
      clientId: shared.clientId,
      clientLabel: shared.clientLabel,
      otherClientLabel: (shared === settled.owner ? settled.newcomer : settled.owner).clientLabel,
      keeperId: keeper.managerId,
      keeperName: keeper.managerName,
    },
    terms,
  };
}

/**
 * Whether a `siblingSettled` step applies (checkStep calls this, after refusing settling on a
 * closed case). Informing applies at any time, like a note; settling needs terms that keep the
 * client with one of this case's own managers and owe no leads.
 */
export function siblingStepProblem(parties: CaseParties, event: SiblingSettledEvent): string | null {
  const { sibling } = event;
  if (sibling.caseId === parties.id) return 'A case cannot be settled by itself.';
  if (sibling.effect === 'informs')
    return event.terms === null ? null : 'A sibling that only informs carries no terms.';
  const terms = event.terms;
  const keeperSide = sideOf(parties, sibling.keeperId);
  if (!terms || !keeperSide || terms.keeper !== keeperSide || terms.leadsCompensation !== null)
    return 'These terms do not settle this case the way its sibling was settled.';
  return null;
}
