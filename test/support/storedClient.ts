import type { ClientDoc } from '../../shared/db';

/** A client as the office stores it, written straight into its database by read-model tests. */
export function storedClient(id: string, fullName: string, at = 1_700_000_000_000): ClientDoc {
  return {
    id,
    fullName,
    sortName: fullName.toLocaleLowerCase(),
    officeId: 'o1',
    ownerId: 'u1',
    ownerName: 'Petya',
    phones: [],
    emails: [],
    company: '',
    notes: '',
    identityKeys: [],
    householdId: '',
    createdAt: at,
    updatedAt: at,
    lastActivityAt: at,
    mergeHistory: [],
  };
}
