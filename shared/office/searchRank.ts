import type { ClientDoc } from '../db';
import { nameSkeletons } from '../identity';
import { wordsOf } from './searchTokens';

/**
 * Where a client found by words stands in the results, lower first. People search a book by
 * surname (the first word of a Russian full name) or by company, spelled as they see it; a
 * transliterated or sound-alike match, and a match inside a first name or patronymic
 * ("Вектор" ~ "Викторович"), come after.
 */
export function searchRank(query: string, client: Pick<ClientDoc, 'fullName' | 'company'>): number {
  const words = wordsOf(query);
  const [surname = '', ...otherNames] = wordsOf(client.fullName);
  const company = wordsOf(client.company);
  const spelled = (candidates: string[]) => words.some((w) => candidates.some((c) => c.startsWith(w)));
  if (spelled([surname])) return 1;
  if (spelled(company)) return 2;
  const surnameSkeleton = nameSkeletons(surname)[0] ?? '';
  if (surnameSkeleton && words.some((w) => surnameSkeleton.startsWith(nameSkeletons(w)[0] ?? '\uffff'))) return 3;
  if (spelled(otherNames)) return 4;
  return 5;
}
