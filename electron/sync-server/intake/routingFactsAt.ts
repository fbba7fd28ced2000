// The facts routing may look at, read at the endpoint inside the routing transaction: the client
// holding the request's phone or e-mail (any office), that client's household, the same person's
// earlier request, the company's manager, every active person with their desk status, and the
// free desk's turns today.
import { clientLabel } from '../../../shared/cases/clientLabel';
import type { ClaimDoc } from '../../../shared/db/schemas/claim';
import type { ClientDoc } from '../../../shared/db/schemas/client';
import type {
  ClientHolder,
  CompanyHolder,
  DeskPerson,
  DeskStatus,
  DeskTurns,
  EarlierRequest,
} from '../../../shared/routing';
import { textArray } from '../db/sqlArrays';
import type { SqlExecutor } from '../db/sqlStore';

/** The free desk counts turns per calendar day of the endpoint's clock (its time zone). */
export function deskDay(now: number): string {
  const d = new Date(now);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

async function earliestClaim(tx: SqlExecutor, hashes: readonly string[]): Promise<ClaimDoc | null> {
  if (!hashes.length) return null;
  const rows = await tx.query<{ data: ClaimDoc }>(
    `select d.data from documents d
     where d.collection = 'claims' and not d.deleted and (d.data->>'keyHash') = any(${textArray('$1')})
     order by ((d.data->>'since')::bigint), d.id limit 1`,
    [JSON.stringify(hashes)],
  );
  return rows[0]?.data ?? null;
}

/** The household's first member still kept by its office (not handed over), when that is not `clientId`. */
async function householdHead(tx: SqlExecutor, clientId: string): Promise<ClientHolder['householdHead']> {
  const rows = await tx.query<{ data: ClientDoc; office_name: string }>(
    `select h.data, o.name as office_name from documents c
     join documents h on h.collection = 'clients' and not h.deleted and h.office_id = c.office_id
       and (h.data->>'householdId') = (c.data->>'householdId') and (h.data->'handedOver') is null
     join offices o on o.id = h.office_id
     where c.collection = 'clients' and not c.deleted and c.id = $1 and coalesce(c.data->>'householdId', '') <> ''
     order by ((h.data->>'createdAt')::bigint), h.id limit 1`,
    [clientId],
  );
  const head = rows[0];
  if (!head || head.data.id === clientId) return null;
  const { fullName, ownerId, ownerName, officeId } = head.data;
  return { clientLabel: clientLabel(fullName), ownerId, ownerName, officeId, officeName: head.office_name };
}

export async function clientHolder(tx: SqlExecutor, hashes: readonly string[]): Promise<ClientHolder | null> {
  const claim = await earliestClaim(tx, hashes);
  if (!claim) return null;
  const { clientLabel, ownerId, ownerName, officeId, officeName, since } = claim;
  return {
    clientLabel,
    ownerId,
    ownerName,
    officeId,
    officeName,
    since,
    householdHead: await householdHead(tx, claim.clientId),
  };
}

export async function companyHolder(
  tx: SqlExecutor,
  domainHash: string | null,
  domain: string,
): Promise<CompanyHolder | null> {
  if (!domainHash) return null;
  const claim = await earliestClaim(tx, [domainHash]);
  return claim ? { domain, ownerId: claim.ownerId, ownerName: claim.ownerName, officeName: claim.officeName } : null;
}

export async function earlierRequest(tx: SqlExecutor, hashes: readonly string[]): Promise<EarlierRequest | null> {
  if (!hashes.length) return null;
  const rows = await tx.query<{ assignee_id: string; name: string; received_at: number }>(
    `select r.assignee_id, u.name, r.received_at::float8 as received_at
     from request_keys k join requests r on r.id = k.request_id join users u on u.id = r.assignee_id
     where k.key_hash = any(${textArray('$1')})
     order by k.received_at, k.request_id limit 1`,
    [JSON.stringify(hashes)],
  );
  const row = rows[0];
  return row ? { assigneeId: row.assignee_id, assigneeName: row.name, receivedAt: row.received_at } : null;
}

/** Every active person of an office, with desk status (no row: available). */
export async function activePeople(tx: SqlExecutor): Promise<Map<string, DeskPerson>> {
  const rows = await tx.query<{
    id: string;
    name: string;
    office_id: string;
    office_name: string;
    role: DeskPerson['role'];
    status: DeskStatus | null;
  }>(
    `select u.id, u.name, u.office_id, o.name as office_name, u.role, s.status
     from active_users u join offices o on o.id = u.office_id left join desk_status s on s.user_id = u.id`,
  );
  return new Map(
    rows.map((r) => [
      r.id,
      {
        userId: r.id,
        name: r.name,
        officeId: r.office_id,
        officeName: r.office_name,
        role: r.role,
        status: r.status ?? 'available',
      },
    ]),
  );
}

export async function deskTurns(
  tx: SqlExecutor,
  userIds: readonly string[],
  now: number,
): Promise<Map<string, DeskTurns>> {
  if (!userIds.length) return new Map();
  const rows = await tx.query<{ user_id: string; turns: number; last_at: number }>(
    `select desk_turn_of as user_id, count(*)::int as turns, max(received_at)::float8 as last_at
     from requests where desk_day = $1 and desk_turn_of = any(${textArray('$2')})
     group by desk_turn_of`,
    [deskDay(now), JSON.stringify(userIds)],
  );
  return new Map(rows.map((r) => [r.user_id, { turnsToday: r.turns, lastTurnAt: r.last_at }]));
}
