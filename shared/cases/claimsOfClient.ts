import type { ClaimDoc } from './claimFact';
import { identityKeysOf } from '../identity';
import { clientLabel } from './clientLabel';

/** What claims are derived from: the stored client, as the office and the endpoint both hold it. */
export interface ClaimSource {
  id: string;
  fullName: string;
  phones: ReadonlyArray<{ e164: string }>;
  emails: readonly string[];
  ownerId: string;
  officeId: string;
  createdAt: number;
  lastActivityAt: number;
  handedOver?: unknown;
  mergedInto?: unknown;
  _deleted?: boolean;
}

/**
 * The claims a client holds now: one per identity key of its phones (E.164) and emails. The
 * endpoint and the office derive claims with this one function, so their claim ids and
 * contents agree. A client handed over to another manager by a case holds none: ownership
 * moved to the keeper's client, and the claims go with it. A record merged into another holds
 * none either: its keys are the survivor's now, so the person neither opens a case nor counts twice.
 */
export function claimsOfClient(
  client: ClaimSource,
  hashKey: (identityKey: string) => string,
  names: { owner: string; office: string },
): ClaimDoc[] {
  if (client._deleted || client.handedOver || client.mergedInto) return [];
  const { keys } = identityKeysOf({ phones: client.phones.map((p) => p.e164), emails: client.emails });
  const label = clientLabel(client.fullName);
  return keys.map((key): ClaimDoc => {
    const keyHash = hashKey(key.key);
    return {
      id: `${keyHash}|${client.id}`,
      keyHash,
      kind: key.kind,
      display: key.display,
      clientId: client.id,
      clientLabel: label,
      ownerId: client.ownerId,
      ownerName: names.owner,
      officeId: client.officeId,
      officeName: names.office,
      since: client.createdAt,
      lastActivityAt: client.lastActivityAt,
    };
  });
}
