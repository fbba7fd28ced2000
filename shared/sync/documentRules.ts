// Rules a JSON schema cannot say, checked on every push with the schema: a document that breaks
// one would be stored and then misread by every office (a "deal" without figures in a payout).
import type { SyncCollectionName } from './collections';
import type { FieldProblem } from './errors';

export function documentRuleProblems(
  collection: SyncCollectionName,
  doc: Record<string, unknown>,
  path: string,
): FieldProblem[] {
  if (collection !== 'activities' || doc._deleted === true) return [];
  if (doc.type === 'deal' && doc.deal === undefined)
    return [{ field: `${path}.deal`, message: 'is required on a deal activity (its title, amounts and status)' }];
  if (doc.type !== 'deal' && doc.deal !== undefined)
    return [{ field: `${path}.deal`, message: 'is only allowed on a deal activity' }];
  return [];
}
