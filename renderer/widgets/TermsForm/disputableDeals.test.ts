import { describe, expect, it } from 'vitest';
import type { DealEdition } from '../../../shared/db';
import type { EvidenceSide } from '../../../shared/sync';
import { disputableDeals } from './disputableDeals';

const edition = (dealId: string, status: DealEdition['status']): DealEdition => ({
  dealId,
  title: 'Antalya, 7 nights',
  travelStart: '2026-06-01',
  travelEnd: '2026-06-08',
  currency: 'RUB',
  amountMinor: 12_000_000,
  marginMinor: 1_200_000,
  status,
  managerId: 'petya',
  managerName: 'Petya Ivanov',
});

const side = (activities: EvidenceSide['activities']): EvidenceSide => ({
  clientId: 'c',
  clientLabel: 'Orlov S.',
  managerName: 'x',
  officeName: 'x',
  since: 0,
  detail: 'full',
  sharedNotes: false,
  activities,
  deals: [],
  firstActivityAt: null,
  lastActivityAt: null,
});

describe('disputableDeals', () => {
  it('offers each deal once at its newest edition, with a title only where the side is seen in full', () => {
    const owner = side([
      { id: 'a2', type: 'deal', at: 30, authorName: 'Petya Ivanov', deal: edition('d-petya', 'paid') },
      { id: 'a1', type: 'deal', at: 10, authorName: 'Petya Ivanov', deal: edition('d-petya', 'booked') },
      { id: 'call', type: 'call', at: 5, authorName: 'Petya Ivanov' },
    ]);
    const newcomer = side([
      { id: 'b1', type: 'deal', at: 20, authorName: 'Masha Petrova', dealStatus: 'booked', dealId: 'd-masha' },
      { id: 'b0', type: 'deal', at: 15, authorName: 'Masha Petrova', dealStatus: 'cancelled', dealId: 'd-gone' },
    ]);
    expect(disputableDeals({ owner, newcomer })).toEqual([
      {
        dealId: 'd-petya',
        side: 'owner',
        title: 'Antalya, 7 nights',
        status: 'paid',
        at: 30,
        authorName: 'Petya Ivanov',
      },
      { dealId: 'd-masha', side: 'newcomer', title: null, status: 'booked', at: 20, authorName: 'Masha Petrova' },
    ]);
  });

  it('offers nothing without evidence', () => {
    expect(disputableDeals({ owner: null })).toEqual([]);
  });
});
