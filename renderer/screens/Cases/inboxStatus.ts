import type { CaseDoc, CaseEventDoc } from '../../../shared/db';
import {
  caseEventsFromDocs,
  foldCaseEvents,
  sideOf,
  withDeadline,
  type CasePhase,
  type CaseState,
} from '../../../shared/workflow';

export interface InboxViewer {
  userId: string;
  officeId: string;
  role: 'manager' | 'lead' | 'admin';
}

/** What happens next on the case, in the inbox's words. */
export type NextStep =
  | 'propose'
  | 'answer'
  | 'leadDecides'
  | 'handOverLeads'
  | 'notifyOnly'
  | 'ruled'
  | 'agreed'
  | 'decided'
  | 'settledWithSibling';

/** Who must act: this user, one named manager, either manager, a lead — or nobody (null). */
export type WaitsFor =
  | { who: 'you' }
  | { who: 'youOrOther'; name: string }
  | { who: 'manager'; name: string; office: string }
  | { who: 'managers' }
  | { who: 'lead' };

export interface InboxStatus {
  phase: CasePhase;
  /** Why this case waits for this user, if it does. */
  attention: 'yourMove' | 'needsDecision' | null;
  nextStep: NextStep;
  waitsFor: WaitsFor | null;
  /** Whether it waits for this user (alone or as one of the two who may start). */
  forMe: boolean;
  /** The negotiation deadline while it runs, with the clock the regulations gave (hours, rule number). */
  deadline: { at: number; ruleHours: number | null; ruleNumber: number | null } | null;
  /** The sibling case this one was settled together with. */
  settledWith: string | null;
  /** The latest news a sibling with another manager brought: who keeps the shared client now. */
  siblingNews: { clientLabel: string; otherClientLabel: string; keeperName: string } | null;
}

export type InboxFilter = 'all' | 'mine' | 'others' | 'lead' | 'settled';
export const INBOX_FILTERS: readonly InboxFilter[] = ['all', 'mine', 'others', 'lead', 'settled'];

/** Waiting for me; waiting for someone else (not a lead); escalated to a lead; nobody has to act. */
export function matchesFilter(status: InboxStatus, filter: InboxFilter): boolean {
  switch (filter) {
    case 'all':
      return true;
    case 'mine':
      return status.forMe;
    case 'others':
      return !status.forMe && status.waitsFor !== null && status.phase !== 'escalated';
    case 'lead':
      return status.phase === 'escalated';
    case 'settled':
      return status.waitsFor === null;
  }
}

/**
 * Where a case stands for the inbox row and whether it waits for this user: a manager whose
 * colleague put terms on the table, a manager of an open case (either may start), a lead of an
 * involved office once it is escalated, the debtor of leads still owed.
 */
export function inboxStatus(
  doc: CaseDoc,
  events: readonly CaseEventDoc[],
  viewer: InboxViewer,
  now: number,
): InboxStatus {
  const state = withDeadline(foldCaseEvents(doc, caseEventsFromDocs(events)), now).state;
  const next = nextOf(doc, state, viewer);
  const forMe = next.waitsFor?.who === 'you' || next.waitsFor?.who === 'youOrOther';
  const attention =
    forMe && next.nextStep === 'answer'
      ? 'yourMove'
      : forMe && next.nextStep === 'leadDecides'
        ? 'needsDecision'
        : null;
  const running = state.deadline !== null && (state.phase === 'open' || state.phase === 'negotiating');
  const outcome = doc.recommendation?.outcome;
  return {
    phase: state.phase,
    attention,
    ...next,
    forMe,
    deadline: running
      ? {
          at: state.deadline!,
          ruleHours: outcome?.type === 'negotiate' ? (outcome.deadlineHours ?? null) : null,
          ruleNumber: doc.recommendation?.ruleNumber || null,
        }
      : null,
    settledWith: state.settledWith?.caseId ?? null,
    siblingNews: latestSiblingNews(events),
  };
}

function nextOf(doc: CaseDoc, state: CaseState, viewer: InboxViewer): Pick<InboxStatus, 'nextStep' | 'waitsFor'> {
  const mySide = sideOf(doc, viewer.userId);
  const final = state.decided ?? state.agreed;
  if (final) {
    const owed = final.terms.leadsCompensation;
    if (owed && owed.count > state.leadsHandedOver) {
      const debtor = doc[owed.from];
      return { nextStep: 'handOverLeads', waitsFor: partyFor(debtor, viewer) };
    }
    const nextStep = state.settledWith ? 'settledWithSibling' : state.phase === 'decided' ? 'decided' : 'agreed';
    return { nextStep, waitsFor: null };
  }
  switch (state.phase) {
    case 'escalated': {
      const canDecide =
        viewer.role === 'admin' ||
        (viewer.role === 'lead' &&
          (doc.owner.officeId === viewer.officeId || doc.newcomer.officeId === viewer.officeId));
      return { nextStep: 'leadDecides', waitsFor: canDecide ? { who: 'you' } : { who: 'lead' } };
    }
    case 'ruled':
      return { nextStep: 'ruled', waitsFor: null };
    case 'negotiating': {
      const proposal = state.currentProposal!;
      const answering = doc[proposal.side === 'owner' ? 'newcomer' : 'owner'];
      return { nextStep: 'answer', waitsFor: partyFor(answering, viewer) };
    }
    default: {
      if (state.recommendedOutcome === 'notifyOnly') return { nextStep: 'notifyOnly', waitsFor: null };
      if (!mySide) return { nextStep: 'propose', waitsFor: { who: 'managers' } };
      const other = doc[mySide === 'owner' ? 'newcomer' : 'owner'];
      return { nextStep: 'propose', waitsFor: { who: 'youOrOther', name: other.managerName } };
    }
  }
}

function partyFor(party: CaseDoc['owner'], viewer: InboxViewer): WaitsFor {
  return party.managerId === viewer.userId
    ? { who: 'you' }
    : { who: 'manager', name: party.managerName, office: party.officeName };
}

/** The newest informing step of a sibling (one with another manager), if any. */
function latestSiblingNews(events: readonly CaseEventDoc[]): InboxStatus['siblingNews'] {
  const news = events
    .filter((e) => e.type === 'siblingSettled' && e.sibling?.effect === 'informs')
    .sort((a, b) => b.at - a.at || (a.id < b.id ? 1 : -1))[0]?.sibling;
  return news
    ? { clientLabel: news.clientLabel, otherClientLabel: news.otherClientLabel, keeperName: news.keeperName }
    : null;
}
