// This office's own side of a case's evidence, from the local database: what a manager can show
// without a connection. The other office's side only ever comes from the endpoint.
import type { CaseParty } from '../../../shared/cases/detectedCase';
import type { ActivityDoc } from '../../../shared/db';
import { foldDealEditions } from '../../../shared/deals';
import type { EvidenceSide } from '../../../shared/sync';

export function localEvidenceSide(party: CaseParty, activities: readonly ActivityDoc[]): EvidenceSide {
  const own = activities
    .filter((a) => a.clientId === party.clientId)
    .sort((a, b) => b.at - a.at || (a.id < b.id ? 1 : -1));
  return {
    clientId: party.clientId,
    clientLabel: party.clientLabel,
    managerName: party.managerName,
    officeName: party.officeName,
    since: party.since,
    detail: 'full',
    // Whether this side shared its notes is known to the endpoint; offline it does not matter here.
    sharedNotes: false,
    activities: own.map((a) => ({
      id: a.id,
      type: a.type,
      at: a.at,
      authorName: a.authorName,
      note: a.note,
      ...(a.deal ? { deal: a.deal } : {}),
    })),
    deals: foldDealEditions(own).map((d) => d.current),
    firstActivityAt: own.length ? own[own.length - 1]!.at : null,
    lastActivityAt: own.length ? own[0]!.at : null,
  };
}

/** The earliest activity of a side: the first contact, when that side made it. */
export function firstActivityId(side: EvidenceSide): string | null {
  let first: EvidenceSide['activities'][number] | null = null;
  for (const a of side.activities) if (!first || a.at < first.at || (a.at === first.at && a.id < first.id)) first = a;
  return first?.id ?? null;
}
