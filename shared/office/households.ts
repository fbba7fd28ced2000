import type { OfficeContext } from './context';
import { fail, ok, type Result } from './result';

/**
 * A household groups clients who travel or buy together (a spouse, children). It lets a
 * request from a spouse's number reach the manager who already serves the family.
 */
export async function linkHousehold(
  ctx: OfficeContext,
  clientId: string,
  otherClientId: string,
): Promise<Result<string>> {
  if (clientId === otherClientId)
    return fail({ field: 'clientId', code: 'sameClient', message: 'A client cannot be linked to themselves.' });
  const [a, b] = await Promise.all([
    ctx.db.clients.findOne(clientId).exec(),
    ctx.db.clients.findOne(otherClientId).exec(),
  ]);
  if (!a || !b) return fail({ field: 'clientId', code: 'notFound', message: 'One of the clients no longer exists.' });
  const householdId = a.householdId || b.householdId || ctx.crypto.newId();
  const now = ctx.clock.now();
  const toMove = new Set([a.id, b.id]);
  // Linking two existing households merges them: the family is one.
  for (const other of [a.householdId, b.householdId]) {
    if (!other || other === householdId) continue;
    const members = await ctx.db.clients.find({ selector: { householdId: other } }).exec();
    members.forEach((m) => toMove.add(m.id));
  }
  const docs = await ctx.db.clients.findByIds([...toMove]).exec();
  const moving = [...docs.values()].filter((d) => d.householdId !== householdId);
  await Promise.all(moving.map((d) => d.incrementalPatch({ householdId, updatedAt: now })));
  await Promise.all(moving.map((d) => ctx.changed('clients', d.id, now)));
  return ok(householdId);
}

export async function unlinkHousehold(ctx: OfficeContext, clientId: string): Promise<Result<true>> {
  const client = await ctx.db.clients.findOne(clientId).exec();
  if (!client) return fail({ field: 'clientId', code: 'notFound', message: 'This client no longer exists.' });
  const householdId = client.householdId;
  if (!householdId) return ok(true);
  const now = ctx.clock.now();
  await client.incrementalPatch({ householdId: '', updatedAt: now });
  await ctx.changed('clients', client.id, now);
  const rest = await ctx.db.clients.find({ selector: { householdId } }).exec();
  // A household of one is no household.
  if (rest.length === 1) {
    await rest[0]!.incrementalPatch({ householdId: '', updatedAt: now });
    await ctx.changed('clients', rest[0]!.id, now);
  }
  return ok(true);
}
