import { describe, expect, it } from 'vitest';
import type { ActivityDoc, DealEdition } from '../db';
import { foldDealEditions } from './foldDealEditions';

const edition = (
  id: string,
  at: number,
  officeId: string,
  clientId: string,
  deal: Partial<DealEdition>,
): ActivityDoc => ({
  id,
  clientId,
  officeId,
  type: 'deal',
  at,
  authorId: 'petya',
  authorName: 'Petya',
  note: '',
  createdAt: at,
  deal: {
    dealId: 'd1',
    title: 'Antalya',
    travelStart: '',
    travelEnd: '',
    currency: 'RUB',
    amountMinor: 1000,
    marginMinor: 100,
    status: 'quoted',
    managerId: 'petya',
    managerName: 'Petya',
    ...deal,
  },
});

describe('foldDealEditions', () => {
  it('the latest edition is the deal', () => {
    const [deal] = foldDealEditions([
      edition('a2', 2, 'office-a', 'c1', { status: 'paid' }),
      edition('a1', 1, 'office-a', 'c1', {}),
    ]);
    expect(deal).toMatchObject({ officeId: 'office-a', createdAt: 1, paidAt: 2, current: { status: 'paid' } });
  });

  it("ignores editions another office or another client wrote with the deal's id", () => {
    const [deal] = foldDealEditions([
      edition('a1', 1, 'office-a', 'c1', { status: 'paid' }),
      edition('b1', 5, 'office-b', 'c9', { marginMinor: 900, managerId: 'masha', managerName: 'Masha' }),
      edition('a9', 6, 'office-a', 'c2', { status: 'cancelled' }),
    ]);
    expect(deal?.editions.map((e) => e.activityId)).toEqual(['a1']);
    expect(deal?.current).toMatchObject({ managerId: 'petya', marginMinor: 100, status: 'paid' });
  });
});
