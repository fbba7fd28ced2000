// Reads of the replicated documents that resolving cases needs: cases, their steps, the two
// clients' records and activities, and every deal. Live documents only (tombstones are skipped).
import type { CaseParty } from '../../../shared/cases/detectedCase';
import type { ActivityDoc } from '../../../shared/db/schemas/activity';
import type { CaseDoc } from '../../../shared/db/schemas/case';
import type { CaseEventDoc } from '../../../shared/db/schemas/caseEvent';
import { textArray } from '../db/sqlArrays';
import type { SqlExecutor } from '../db/sqlStore';
import type { SideRecord } from './caseFacts';

/** The given cases, or every case when ids is undefined. */
export async function storedCases(db: SqlExecutor, ids?: readonly string[]): Promise<CaseDoc[]> {
  const rows = ids
    ? await db.query<{ data: CaseDoc }>(
        `select data from documents where collection = 'cases' and not deleted and id = any(${textArray('$1')})`,
        [JSON.stringify(ids)],
      )
    : await db.query<{ data: CaseDoc }>(
        `select data from documents where collection = 'cases' and not deleted order by seq`,
      );
  return rows.map((r) => r.data);
}

/** Steps by case id: of the given cases, or of every case when caseIds is undefined. */
export async function storedCaseEvents(
  db: SqlExecutor,
  caseIds?: readonly string[],
): Promise<Map<string, CaseEventDoc[]>> {
  const rows = caseIds
    ? await db.query<{ data: CaseEventDoc }>(
        `select data from documents where collection = 'caseevents' and not deleted and (data->>'caseId') = any(${textArray('$1')})`,
        [JSON.stringify(caseIds)],
      )
    : await db.query<{ data: CaseEventDoc }>(
        `select data from documents where collection = 'caseevents' and not deleted`,
      );
  const byCase = new Map<string, CaseEventDoc[]>();
  for (const { data } of rows) {
    const list = byCase.get(data.caseId) ?? [];
    list.push(data);
    byCase.set(data.caseId, list);
  }
  return byCase;
}

/** The clients' stored lastActivityAt and live activities, by client id. */
export interface ClientFacts {
  lastActivityAt: Map<string, number | null>;
  activities: Map<string, ActivityDoc[]>;
}

export async function clientFacts(db: SqlExecutor, clientIds: readonly string[]): Promise<ClientFacts> {
  const ids = JSON.stringify([...new Set(clientIds)]);
  const [clients, activities] = await Promise.all([
    db.query<{ id: string; last: number | null }>(
      `select id, (data->>'lastActivityAt')::float8 as last from documents where collection = 'clients' and not deleted and id = any(${textArray('$1')})`,
      [ids],
    ),
    db.query<{ data: ActivityDoc }>(
      `select data from documents where collection = 'activities' and not deleted and (data->>'clientId') = any(${textArray('$1')})`,
      [ids],
    ),
  ]);
  const byClient = new Map<string, ActivityDoc[]>();
  for (const { data } of activities) {
    const list = byClient.get(data.clientId) ?? [];
    list.push(data);
    byClient.set(data.clientId, list);
  }
  return {
    lastActivityAt: new Map(clients.map((c) => [c.id, c.last === null ? null : Number(c.last)])),
    activities: byClient,
  };
}

/**
 * One side of a case from the clients' facts. An activity counts only when the client's own office
 * wrote it: an office can push an activity naming any client id, and evidence must not be forged
 * onto another office's client.
 */
export function sideRecordOf(party: CaseParty, facts: ClientFacts): SideRecord {
  return {
    party,
    clientLastActivityAt: facts.lastActivityAt.get(party.clientId) ?? null,
    activities: (facts.activities.get(party.clientId) ?? []).filter((a) => a.officeId === party.officeId),
  };
}

/** Every live deal edition of the agency (activities of type 'deal'), in the order they were received. */
export async function dealActivities(db: SqlExecutor): Promise<ActivityDoc[]> {
  const rows = await db.query<{ data: ActivityDoc }>(
    `select data from documents where collection = 'activities' and not deleted and (data->>'type') = 'deal' order by seq`,
  );
  return rows.map((r) => r.data);
}

/**
 * Whether the newcomer's client shares a household with a client the owner serves (a spouse's
 * request): the same fact an office computes for its provisional recommendation. Households are
 * linked inside one office, so this can only hold for cases within an office.
 */
export async function servesHousehold(db: SqlExecutor, newcomerClientId: string, ownerId: string): Promise<boolean> {
  const rows = await db.query<{ found: number }>(
    `select 1 as found from documents n
       join documents m on m.collection = 'clients' and not m.deleted and m.id <> n.id
        and (m.data->>'householdId') = (n.data->>'householdId') and (m.data->>'ownerId') = $2
      where n.collection = 'clients' and not n.deleted and n.id = $1 and coalesce(n.data->>'householdId', '') <> ''
      limit 1`,
    [newcomerClientId, ownerId],
  );
  return rows.length > 0;
}
