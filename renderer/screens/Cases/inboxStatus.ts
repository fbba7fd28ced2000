import type { CaseDoc, CaseEventDoc } from '../../../shared/db';
import { caseEventsFromDocs, foldCaseEvents, sideOf, withDeadline, type CasePhase } from '../../../shared/workflow';

export interface InboxViewer {
  userId: string;
  officeId: string;
  role: 'manager' | 'lead' | 'admin';
}

export interface InboxStatus {
  phase: CasePhase;
  /** Why this case waits for this user, if it does. */
  attention: 'yourMove' | 'needsDecision' | null;
}

/**
 * Where a case stands, for the inbox row, and whether it waits for this user: a manager whose
 * colleague put terms on the table, or a lead of an involved office once it is escalated.
 */
export function inboxStatus(
  doc: CaseDoc,
  events: readonly CaseEventDoc[],
  viewer: InboxViewer,
  now: number,
): InboxStatus {
  const state = withDeadline(foldCaseEvents(doc, caseEventsFromDocs(events)), now).state;
  const mySide = sideOf(doc, viewer.userId);
  const proposal = state.currentProposal;
  if (mySide && state.phase === 'negotiating' && proposal && proposal.side !== mySide)
    return { phase: state.phase, attention: 'yourMove' };
  const lead =
    viewer.role === 'admin' ||
    (viewer.role === 'lead' && (doc.owner.officeId === viewer.officeId || doc.newcomer.officeId === viewer.officeId));
  if (lead && state.phase === 'escalated') return { phase: state.phase, attention: 'needsDecision' };
  return { phase: state.phase, attention: null };
}
