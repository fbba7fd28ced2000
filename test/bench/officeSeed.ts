import { randomUUID } from 'node:crypto';
import { sortNameOf } from '../../shared/office/bookName';
import type { PushRow } from '../../shared/sync';
import type { OfficeTeam } from '../integration/api';
import { activityDoc, clientDoc } from '../integration/fixtures';
import { benchPhone } from './claimsFixture';

const BATCH = 1_000;
const FIRST_NAMES = ['Иван', 'Мария', 'Пётр', 'Анна', 'Сергей', 'Ольга', 'Дмитрий', 'Елена'];
const SURNAMES = ['Иванов', 'Петров', 'Сидоров', 'Смирнов', 'Кузнецов', 'Попов', 'Соколов', 'Лебедев'];

/**
 * Fills an office at the endpoint through the push API, as its manager would: clients with a
 * distinct phone and e-mail each and a Russian name (what the office's search tokens and claims
 * are derived from), and a call logged for every `activityEvery`-th client.
 */
export async function seedOffice(
  team: OfficeTeam,
  clients: number,
  activityEvery: number,
): Promise<{ clients: number; activities: number }> {
  let activities = 0;
  for (let from = 0; from < clients; from += BATCH) {
    const now = Date.now();
    const docs = Array.from({ length: Math.min(BATCH, clients - from) }, (_, j) => {
      const i = from + j;
      const e164 = benchPhone(i);
      const email = seedEmail(i);
      const fullName = seedFullName(i);
      return clientDoc(team.office.id, {
        id: randomUUID(),
        ownerId: team.managerUser.id,
        ownerName: team.managerUser.name,
        fullName,
        sortName: sortNameOf({ fullName }),
        createdAt: now,
        updatedAt: now,
        lastActivityAt: now,
        phones: [{ e164, extension: '' }],
        emails: [email],
        identityKeys: [`phone:${e164}`, `email:${email}`],
      });
    });
    await push(team, 'clients', docs.map(insert), from);
    const calls = docs
      .filter((_, j) => (from + j) % activityEvery === 0)
      .map((c) => activityDoc(team.office.id, c.id, { at: now, createdAt: now }));
    if (calls.length) await push(team, 'activities', calls.map(insert), from);
    activities += calls.length;
  }
  return { clients, activities };
}

/** The i-th seeded client's name: a Russian name made distinct by its number. */
export function seedFullName(i: number): string {
  return `${SURNAMES[i % SURNAMES.length]} ${FIRST_NAMES[(i >> 3) % FIRST_NAMES.length]} ${i}`;
}

/** The i-th seeded client's e-mail, spread over 97 domains. */
export function seedEmail(i: number): string {
  return `client${i}@example-${i % 97}.ru`;
}

function insert<T>(doc: T): PushRow {
  return { assumedMasterState: null, newDocumentState: doc } as PushRow;
}

async function push(team: OfficeTeam, collection: 'clients' | 'activities', rows: PushRow[], at: number) {
  const reply = await team.manager.push(collection, rows);
  if (reply.status !== 200 || (reply.body as unknown[]).length)
    throw new Error(
      `${collection} push at client ${at} failed: ${reply.status} ${JSON.stringify(reply.body).slice(0, 300)}`,
    );
}
