import type { ActivityDoc, DealEdition } from '../../db';
import { foldDealEditions } from '../../deals/foldDealEditions';
import type { OfficeContext } from '../context';
import { fail, ok, type Result } from '../result';
import type { DealInput, DealView } from '../resolution/types';
import { validateDealInput } from './dealInput';
import { loadDealViews } from './dealViews';

/**
 * Records a deal, or a change of one (dealId given), as a new 'deal' activity: deals change,
 * activities never do, so the deal's history is its editions. A new deal is the current user's;
 * an edit keeps the deal's manager (a colleague marking it paid does not take the bonus).
 */
export async function saveDeal(ctx: OfficeContext, input: DealInput, dealId?: string): Promise<Result<DealView>> {
  const valid = validateDealInput(input);
  const profile = ctx.profile();
  const client = await ctx.db.clients.findOne(typeof input?.clientId === 'string' ? input.clientId : '').exec();
  if (!client) return fail({ field: 'clientId', code: 'notFound', message: 'This client no longer exists.' });
  if (client.officeId !== profile.officeId)
    return fail({ field: 'clientId', code: 'otherOffice', message: "Deals are recorded by the client's own office." });
  const activities = (await ctx.db.activities.find({ selector: { clientId: client.id, type: 'deal' } }).exec()).map(
    (a) => a.toJSON() as ActivityDoc,
  );
  const existing =
    dealId === undefined ? null : (foldDealEditions(activities).find((d) => d.dealId === dealId) ?? null);
  if (dealId !== undefined && !existing)
    return fail({ field: 'dealId', code: 'notFound', message: 'This deal is not on this client.' });
  if (!existing && client.handedOver) {
    const to = client.handedOver;
    return fail({
      field: 'clientId',
      code: 'handedOver',
      message: `This client was handed over to ${to.toManagerName} (${to.toOfficeName}); new deals are recorded there.`,
    });
  }
  if (!valid.ok) return valid;

  const manager = existing
    ? { managerId: existing.current.managerId, managerName: existing.current.managerName }
    : { managerId: profile.userId, managerName: profile.userName };
  const edition = { dealId: existing?.dealId ?? ctx.crypto.newId(), ...valid.value, ...manager };
  const views = () => loadDealViews(ctx.db, client.id);
  if (existing && sameEdition(edition, existing.current))
    return ok((await views()).find((v) => v.dealId === edition.dealId)!);

  const now = ctx.clock.now();
  // Editions are ordered by (at, id): an edit in the same millisecond must still come last.
  const at = Math.max(now, (existing?.editions.at(-1)?.at ?? -1) + 1);
  const activity: ActivityDoc = {
    id: ctx.crypto.newId(),
    clientId: client.id,
    officeId: client.officeId,
    type: 'deal',
    at,
    authorId: profile.userId,
    authorName: profile.userName,
    note: '',
    createdAt: now,
    deal: edition,
  };
  await ctx.db.activities.insert(activity);
  await ctx.changed('activities', activity.id, activity.createdAt);
  if (activity.at > client.lastActivityAt) {
    await client.getLatest().incrementalPatch({ lastActivityAt: activity.at, updatedAt: now });
    await ctx.changed('clients', client.id, now);
    await ctx.indexSettled();
  }
  return ok((await views()).find((v) => v.dealId === edition.dealId)!);
}

function sameEdition(a: DealEdition, b: DealEdition): boolean {
  return (
    (Object.keys(a) as Array<keyof DealEdition>).every((k) => a[k] === b[k]) &&
    Object.keys(a).length === Object.keys(b).length
  );
}
