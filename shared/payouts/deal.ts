// A deal on a client: what was sold, for how much, and what the agency earned on it.
import type { Money } from './money';

export const DEAL_STATUSES = ['inquiry', 'quoted', 'booked', 'paid', 'cancelled'] as const;
export type DealStatus = (typeof DEAL_STATUSES)[number];

export interface Deal {
  id: string;
  clientId: string;
  /** The manager who runs the deal; gets 100% unless a split applies. */
  managerId: string;
  officeId: string;
  /** Usually the destination, e.g. "Antalya, 7 nights". */
  title: string;
  /** Calendar dates (YYYY-MM-DD): travel happens in local time, a timestamp would shift across zones. */
  travel: { start: string; end: string };
  amount: Money;
  /** The commission the agency keeps: the base of managers' bonuses. Same currency as amount. */
  margin: Money;
  status: DealStatus;
  /** ISO 8601 timestamps. */
  createdAt: string;
  paidAt?: string;
}
