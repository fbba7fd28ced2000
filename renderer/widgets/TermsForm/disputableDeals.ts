// The deals terms may name as disputed: those on the case's two clients, from the case's evidence.
// A side seen in full gives the deal's title; a side seen in outline only its status, date and
// author, which is all the other office shows — and enough to say "the deal Masha closed on 5 March".
import type { DealEdition } from '../../../shared/db';
import type { EvidenceSide } from '../../../shared/sync';
import type { Side } from '../../../shared/workflow';
import type { EvidenceState } from '../CaseEvidence/useCaseEvidence';

export interface DisputableDeal {
  dealId: string;
  side: Side;
  /** The deal's title; null when its side is seen in outline. */
  title: string | null;
  status: DealEdition['status'];
  /** When the deal was last changed (its newest edition). */
  at: number;
  authorName: string;
}

/** Newest first; cancelled deals are left out (nobody disputes a bonus nobody earned). */
export function disputableDeals(sides: Partial<Record<Side, EvidenceSide | null>>): DisputableDeal[] {
  const found = new Map<string, DisputableDeal>();
  for (const side of ['owner', 'newcomer'] as const) {
    // Activities come newest first, so the first entry of a deal is its current edition.
    for (const entry of sides[side]?.activities ?? []) {
      const dealId = entry.deal?.dealId ?? entry.dealId;
      const status = entry.deal?.status ?? entry.dealStatus;
      if (entry.type !== 'deal' || !dealId || !status || found.has(dealId)) continue;
      found.set(dealId, {
        dealId,
        side,
        title: entry.deal?.title ?? null,
        status,
        at: entry.at,
        authorName: entry.deal?.managerName ?? entry.authorName,
      });
    }
  }
  return [...found.values()].filter((d) => d.status !== 'cancelled').sort((a, b) => b.at - a.at);
}

/** The deals of whatever evidence is at hand (both sides, or offline this office's own); null while it loads. */
export function disputableDealsOf(state: EvidenceState): DisputableDeal[] | null {
  if (state.status === 'loading') return null;
  return disputableDeals(state.status === 'remote' ? state.evidence : state);
}
