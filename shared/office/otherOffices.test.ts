import { afterEach, describe, expect, it } from 'vitest';
import { manualClock, openMemoryOffice } from '../../test/support/memoryOffice';
import type { ClaimsLookupAnswer, ClaimsLookupMatch } from '../sync';
import type { OfficeCore } from './officeCore';
import type { ClaimsLookupPort } from './ports';

const cores: OfficeCore[] = [];
afterEach(async () => {
  await Promise.all(cores.splice(0).map((c) => c.close()));
});

const MASHAS: ClaimsLookupMatch = {
  clientId: 'mashas-client',
  clientLabel: 'Иванов П.',
  ownerId: 'masha',
  ownerName: 'Masha Petrova',
  officeId: 'office-2',
  officeName: 'Office 2',
  since: Date.UTC(2026, 8, 1),
  lastActivityAt: Date.UTC(2026, 9, 1),
  kind: 'phone',
  display: '+7 916 ***-**-67',
};

/** An endpoint that knows Masha's client by its phone, answering as told. */
function endpoint(answer: (keys: string[]) => ClaimsLookupAnswer | null = () => null) {
  const asked: string[][] = [];
  const port: ClaimsLookupPort = {
    lookUp: async (keys) => {
      asked.push(keys);
      return (
        answer(keys) ?? {
          state: 'answered',
          results: keys.map((key) => ({ key, matches: key === 'phone:+79161234567' ? [MASHAS] : [] })),
        }
      );
    },
  };
  return { port, asked };
}

async function office() {
  const clock = manualClock();
  const core = await openMemoryOffice({ clock });
  cores.push(core);
  return { core, clock };
}

const typing = { fullName: '', phones: ['8 916 123-45-67'], emails: [] };

describe('checking other offices while typing', () => {
  it('says other offices are checked once signed in, before that', async () => {
    const { core } = await office();
    const check = await core.checkDuplicates(typing, undefined, { lookUpOtherOffices: true });
    expect(check.remote).toEqual({ state: 'notSignedIn' });
    expect(check.matches).toEqual([]);
  });

  it('asks the endpoint only when told, merges what it found, and never asks twice for a key', async () => {
    const { core, clock } = await office();
    const { port, asked } = endpoint();
    core.useClaimsLookup(port);
    expect((await core.checkDuplicates(typing)).remote).toEqual({ state: 'pending' });
    expect(asked).toEqual([]);

    const checked = await core.checkDuplicates(typing, undefined, { lookUpOtherOffices: true });
    expect(asked).toEqual([['phone:+79161234567']]);
    expect(checked.remote).toEqual({ state: 'checked', at: clock.now() });
    expect(checked.matches).toEqual([
      expect.objectContaining({ clientId: 'mashas-client', ownerName: 'Masha Petrova', isOwn: false }),
    ]);

    clock.advance(60_000);
    const again = await core.checkDuplicates({ ...typing, phones: ['+7 (916) 1234567'] }, undefined, {
      lookUpOtherOffices: true,
    });
    expect(asked).toHaveLength(1);
    expect(again.matches.map((m) => m.clientId)).toEqual(['mashas-client']);
  });

  it('offline: other offices wait for the connection, with the last answer’s time', async () => {
    const { core, clock } = await office();
    let online = true;
    core.useClaimsLookup(endpoint(() => (online ? null : { state: 'offline' })).port);
    await core.checkDuplicates(typing, undefined, { lookUpOtherOffices: true });
    const answeredAt = clock.now();
    online = false;
    clock.advance(60_000);
    const check = await core.checkDuplicates({ ...typing, phones: ['+7 903 000 11 22'] }, undefined, {
      lookUpOtherOffices: true,
    });
    expect(check.remote).toEqual({ state: 'offline', lastCheckedAt: answeredAt });
  });

  it('over budget: says until when, and does not ask again before then', async () => {
    const { core, clock } = await office();
    const resetsAt = clock.now() + 3_600_000;
    const { port, asked } = endpoint(() => ({ state: 'overBudget', resetsAt }));
    core.useClaimsLookup(port);
    const first = await core.checkDuplicates(typing, undefined, { lookUpOtherOffices: true });
    expect(first.remote).toEqual({ state: 'overBudget', resetsAt });
    const second = await core.checkDuplicates(typing, undefined, { lookUpOtherOffices: true });
    expect(second.remote).toEqual({ state: 'overBudget', resetsAt });
    expect(asked).toHaveLength(1);
  });

  it('forgets the answers when signed out', async () => {
    const { core } = await office();
    core.useClaimsLookup(endpoint().port);
    await core.checkDuplicates(typing, undefined, { lookUpOtherOffices: true });
    core.useClaimsLookup(null);
    const check = await core.checkDuplicates(typing);
    expect(check).toMatchObject({ matches: [], remote: { state: 'notSignedIn' } });
  });
});
