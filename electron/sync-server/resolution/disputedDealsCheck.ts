// Terms may name deals already open or paid as the disputed ones, and a named deal is split in the
// payout report: so a step may only name deals on the case's own two clients (written by each
// client's own office), never a deal of an unrelated client pulled into someone's payout.
import type { CaseDoc } from '../../../shared/db/schemas/case';
import type { SyncDocument } from '../../../shared/sync';
import type { SqlExecutor } from '../db/sqlStore';
import { ApiFailure } from '../http/apiFailure';
import { clientFacts, sideRecordOf } from './caseData';
import { dealsOfSide } from './caseFacts';

const refused = 'The push was refused and nothing was written:';

/** The ids of the deals on the case's two clients. */
export async function dealsOfCaseClients(
  db: SqlExecutor,
  caseDoc: Pick<CaseDoc, 'owner' | 'newcomer'>,
): Promise<Set<string>> {
  const facts = await clientFacts(db, [caseDoc.owner.clientId, caseDoc.newcomer.clientId]);
  return new Set(
    [caseDoc.owner, caseDoc.newcomer].flatMap((party) => dealsOfSide(sideRecordOf(party, facts)).map((d) => d.dealId)),
  );
}

/** Throws a 400 naming the first deal a step's terms name that is not on the case's clients. */
export async function checkDisputedDeals(
  db: SqlExecutor,
  caseDoc: Pick<CaseDoc, 'owner' | 'newcomer'>,
  steps: readonly SyncDocument<'caseevents'>[],
): Promise<void> {
  const naming = steps.filter((s) => (s.terms?.disputedDeals?.length ?? 0) > 0);
  if (naming.length === 0) return;
  const known = await dealsOfCaseClients(db, caseDoc);
  for (const step of naming) {
    const deals = step.terms?.disputedDeals ?? [];
    const i = deals.findIndex((id) => !known.has(id));
    if (i < 0) continue;
    throw new ApiFailure(
      400,
      'validation_failed',
      `${refused} step "${step.id}" names the deal "${deals[i]}" as disputed, but it is not a deal on either of this case's two clients; terms can only name the deals of the two clients in dispute.`,
      [{ field: `terms.disputedDeals.${i}`, message: 'is not a deal on either of the case’s two clients' }],
    );
  }
}
