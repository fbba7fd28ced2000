// The facts the regulations judge a case by, built the same way wherever they are known: the
// endpoint (which sees both clients' activities) and an office (which sees its own, and only
// the claims of the other). What is not known is filled in conservatively: a fact nobody can
// show never moves a client away from its owner.
import type { CaseDoc, DealEdition } from '../db';
import type { CaseContext } from './rule';

const DAY_MS = 86_400_000;
const OPEN_DEAL: ReadonlyArray<DealEdition['status']> = ['inquiry', 'quoted', 'booked'];

/** What is known of one side's client. */
export interface SideFacts {
  /** When the side's claim began (CaseParty.since). */
  since: number;
  /** The client's last activity as its claim reports it (ClaimDoc.lastActivityAt), when known. */
  claimLastActivityAt?: number;
  /** Dates of the side's activities with the client; undefined when they are not visible here. */
  activityDates?: readonly number[];
  /** The side's deals with the client (latest editions); undefined when not visible here. */
  deals?: ReadonlyArray<Pick<DealEdition, 'status'>>;
}

export interface CaseFacts {
  caseDoc: Pick<CaseDoc, 'owner' | 'newcomer' | 'matched' | 'kind'>;
  owner: SideFacts;
  newcomer: SideFacts;
  /** Whether the newcomer's client belongs to a household the owner serves; false when unknown. */
  newcomerViaHousehold?: boolean;
  now: number;
}

export function caseContextOf(facts: CaseFacts): CaseContext {
  const { owner, newcomer } = facts.caseDoc;
  const ownerLast = latest([facts.owner.claimLastActivityAt, ...(facts.owner.activityDates ?? [])]);
  const ownerDeals = facts.owner.deals ?? [];
  return {
    matchKinds: [...new Set(facts.caseDoc.matched.map((m) => m.kind))],
    sameOffice: owner.officeId === newcomer.officeId,
    claimAgeDays: daysBetween(owner.since, facts.now),
    // Unknown → 0 days: a claim never lapses on missing evidence.
    ownerInactiveDays: ownerLast === null ? 0 : daysBetween(ownerLast, facts.now),
    ownerHasOpenDeal: ownerDeals.some((d) => OPEN_DEAL.includes(d.status)),
    ownerHasPaidDeal: ownerDeals.some((d) => d.status === 'paid'),
    firstContact: firstContact(facts.owner, facts.newcomer),
    newcomerViaHousehold: facts.newcomerViaHousehold ?? false,
    ownerName: owner.managerName,
    newcomerName: newcomer.managerName,
    ownerOffice: owner.officeName,
    newcomerOffice: newcomer.officeName,
    ...(facts.caseDoc.kind === 'company' ? { companyNotice: true } : {}),
  };
}

/**
 * Who reached the client first, by the earliest of the claim and the activities. Only said when
 * both sides' activities are visible: an activity can be logged with an earlier date than the
 * claim, so the claim dates alone prove nothing. Null when even or unknown.
 */
export function firstContact(owner: SideFacts, newcomer: SideFacts): 'owner' | 'newcomer' | null {
  if (!owner.activityDates || !newcomer.activityDates) return null;
  const a = Math.min(owner.since, ...owner.activityDates);
  const b = Math.min(newcomer.since, ...newcomer.activityDates);
  return a < b ? 'owner' : b < a ? 'newcomer' : null;
}

function latest(values: ReadonlyArray<number | undefined>): number | null {
  const known = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  return known.length ? Math.max(...known) : null;
}

/** Whole days elapsed, never negative (another workstation's clock may run ahead). */
function daysBetween(from: number, to: number): number {
  return Math.max(0, Math.floor((to - from) / DAY_MS));
}
