import { afterEach, describe, expect, it } from 'vitest';
import { openMemoryOffice } from '../../../test/support/memoryOffice';
import { databaseOf } from '../../../test/support/officeDatabase';
import type { ClaimDoc } from '../../db';
import type { OfficeCore } from '../officeCore';
import { claimPages } from './claimPages';

const cores: OfficeCore[] = [];
afterEach(async () => {
  await Promise.all(cores.splice(0).map((c) => c.close()));
});

function claim(clientId: string, n: number): ClaimDoc {
  const keyHash = `${clientId}-${String(n).padStart(2, '0')}`.padEnd(64, '0');
  return {
    id: `${keyHash}|${clientId}`,
    keyHash,
    kind: 'phone',
    display: '+7 916 ***-**-67',
    clientId,
    clientLabel: 'Ivanov P.',
    ownerId: 'petya',
    ownerName: 'Petya',
    officeId: 'office-1',
    officeName: 'Office 1',
    since: 1,
    lastActivityAt: 1,
  };
}

describe('claimPages', () => {
  it('reads every live claim once, across pages that end between clients, even a client bigger than a page', async () => {
    const core = await openMemoryOffice();
    cores.push(core);
    const claims = databaseOf(core).claims;
    const written: ClaimDoc[] = [];
    for (let c = 0; c < 40; c++)
      for (let n = 0; n <= c % 4; n++) written.push(claim(`client-${String(c).padStart(2, '0')}`, n));
    for (let n = 0; n < 12; n++) written.push(claim('client-big', n));
    await claims.bulkInsert(written);
    await claims
      .findOne(written[0]!.id)
      .exec()
      .then((d) => d!.remove());

    const pages: string[][] = [];
    for await (const page of claimPages(claims, 5)) pages.push(page.map((d) => d.id));
    const read = pages.flat();
    expect(new Set(read).size).toBe(read.length);
    expect(read.sort()).toEqual(
      written
        .slice(1)
        .map((c) => c.id)
        .sort(),
    );
    // No client is split between two pages.
    const clientOf = (id: string) => id.split('|')[1]!;
    const pagesOfClient = new Map<string, Set<number>>();
    pages.forEach((page, i) =>
      page.forEach((id) => pagesOfClient.set(clientOf(id), (pagesOfClient.get(clientOf(id)) ?? new Set()).add(i))),
    );
    expect([...pagesOfClient.values()].every((p) => p.size === 1)).toBe(true);
  });

  it('reads nothing from an office without claims', async () => {
    const core = await openMemoryOffice();
    cores.push(core);
    const pages = [];
    for await (const page of claimPages(databaseOf(core).claims)) pages.push(page);
    expect(pages).toEqual([[]]);
  });
});
