import type { ClientDoc } from '../db';
import { identityKeysOf, nameSimilarity, nameSkeletons } from '../identity';
import type { OfficeContext } from './context';
import { claimsForKey } from './duplicateCheck';
import { readByIdsNow, readNow } from './readNow';
import { searchRank } from './searchRank';
import { COMPANY_TOKEN, emailQueryToken, matchesContactFragment, phoneQueryTokens, wordsOf } from './searchTokens';

const DEFAULT_LIMIT = 50;
const MAX_PREFIX_POSTINGS = 2_000;

/**
 * One search box for everything a manager may have at hand: a name in any script, a company,
 * a phone typed in any format or only its last digits, or a piece of an email. Whole phones and
 * emails go through the same identity keys as duplicate detection, so "8 (916) 123-45-67" finds
 * "+7 916 123 45 67"; fragments and words are looked up in the office's search tokens.
 */
export async function searchClients(ctx: OfficeContext, query: string, limit = DEFAULT_LIMIT): Promise<ClientDoc[]> {
  const text = query.trim();
  if (!text) {
    const recent = await readNow(ctx.db.clients.find({ sort: [{ updatedAt: 'desc' }], limit }));
    return recent.filter((c) => !c.mergedInto);
  }
  const [byIdentity, byFragment, byWords] = await Promise.all([
    looksLikeContact(text) ? searchByIdentity(ctx, text) : Promise.resolve([]),
    searchByContactFragment(ctx, text),
    searchByWords(ctx, text),
  ]);
  const exact = new Set(byIdentity);
  const named = new Set(byWords);
  const ids = [...new Set([...byIdentity, ...byFragment, ...byWords])].slice(0, MAX_PREFIX_POSTINGS);
  const clients = await readByIdsNow(ctx.db.clients, ids);
  const contactIds = new Set<string>();
  const found = [...clients.values()].filter((c) => {
    const contact = exact.has(c.id) || matchesContactFragment(text, c);
    if (contact) contactIds.add(c.id);
    return contact || named.has(c.id);
  });
  return found
    .map((c) => ({
      c,
      rank: contactIds.has(c.id) ? 0 : searchRank(text, c),
      similarity: nameSimilarity(text, c.fullName),
    }))
    .sort((a, b) => a.rank - b.rank || b.similarity - a.similarity || a.c.sortName.localeCompare(b.c.sortName))
    .slice(0, limit)
    .map(({ c }) => c);
}

function looksLikeContact(text: string): boolean {
  return text.includes('@') || (text.match(/\d/gu)?.length ?? 0) >= 5;
}

async function searchByIdentity(ctx: OfficeContext, text: string): Promise<string[]> {
  const input = text.includes('@') ? { phones: [], emails: [text] } : { phones: [text], emails: [] };
  const { keys } = identityKeysOf(input, ctx.identitySettings());
  // An email query also yields its corporate domain key; searching should find the person, not the whole company.
  const wanted = keys.filter((k) => k.kind !== 'domain');
  const claims = (await Promise.all(wanted.map((k) => claimsForKey(ctx, k.key)))).flat();
  return claims.map((c) => c.clientId);
}

/** The last digits or the beginning of a phone, or a piece of an address; matchesContactFragment checks what the tokens found. */
async function searchByContactFragment(ctx: OfficeContext, text: string): Promise<string[]> {
  const email = emailQueryToken(text);
  const phone = phoneQueryTokens(text);
  const prefixes = [...phone.beginnings, ...(email ? [email] : [])];
  const postings = await Promise.all([
    ...phone.endings.map((token) => clientIdsByToken(ctx, token)),
    ...prefixes.map((p) => clientIdsByTokenPrefix(ctx, p)),
  ]);
  return postings.flat();
}

/**
 * Every typed word must prefix-match a word of the name (in any script: "ива пет" finds
 * "Иванов Пётр") or of the company ("вектор" finds «ООО Вектор-Плюс»).
 */
async function searchByWords(ctx: OfficeContext, text: string): Promise<string[]> {
  const words = [...new Set(wordsOf(text))];
  if (words.length === 0) return [];
  const sets = await Promise.all(
    words.map(async (word) => {
      const nameSkeleton = wordSkeleton(word);
      const [byName, byCompany] = await Promise.all([
        nameSkeleton ? clientIdsByTokenPrefix(ctx, nameSkeleton) : Promise.resolve([]),
        clientIdsByTokenPrefix(ctx, `${COMPANY_TOKEN}${word}`),
      ]);
      return new Set([...byName, ...byCompany]);
    }),
  );
  const [first, ...rest] = sets;
  return [...(first ?? [])].filter((id) => rest.every((s) => s.has(id)));
}

/** The name skeleton a typed word is looked up by; a word of digits has none. */
function wordSkeleton(word: string): string | null {
  return nameSkeletons(word)[0] ?? null;
}

async function clientIdsByTokenPrefix(ctx: OfficeContext, prefix: string): Promise<string[]> {
  const docs = await readNow(
    ctx.db.nametokens.find({
      selector: { skeleton: { $gte: prefix, $lt: `${prefix}\uffff` } },
      limit: MAX_PREFIX_POSTINGS,
    }),
  );
  return docs.map((d) => d.clientId);
}

async function clientIdsByToken(ctx: OfficeContext, token: string): Promise<string[]> {
  const docs = await readNow(ctx.db.nametokens.find({ selector: { skeleton: token }, limit: MAX_PREFIX_POSTINGS }));
  return docs.map((d) => d.clientId);
}
