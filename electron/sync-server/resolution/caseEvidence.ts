// A case's evidence: what each manager did with their client, side by side. Only the case's two
// clients are ever read, so the other office sees this client's history, never its client base.
// Built here in full; evidenceView.ts cuts it down to what the reader may see.
import type { CaseDoc } from '../../../shared/db/schemas/case';
import { firstContact } from '../../../shared/regulations/caseContext';
import type { CaseEvidence, EvidenceSide, SessionUser } from '../../../shared/sync';
import type { Side } from '../../../shared/workflow';
import { dealsOfSide, sideFactsOf, type SideRecord } from './caseFacts';

/** The two managers, the leads of the case's offices and admins. */
export function mayReadEvidence(
  user: SessionUser,
  caseDoc: Pick<CaseDoc, 'owner' | 'newcomer' | 'officeIds'>,
): boolean {
  if (user.role === 'admin') return true;
  if (user.id === caseDoc.owner.managerId || user.id === caseDoc.newcomer.managerId) return true;
  return user.role === 'lead' && user.officeId !== null && caseDoc.officeIds.includes(user.officeId);
}

function evidenceSide(side: SideRecord, sharedNotes: boolean): EvidenceSide {
  const newestFirst = [...side.activities].sort((a, b) => b.at - a.at || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
  const dates = side.activities.map((a) => a.at);
  return {
    clientId: side.party.clientId,
    clientLabel: side.party.clientLabel,
    managerName: side.party.managerName,
    officeName: side.party.officeName,
    since: side.party.since,
    detail: 'full',
    sharedNotes,
    activities: newestFirst.map((a) => ({
      id: a.id,
      type: a.type,
      at: a.at,
      authorName: a.authorName,
      note: a.note,
      ...(a.deal ? { deal: a.deal } : {}),
    })),
    deals: dealsOfSide(side).map((d) => d.current),
    firstActivityAt: dates.length ? Math.min(...dates) : null,
    lastActivityAt: dates.length ? Math.max(...dates) : null,
  };
}

/** Everything about both sides, as a deciding lead sees it; `sharedNotes` lists the sides that shared their notes. */
export function caseEvidenceOf(
  caseId: string,
  owner: SideRecord,
  newcomer: SideRecord,
  sharedNotes: readonly Side[] = [],
): CaseEvidence {
  return {
    caseId,
    owner: evidenceSide(owner, sharedNotes.includes('owner')),
    newcomer: evidenceSide(newcomer, sharedNotes.includes('newcomer')),
    firstContact: firstContact(sideFactsOf(owner), sideFactsOf(newcomer)),
    readerSides: [],
  };
}
