import type { ClientDoc } from '../db';
import { identityKeysOf, nameSimilarity, nameSkeletons } from '../identity';
import type { OfficeContext } from './context';
import { claimsForKey } from './duplicateCheck';

const DEFAULT_LIMIT = 50;
const MAX_PREFIX_POSTINGS = 2_000;

/**
 * One search box for everything a manager may have at hand: a name in any script, or a
 * phone or email typed in any format. Phones and emails go through the same identity keys
 * as duplicate detection, so "8 (916) 123-45-67" finds "+7 916 123 45 67".
 */
export async function searchClients(ctx: OfficeContext, query: string, limit = DEFAULT_LIMIT): Promise<ClientDoc[]> {
  const text = query.trim();
  if (!text) {
    const recent = await ctx.db.clients.find({ sort: [{ updatedAt: 'desc' }], limit }).exec();
    return recent.map((d) => d.toJSON() as ClientDoc);
  }
  const byIdentity = looksLikeContact(text) ? await searchByIdentity(ctx, text) : [];
  const byName = await searchByName(ctx, text, limit);
  const seen = new Set<string>();
  return [...byIdentity, ...byName].filter((c) => !seen.has(c.id) && seen.add(c.id)).slice(0, limit);
}

function looksLikeContact(text: string): boolean {
  return text.includes('@') || (text.match(/\d/gu)?.length ?? 0) >= 5;
}

async function searchByIdentity(ctx: OfficeContext, text: string): Promise<ClientDoc[]> {
  const input = text.includes('@') ? { phones: [], emails: [text] } : { phones: [text], emails: [] };
  const { keys } = identityKeysOf(input, ctx.identitySettings());
  // An email query also yields its corporate domain key; searching should find the person, not the whole company.
  const wanted = keys.filter((k) => k.kind !== 'domain');
  const claims = (await Promise.all(wanted.map((k) => claimsForKey(ctx, k.key)))).flat();
  const clients = await ctx.db.clients.findByIds([...new Set(claims.map((c) => c.clientId))]).exec();
  return [...clients.values()].map((d) => d.toJSON() as ClientDoc);
}

async function searchByName(ctx: OfficeContext, text: string, limit: number): Promise<ClientDoc[]> {
  const prefixes = [...new Set(nameSkeletons(text))];
  if (prefixes.length === 0) return [];
  // Every typed token must prefix-match some token of the name: "ива пет" finds "Иванов Пётр".
  const postings = await Promise.all(
    prefixes.map((p) =>
      ctx.db.nametokens
        .find({ selector: { skeleton: { $gte: p, $lt: `${p}\uffff` } }, limit: MAX_PREFIX_POSTINGS })
        .exec(),
    ),
  );
  const sets = postings.map((docs) => new Set(docs.map((d) => d.clientId)));
  const [first, ...rest] = sets;
  const ids = [...(first ?? [])].filter((id) => rest.every((s) => s.has(id)));
  const clients = await ctx.db.clients.findByIds(ids.slice(0, MAX_PREFIX_POSTINGS)).exec();
  return [...clients.values()]
    .map((d) => d.toJSON() as ClientDoc)
    .map((c) => ({ c, score: nameSimilarity(text, c.fullName) }))
    .sort((a, b) => b.score - a.score || a.c.sortName.localeCompare(b.c.sortName))
    .slice(0, limit)
    .map(({ c }) => c);
}
