import type { ClaimDoc } from '../db';
import type { ClaimsLookupMatch, CompanyCount } from '../sync';
import {
  identityKeysOf,
  isNameHint,
  nameSimilarity,
  nameSkeletons,
  type IdentityKey,
  type IdentityKind,
  type IdentityProblem,
} from '../identity';
import type { ClientDraft } from './clientDraft';
import type { OfficeContext } from './context';
import type { OtherOffices, OtherOfficesCheck } from './otherOffices';
import { readByIdsNow, readNow } from './readNow';

/** An existing client sharing keys with the draft, as its claims describe it; `since` is its earliest matched claim. */
export interface ClientMatch extends Pick<
  ClaimDoc,
  'clientId' | 'clientLabel' | 'ownerId' | 'ownerName' | 'officeId' | 'officeName' | 'since' | 'lastActivityAt'
> {
  matchedBy: Array<{ kind: IdentityKind; display: string }>;
  /** The existing client belongs to the person checking: a merge suggestion, not a conflict. */
  isOwn: boolean;
}

/** One manager working with the company of an email typed, and how many of its people they hold. */
export interface CompanyManagerLine {
  managerId: string;
  managerName: string;
  officeName: string;
  clients: number;
  isMe: boolean;
}

/**
 * A company the typed contact belongs to (by the corporate domain of an email), held by other
 * clients: "alfa-corp.ru — 220 clients of Petya Ivanov, Office 1". Not a duplicate of the
 * person; one line per company however many of its people are held.
 */
export interface CompanyLine {
  domain: string;
  /** The earliest manager first. */
  managers: CompanyManagerLine[];
}

export interface NameHint {
  clientId: string;
  fullName: string;
  ownerName: string;
  score: number;
}

export interface DuplicateCheck {
  keys: IdentityKey[];
  problems: IdentityProblem[];
  /**
   * Clients sharing a phone or an email: the same person, a real warning. Earliest claim first.
   * This office's from its own claims; other offices' from the endpoint's look-up (see `remote`).
   * A client that shares the corporate domain too lists it in matchedBy.
   */
  matches: ClientMatch[];
  /** Companies of the emails typed that other clients belong to, each once, with its managers. */
  companies: CompanyLine[];
  /** Whether other offices were checked: "nobody has it" may be said only when they were. */
  remote: OtherOfficesCheck;
  /** Similar names with no shared key: a quiet "possible duplicate" only. */
  hints: NameHint[];
}

const MAX_HINTS = 5;
const MAX_TOKEN_POSTINGS = 5_000;
const MAX_CANDIDATES = 200;

/**
 * Runs while the manager types, so it only does indexed lookups: one per identity key,
 * one per name token — never a scan of the client book. Other offices are asked online only
 * with `lookUp` (the caller waits for a pause in typing); otherwise their known answers are used.
 */
export async function checkDuplicates(
  ctx: OfficeContext,
  draft: Pick<ClientDraft, 'fullName' | 'phones' | 'emails'>,
  excludeClientId: string | undefined,
  remote: { offices: OtherOffices; lookUp: boolean },
): Promise<DuplicateCheck> {
  const identity = identityKeysOf(
    { phones: draft.phones.filter(nonBlank), emails: draft.emails.filter(nonBlank) },
    ctx.identitySettings(),
  );
  const excluded = new Set(excludeClientId ? [excludeClientId] : []);
  // Key and name lookups are independent: run them together, the check runs on every keystroke.
  const [claimLists, nameCandidates, elsewhere] = await Promise.all([
    Promise.all(identity.keys.map((key) => claimsForKey(ctx, key.key))),
    nameHints(ctx, draft.fullName, excluded),
    remote.offices.check(
      identity.keys.map((k) => k.key),
      remote.lookUp,
    ),
  ]);
  const holders = [...claimLists.flat(), ...elsewhere.matches].filter((c) => !excluded.has(c.clientId));
  const me = ctx.profile().userId;
  const all = groupByClient(holders, me);
  const matches = all.filter((m) => m.matchedBy.some((k) => k.kind !== 'domain'));
  const companies = companyLines(holders, elsewhere.companies, me);
  const matched = new Set(all.map((m) => m.clientId));
  const hints = nameCandidates.filter((h) => !matched.has(h.clientId)).slice(0, MAX_HINTS);
  return { keys: identity.keys, problems: identity.problems, matches, companies, remote: elsewhere.state, hints };
}

export async function claimsForKey(ctx: OfficeContext, key: string): Promise<ClaimDoc[]> {
  const keyHash = ctx.hashKey(key);
  return readNow(ctx.db.claims.find({ selector: { keyHash }, sort: [{ keyHash: 'asc' }, { since: 'asc' }] }));
}

function groupByClient(claims: ClaimsLookupMatch[], myUserId: string): ClientMatch[] {
  const byClient = new Map<string, ClientMatch>();
  for (const claim of claims) {
    const match = byClient.get(claim.clientId);
    if (match) {
      match.since = Math.min(match.since, claim.since);
      if (!match.matchedBy.some((m) => m.kind === claim.kind && m.display === claim.display)) {
        match.matchedBy.push({ kind: claim.kind, display: claim.display });
      }
      continue;
    }
    byClient.set(claim.clientId, {
      clientId: claim.clientId,
      clientLabel: claim.clientLabel,
      ownerId: claim.ownerId,
      ownerName: claim.ownerName,
      officeId: claim.officeId,
      officeName: claim.officeName,
      since: claim.since,
      lastActivityAt: claim.lastActivityAt,
      matchedBy: [{ kind: claim.kind, display: claim.display }],
      isOwn: claim.ownerId === myUserId,
    });
  }
  return [...byClient.values()].sort((a, b) => a.since - b.since || a.clientId.localeCompare(b.clientId));
}

/**
 * One line per corporate domain: its holders by manager, counted. This office's holders are all
 * here; other offices' are counted by the endpoint (`counted`, per domain display), since its
 * look-up answers only the earliest of them client by client.
 */
function companyLines(
  holders: readonly ClaimsLookupMatch[],
  counted: readonly CompanyCount[],
  me: string,
): CompanyLine[] {
  const byDomain = new Map<string, Map<string, CompanyManagerLine & { since: number }>>();
  const add = (domain: string, m: Omit<CompanyManagerLine, 'isMe'> & { since: number }, replace: boolean) => {
    const managers = byDomain.get(domain) ?? new Map<string, CompanyManagerLine & { since: number }>();
    byDomain.set(domain, managers);
    const seen = managers.get(m.managerId);
    if (!seen || replace) managers.set(m.managerId, { ...m, isMe: m.managerId === me });
    else
      managers.set(m.managerId, { ...seen, clients: seen.clients + m.clients, since: Math.min(seen.since, m.since) });
  };
  const local = new Set(counted.map((c) => `${c.domain}\u0000${c.managerId}`));
  for (const h of holders)
    if (h.kind === 'domain' && !local.has(`${h.display}\u0000${h.ownerId}`))
      add(
        h.display,
        { managerId: h.ownerId, managerName: h.ownerName, officeName: h.officeName, clients: 1, since: h.since },
        false,
      );
  for (const c of counted) add(c.domain, c, true);
  return [...byDomain].map(([domain, managers]) => ({
    domain,
    managers: [...managers.values()]
      .sort((a, b) => a.since - b.since || a.managerId.localeCompare(b.managerId))
      .map(({ since: _since, ...line }) => line),
  }));
}

export async function nameHints(ctx: OfficeContext, fullName: string, exclude: Set<string>): Promise<NameHint[]> {
  const skeletons = [...new Set(nameSkeletons(fullName))];
  if (skeletons.length === 0) return [];
  const tokenDocs = await Promise.all(
    skeletons.map((skeleton) => readNow(ctx.db.nametokens.find({ selector: { skeleton }, limit: MAX_TOKEN_POSTINGS }))),
  );
  const shared = new Map<string, number>();
  for (const doc of tokenDocs.flat()) shared.set(doc.clientId, (shared.get(doc.clientId) ?? 0) + 1);
  // A common surname alone is not a hint (that is how spouses look); two shared tokens are.
  const needed = Math.min(2, skeletons.length);
  const candidateIds = [...shared]
    .filter(([id, count]) => count >= needed && !exclude.has(id))
    .sort((a, b) => b[1] - a[1])
    .slice(0, MAX_CANDIDATES)
    .map(([id]) => id);
  if (candidateIds.length === 0) return [];
  const clients = await readByIdsNow(ctx.db.clients, candidateIds);
  const hints: NameHint[] = [];
  for (const client of clients.values()) {
    if (!isNameHint(fullName, client.fullName)) continue;
    hints.push({
      clientId: client.id,
      fullName: client.fullName,
      ownerName: client.ownerName,
      score: nameSimilarity(fullName, client.fullName),
    });
  }
  // Not cut to MAX_HINTS here: the caller first drops clients already matched by a key.
  return hints.sort((a, b) => b.score - a.score);
}

function nonBlank(text: string): boolean {
  return text.trim() !== '';
}
