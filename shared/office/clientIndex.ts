import type { ClaimDoc, ClientDoc, NameTokenDoc } from '../db';
import { identityKeysOf, nameSkeletons, type IdentityKey } from '../identity';
import { clientLabel } from './clientLabel';
import type { OfficeContext } from './context';

/**
 * Claims and name tokens are derived from clients. Rewriting them from the client keeps
 * the index free of stale owners: a removed phone releases its claim at the same save.
 */
export async function reindexClient(ctx: OfficeContext, client: ClientDoc, keys: IdentityKey[], officeName: string): Promise<void> {
  const claims = await Promise.all(
    keys.map(async (key): Promise<ClaimDoc> => {
      const keyHash = await ctx.hashKey(key.key);
      return {
        id: `${keyHash}|${client.id}`,
        keyHash,
        kind: key.kind,
        display: key.display,
        clientId: client.id,
        clientLabel: clientLabel(client.fullName),
        ownerId: client.ownerId,
        ownerName: client.ownerName,
        officeId: client.officeId,
        officeName,
        since: client.createdAt,
        lastActivityAt: client.lastActivityAt,
      };
    }),
  );
  const tokens: NameTokenDoc[] = [...new Set(nameSkeletons(client.fullName))].map((skeleton) => ({
    id: `${skeleton}|${client.id}`,
    skeleton,
    clientId: client.id,
  }));
  await replaceDerived(ctx.db.claims, client.id, claims);
  await replaceDerived(ctx.db.nametokens, client.id, tokens);
}

export async function unindexClient(ctx: OfficeContext, clientId: string): Promise<void> {
  await replaceDerived(ctx.db.claims, clientId, []);
  await replaceDerived(ctx.db.nametokens, clientId, []);
}

/** Keys of a stored client, recomputed from its stored (already normalised) values. */
export function storedKeysOf(ctx: OfficeContext, client: ClientDoc): IdentityKey[] {
  const phones = client.phones.map((p) => p.e164);
  return identityKeysOf({ phones, emails: client.emails }, ctx.identitySettings()).keys;
}

interface DerivedCollection<T extends { id: string }> {
  find(q: { selector: { clientId: string } }): { exec(): Promise<Array<{ primary: string }>> };
  bulkRemove(ids: string[]): Promise<unknown>;
  bulkUpsert(docs: T[]): Promise<unknown>;
}

async function replaceDerived<T extends { id: string }>(collection: DerivedCollection<T>, clientId: string, wanted: T[]): Promise<void> {
  const existing = await collection.find({ selector: { clientId } }).exec();
  const wantedIds = new Set(wanted.map((d) => d.id));
  const stale = existing.map((d) => d.primary).filter((id) => !wantedIds.has(id));
  if (stale.length) await collection.bulkRemove(stale);
  if (wanted.length) await collection.bulkUpsert(wanted);
}
