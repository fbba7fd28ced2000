import type { PushRow } from '../../shared/sync';
import type { Api, OfficeTeam } from '../integration/api';
import { clientDoc } from '../integration/fixtures';
import { benchPhone } from './claimsFixture';

export const BATCH = 1_000;

/**
 * Clients push disjoint batches concurrently, one in flight per client. The endpoint attests every
 * push: the documents name the pushing manager as owner and are dated when they are pushed.
 */
let pushed = 0;

/**
 * `keys: false` pushes clients without a phone or an e-mail: the same push, attestation and
 * detection hook, with no identity key to claim, so the difference is what claims maintenance costs.
 */
export async function pushClients(
  clients: Api[],
  team: OfficeTeam,
  total: number,
  { keys = true }: { keys?: boolean } = {},
): Promise<number> {
  const started = performance.now();
  let next = 0;
  await Promise.all(
    clients.map(async (api) => {
      for (;;) {
        const from = next;
        next += BATCH;
        if (from >= total) return;
        // Distinct phones and emails, as a real client base has (a shared key would make every client a duplicate).
        const now = Date.now();
        const rows = Array.from({ length: Math.min(BATCH, total - from) }, (_, i) => {
          const e164 = benchPhone(pushed + from + i);
          const email = `client${pushed + from + i}@example-${(from + i) % 97}.ru`;
          return {
            assumedMasterState: null,
            newDocumentState: clientDoc(team.office.id, {
              ownerId: team.managerUser.id,
              ownerName: team.managerUser.name,
              createdAt: now,
              updatedAt: now,
              lastActivityAt: now,
              phones: keys ? [{ e164, extension: '' }] : [],
              emails: keys ? [email] : [],
              identityKeys: keys ? [`phone:${e164}`, `email:${email}`] : [],
            }),
          } as PushRow;
        });
        const reply = await api.push('clients', rows);
        if (reply.status !== 200 || (reply.body as unknown[]).length)
          throw new Error(`push at doc ${from} failed: ${reply.status} ${JSON.stringify(reply.body).slice(0, 300)}`);
      }
    }),
  );
  pushed += total;
  return total / ((performance.now() - started) / 1000);
}
