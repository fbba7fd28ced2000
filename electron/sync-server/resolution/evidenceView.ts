// What a reader of a case's evidence may see. Offices of one agency compete for clients, so a party
// sees the other side's work with the client as kinds, dates and authors — enough to argue who
// did the work — and never that office's notes, deal titles, amounts or margins; the deciding lead
// (a lead of an involved office) and admins see everything. Decided here, at the endpoint: what
// the reader may not see never leaves it.
import type { CaseDoc } from '../../../shared/db/schemas/case';
import type { CaseEvidence, EvidenceEntry, EvidenceSide, SessionUser } from '../../../shared/sync';
import type { Side } from '../../../shared/workflow';

/** A decider sees both sides in full; a party sees the sides it manages in full and the other in outline. */
export type EvidenceReader = { kind: 'decider'; sides: Side[] } | { kind: 'party'; sides: Side[] };

const SIDES: readonly Side[] = ['owner', 'newcomer'];

/** The sides `user` manages on the case (a manager may share their notes on them). */
export function sidesManagedBy(userId: string, caseDoc: Pick<CaseDoc, 'owner' | 'newcomer'>): Side[] {
  return SIDES.filter((side) => caseDoc[side].managerId === userId);
}

/** How `user` reads the case's evidence; assumes mayReadEvidence allowed them. */
export function evidenceReaderOf(
  user: SessionUser,
  caseDoc: Pick<CaseDoc, 'owner' | 'newcomer' | 'officeIds'>,
): EvidenceReader {
  const sides = sidesManagedBy(user.id, caseDoc);
  const decides =
    user.role === 'admin' ||
    (user.role === 'lead' && user.officeId !== null && caseDoc.officeIds.includes(user.officeId));
  return { kind: decides ? 'decider' : 'party', sides };
}

/**
 * A match by corporate domain alone is someone at the same company, not the same person: the other
 * side's timeline is no evidence about this client, only that a colleague works with the company.
 */
export function matchesCompanyOnly(caseDoc: Pick<CaseDoc, 'matched'>): boolean {
  return caseDoc.matched.length > 0 && caseDoc.matched.every((m) => m.kind === 'domain');
}

function outlineEntry(entry: EvidenceEntry, withNote: boolean): EvidenceEntry {
  return {
    id: entry.id,
    type: entry.type,
    at: entry.at,
    authorName: entry.authorName,
    ...(withNote && entry.note !== undefined ? { note: entry.note } : {}),
    // The deal's id (an opaque key, nothing of its content) lets either party name it in terms.
    ...(entry.deal ? { dealStatus: entry.deal.status, dealId: entry.deal.dealId } : {}),
  };
}

function outlineSide(side: EvidenceSide): EvidenceSide {
  return {
    ...side,
    detail: 'outline',
    activities: side.activities.map((a) => outlineEntry(a, side.sharedNotes)),
    deals: [],
  };
}

function withheldSide(side: EvidenceSide): EvidenceSide {
  return { ...side, detail: 'withheld', activities: [], deals: [], firstActivityAt: null, lastActivityAt: null };
}

/** The full evidence cut down to what `reader` may see. */
export function evidenceForReader(
  full: CaseEvidence,
  reader: EvidenceReader,
  caseDoc: Pick<CaseDoc, 'matched'>,
): CaseEvidence {
  const readerSides = [...reader.sides];
  if (reader.kind === 'decider') return { ...full, readerSides };
  const companyOnly = matchesCompanyOnly(caseDoc);
  const view = (side: Side): EvidenceSide => {
    if (reader.sides.includes(side)) return full[side];
    return companyOnly ? withheldSide(full[side]) : outlineSide(full[side]);
  };
  const owner = view('owner');
  const newcomer = view('newcomer');
  const withheld = owner.detail === 'withheld' || newcomer.detail === 'withheld';
  return { ...full, owner, newcomer, firstContact: withheld ? null : full.firstContact, readerSides };
}
