import type { DetectedCase } from '../cases/detectedCase';
import { sideOf, termsInForce, type CaseState } from '../workflow/state';
import { DIGEST_THRESHOLD, type Arrival, type Notification, type Viewer } from './notificationRules';

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
 * Never for the user's own step, and never twice: each notification's id names the step. A flood
 * becomes one digest that counts what happened, worded by how it arrived (`arrival`).
 */
export function caseStepNotificationsFor(
  cases: readonly CaseProgress[],
  viewer: Viewer,
  alreadyShown: ReadonlySet<string>,
  arrival: Arrival = 'live',
): Notification[] {
  const single = stepNoticesFor(cases, viewer).filter((n) => !alreadyShown.has(n.id));
  if (single.length <= DIGEST_THRESHOLD) return single;
  const caseIds = single.flatMap((n) => n.caseIds);
  const count = (...kinds: Notification['kind'][]) => single.filter((n) => kinds.includes(n.kind)).length;
  return [
    {
      id: `updates:${single[0]!.id}:${single.length}`,
      kind: 'caseUpdates',
      caseIds,
      params: {
        count: single.length,
        context: arrival,
        proposals: count('caseProposed', 'caseCountered'),
        agreements: count('caseAgreed'),
        decisions: count('caseDecided'),
        rulings: count('caseRuled'),
        escalations: count('caseEscalated'),
      },
      title: `${single.length} cases need your attention`,
      body:
        arrival === 'away'
          ? 'Proposals, agreements, decisions and escalations arrived while you were away. Open the cases inbox to see them.'
          : 'Proposals, agreements, decisions and escalations have just arrived. Open the cases inbox to see them.',
      route: '/cases',
    },
  ];
}

/** The ids a digest stands for: remember them too, so none of them is shown on its own later. */
export function idsCoveredBy(cases: readonly CaseProgress[], viewer: Viewer): string[] {
  return stepNoticesFor(cases, viewer).map((n) => n.id);
}

/** The cases waiting for this user's move: terms to answer, or (a lead's) a case to decide — as the inbox marks them. */
export function casesWaitingFor(
  cases: readonly CaseProgress[],
  viewer: Viewer,
): { answers: string[]; decisions: string[] } {
  const notices = stepNoticesFor(cases, viewer);
  const of = (...kinds: Notification['kind'][]) =>
    notices.filter((n) => kinds.includes(n.kind)).flatMap((n) => n.caseIds);
  return { answers: of('caseProposed', 'caseCountered'), decisions: of('caseEscalated') };
}

/**
 * A fresh database's first sync replays nothing; what still waits for the person is summed up
 * once ("5 cases wait for your answer"), or nothing is said at all.
 */
export function waitingDigest(waiting: {
  answers: readonly string[];
  decisions: readonly string[];
}): Notification | null {
  const caseIds = [...waiting.answers, ...waiting.decisions];
  if (caseIds.length === 0) return null;
  return {
    id: `waiting:${caseIds.length}:${caseIds[0]}`,
    kind: 'caseWaiting',
    caseIds,
    params: {
      count: caseIds.length,
      toAnswer: waiting.answers.length,
      toDecide: waiting.decisions.length,
      // Which wait the title names: an answer (a manager's), a decision (a lead's), or both.
      context: waiting.decisions.length === 0 ? 'answers' : waiting.answers.length === 0 ? 'decisions' : 'both',
    },
    title: `${caseIds.length} ${caseIds.length === 1 ? 'case waits' : 'cases wait'} for you`,
    body: 'Cases settled earlier are not repeated on this device. Open the cases inbox to see what waits for you.',
    route: '/cases',
  };
}

function stepNoticesFor(cases: readonly CaseProgress[], viewer: Viewer): Notification[] {
  return cases.map((c) => noticeFor(c, viewer)).filter((n): n is Notification => n !== null);
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
    // The words of the whole terms are the UI's (one home: the terms sentence); this is the fallback.
    const terms = `${keeper.managerName} keeps the client. Open the case to read the whole terms.`;
    const id = `resolved:${final.eventId}`;
    const withTerms = { ...base, id, terms: final.terms };
    if (final.kind === 'agreement')
      return {
        ...withTerms,
        kind: 'caseAgreed',
        params: p,
        title: `Agreement reached: ${owner.clientLabel}`,
        body: terms,
      };
    if (final.kind === 'decision')
      return {
        ...withTerms,
        kind: 'caseDecided',
        params: p,
        title: `Case decided: ${owner.clientLabel}`,
        body: `${byName || 'A lead'} decided: ${terms}`,
      };
    return {
      ...withTerms,
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
      terms: proposal.terms,
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
