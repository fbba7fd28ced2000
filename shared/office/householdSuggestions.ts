// Household suggestions: clients of the same manager who share a surname (in its male or female
// form) and a contact pattern — the same company e-mail domain, e-mail names built on the same
// word, or numbers of one block — are offered to be linked as a family. Never linked by itself:
// a namesake is not a spouse.
import type { ClientDoc } from '../db';
import { corporateDomainOf } from '../identity';
import type { OfficeContext } from './context';
import { searchClients } from './search';

/** Russian and transliterated feminine surname endings, and the male form they stand for. */
const FEMININE: readonly [RegExp, string][] = [
  [/(ов|ев|ёв|ин|ын)а$/u, '$1'],
  [/(ск|цк)ая$/u, '$1ий'],
  [/(ov|ev|in|yn)a$/u, '$1'],
  [/(sk|tsk|ck)aya$/u, '$1iy'],
];

/** "Иванова" and "Иванов" give the same stem. */
export function surnameStem(word: string): string {
  const lower = word.toLocaleLowerCase('ru');
  for (const [ending, male] of FEMININE) if (ending.test(lower)) return lower.replace(ending, male);
  return lower;
}

const MIN_SURNAME = 3;

/**
 * The stems of a name's words: which word is the surname depends on how it was typed ("Иванов
 * Пётр", "Ivan Petrov"), so two names match when any stem is shared.
 */
export function nameStems(fullName: string): Set<string> {
  return new Set(
    fullName
      .trim()
      .split(/\s+/u)
      .filter((w) => w.length >= MIN_SURNAME)
      .map(surnameStem),
  );
}

const MIN_SHARED_NAME = 4;
const PHONE_BLOCK = 4;

function sharedPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  return i;
}

export type HouseholdPattern = 'companyDomain' | 'emailName' | 'phoneBlock';

/** What two clients' contacts share that hints at one family, or null. */
export function sharedContactPattern(
  a: Pick<ClientDoc, 'emails' | 'phones'>,
  b: Pick<ClientDoc, 'emails' | 'phones'>,
): HouseholdPattern | null {
  for (const x of a.emails)
    for (const y of b.emails) {
      const [xName = '', xDomain = ''] = x.split('@');
      const [yName = '', yDomain = ''] = y.split('@');
      if (xDomain && xDomain === yDomain && corporateDomainOf(xDomain) !== null) return 'companyDomain';
      if (sharedPrefix(xName, yName) >= MIN_SHARED_NAME) return 'emailName';
    }
  for (const x of a.phones)
    for (const y of b.phones)
      if (
        x.e164 !== y.e164 &&
        x.e164.length === y.e164.length &&
        sharedPrefix(x.e164, y.e164) >= x.e164.length - PHONE_BLOCK
      )
        return 'phoneBlock';
  return null;
}

export interface HouseholdSuggestion {
  client: Pick<ClientDoc, 'id' | 'fullName'>;
  pattern: HouseholdPattern;
}

/** Clients of `clientId`'s manager, outside its household, who look like its family. */
export async function suggestHouseholds(ctx: OfficeContext, clientId: string): Promise<HouseholdSuggestion[]> {
  const doc = await ctx.db.clients.findOne(clientId).exec();
  if (!doc) return [];
  const client = doc.toJSON() as ClientDoc;
  const stems = nameStems(client.fullName);
  const found = (await Promise.all([...stems].map((stem) => searchClients(ctx, stem, 100)))).flat();
  const namesakes = [...new Map(found.map((c) => [c.id, c])).values()];
  const out: HouseholdSuggestion[] = [];
  for (const other of namesakes) {
    if (other.id === client.id || other.ownerId !== client.ownerId || other.handedOver || other.mergedInto) continue;
    if (client.householdId && other.householdId === client.householdId) continue;
    if (![...nameStems(other.fullName)].some((stem) => stems.has(stem))) continue;
    const pattern = sharedContactPattern(client, other);
    if (pattern) out.push({ client: { id: other.id, fullName: other.fullName }, pattern });
  }
  return out;
}
