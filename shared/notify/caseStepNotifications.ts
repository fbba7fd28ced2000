import type { DetectedCase } from '../cases/detectedCase';
import { sideOf, termsInForce, type CaseState } from '../workflow/state';
import { DIGEST_THRESHOLD, type Notification, type Viewer } from './notificationRules';

/** A case as the step notifier judges it: its parties, its state now, and who wrote its steps. */
export interface CaseProgress {
  caseDoc: Pick<DetectedCase, 'id' | 'owner' | 'newcomer'>;
  /** Folded, with the deadline applied at the moment of judging. */
  state: CaseState;
  /** Display names of step authors by event id (stored steps carry them; the workflow does not). */
  authorNames: ReadonlyMap<string, string>;
}

/**
 * What a case's progress means for this workstation's user, judged on where the case stands now
 * (not on every step that led there, so a long offline spell brings the news, not the replay):
 * - the other manager put terms on the table → the party who must answer;
 * - the case became final (agreement, decision, or the regulations' resolution) → both parties;
 * - the case is escalated → the leads (and admins) of the offices involved.
 * Never for the user's own step, and never twice: each notification's id names the step.
 */
export function caseStepNotificationsFor(
  cases: readonly CaseProgress[],
  viewer: Viewer,
  alreadyShown: ReadonlySet<string>,
): Notification[] {
  const single = cases
    .map((c) => noticeFor(c, viewer))
    .filter((n): n is Notification => n !== null && !alreadyShown.has(n.id));
  if (single.length <= DIGEST_THRESHOLD) return single;
  const caseIds = single.flatMap((n) => n.caseIds);
  return [
    {
      id: `updates:${single[0]!.id}:${single.length}`,
      kind: 'caseUpdates',
      caseIds,
      params: { count: single.length },
      title: `${single.length} cases need your attention`,
      body: 'Proposals, agreements, decisions and escalations arrived while you were away. Open the cases inbox to see them.',
      route: '/cases',
    },
  ];
}

/** The ids a digest stands for: remember them too, so none of them is shown on its own later. */
export function idsCoveredBy(cases: readonly CaseProgress[], viewer: Viewer): string[] {
  return cases.map((c) => noticeFor(c, viewer)?.id).filter((id): id is string => id !== undefined);
}

function noticeFor(c: CaseProgress, viewer: Viewer): Notification | null {
  const { caseDoc, state } = c;
  const { owner, newcomer } = caseDoc;
  const mySide = sideOf(caseDoc, viewer.userId);
  const name = (eventId: string) => c.authorNames.get(eventId) ?? '';
  const params = {
    clientLabel: owner.clientLabel,
    ownerName: owner.managerName,
    ownerOffice: owner.officeName,
    newcomerName: newcomer.managerName,
    newcomerOffice: newcomer.officeName,
  };
  const base = { caseIds: [caseDoc.id], route: `/cases/${encodeURIComponent(caseDoc.id)}` };
  const final = termsInForce(state);

  if (final && (state.phase === 'agreed' || state.phase === 'decided' || state.phase === 'ruled')) {
    if (!mySide || final.by?.userId === viewer.userId) return null;
    const keeper = final.terms.keeper === 'owner' ? owner : newcomer;
    const split = final.terms.firstOrderSplit;
    const byName = final.by ? name(final.eventId) : '';
    const p = {
      ...params,
      keeperName: keeper.managerName,
      firstOrderOwner: split.owner,
      firstOrderNewcomer: split.newcomer,
      byName,
    };
    const terms = `${keeper.managerName} keeps the client; the first order is split ${split.owner}/${split.newcomer} between ${owner.managerName} and ${newcomer.managerName}.`;
    const id = `resolved:${final.eventId}`;
    if (final.kind === 'agreement')
      return {
        ...base,
        id,
        kind: 'caseAgreed',
        params: p,
        title: `Agreement reached: ${owner.clientLabel}`,
        body: terms,
      };
    if (final.kind === 'decision')
      return {
        ...base,
        id,
        kind: 'caseDecided',
        params: p,
        title: `Case decided: ${owner.clientLabel}`,
        body: `${byName || 'A lead'} decided: ${terms}`,
      };
    return {
      ...base,
      id,
      kind: 'caseRuled',
      params: { ...p, explanation: final.explanation ?? '' },
      title: `Settled by the regulations: ${owner.clientLabel}`,
      body: `${final.explanation ?? ''} ${terms}`.trim(),
    };
  }

  const proposal = state.currentProposal;
  if (
    state.phase === 'negotiating' &&
    proposal &&
    mySide &&
    mySide !== proposal.side &&
    proposal.by.userId !== viewer.userId
  ) {
    const step = state.history.find((h) => h.id === proposal.id);
    const counter = step?.type === 'counter';
    const byName = name(proposal.id) || (proposal.side === 'owner' ? owner.managerName : newcomer.managerName);
    const split = proposal.terms.firstOrderSplit;
    return {
      ...base,
      id: `proposal:${proposal.id}`,
      kind: counter ? 'caseCountered' : 'caseProposed',
      params: { ...params, byName, firstOrderOwner: split.owner, firstOrderNewcomer: split.newcomer },
      title: counter ? `${byName} answered with other terms` : `${byName} proposed terms`,
      body: `${owner.clientLabel}: open the case to accept the terms or answer with yours.`,
    };
  }

  const escalation = state.escalation;
  const lead = viewer.role === 'lead' || viewer.role === 'admin';
  const involved = owner.officeId === viewer.officeId || newcomer.officeId === viewer.officeId;
  if (state.phase === 'escalated' && escalation && lead && involved && escalation.by?.userId !== viewer.userId) {
    // A case is escalated once: the escalate step, if a person did it, is the only one in the history.
    const step = escalation.by ? state.history.find((h) => h.type === 'escalate') : undefined;
    const who = step ? name(step.id) : '';
    const cause = escalation.by
      ? 'manager'
      : state.history.some((h) => h.type === 'deadlinePassed')
        ? 'deadline'
        : 'rule';
    return {
      ...base,
      id: `escalated:${caseDoc.id}`,
      kind: 'caseEscalated',
      params: { ...params, byName: who, reason: escalation.reason, cause },
      title: `A case waits for your decision: ${owner.clientLabel}`,
      body: who ? `${who} escalated it: ${escalation.reason}` : escalation.reason,
    };
  }
  return null;
}
