// Where a deal lives: the office and client of its first edition in the order the endpoint received
// them. A forger learns a deal's id only after its office has pushed it, so the first received
// edition is always the real one, whatever date a later edition states. Pure.
import type { ActivityDoc } from '../../../shared/db';

export type Edition = Pick<ActivityDoc, 'officeId' | 'clientId' | 'deal'>;

export interface DealOrigin {
  officeId: string;
  clientId: string;
}

/** The origin of every deal named by the editions, given in the order they were received. */
export function dealOrigins(inReceivedOrder: readonly Edition[]): Map<string, DealOrigin> {
  const origins = new Map<string, DealOrigin>();
  for (const e of inReceivedOrder) {
    if (e.deal && !origins.has(e.deal.dealId))
      origins.set(e.deal.dealId, { officeId: e.officeId, clientId: e.clientId });
  }
  return origins;
}

export function isFromOrigin(edition: Edition, origins: ReadonlyMap<string, DealOrigin>): boolean {
  const origin = edition.deal ? origins.get(edition.deal.dealId) : undefined;
  return !origin || (origin.officeId === edition.officeId && origin.clientId === edition.clientId);
}

/** Only the editions written by each deal's own office for its own client (what a report may count). */
export function editionsFromOrigin<E extends Edition>(inReceivedOrder: readonly E[]): E[] {
  const origins = dealOrigins(inReceivedOrder);
  return inReceivedOrder.filter((e) => isFromOrigin(e, origins));
}
