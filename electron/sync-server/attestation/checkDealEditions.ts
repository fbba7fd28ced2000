// A deal belongs to one client in one office (see dealOrigin.ts): only that office writes further
// editions; an edition naming a known deal from another office or for another client is refused. Pure.
import type { ActivityDoc } from '../../../shared/db';
import { ApiFailure } from '../http/apiFailure';
import { isFromOrigin, type DealOrigin } from './dealOrigin';

export function checkDealEdition(
  edition: Pick<ActivityDoc, 'id' | 'officeId' | 'clientId' | 'deal'>,
  origins: ReadonlyMap<string, DealOrigin>,
): void {
  if (!edition.deal || isFromOrigin(edition, origins)) return;
  const origin = origins.get(edition.deal.dealId)!;
  const where =
    origin.officeId !== edition.officeId ? `office "${origin.officeId}"` : `another client ("${origin.clientId}")`;
  throw new ApiFailure(
    403,
    'forbidden',
    `The push was refused and nothing was written: activity "${edition.id}" is an edition of deal "${edition.deal.dealId}", which belongs to ${where}; only the deal's own office writes its editions.`,
  );
}
