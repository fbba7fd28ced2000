import type { Deal, Split } from '../../shared/payouts';

/** A November deal of Petya's, paid in November; amounts in minor units. */
export const paidDeal = (
  id: string,
  amount: number,
  margin: number,
  currency: 'RUB' | 'EUR' | 'JPY' = 'RUB',
): Deal => ({
  id,
  clientId: 'client-1',
  managerId: 'petya',
  officeId: 'o1',
  title: `Antalya ${id}`,
  travel: { start: '2026-12-01', end: '2026-12-08' },
  amount: { amount, currency },
  margin: { amount: margin, currency },
  status: 'paid',
  createdAt: '2026-11-02T10:00:00.000Z',
  paidAt: '2026-11-05T10:00:00.000Z',
});

/** client-1's first order split 60/40 between Petya and Masha. */
export const sixtyFortySplit: Split = {
  id: 's1',
  caseId: 'c1',
  clientId: 'client-1',
  agreedAt: '2026-11-01T00:00:00.000Z',
  firstOrder: [
    { managerId: 'petya', pct: 60 },
    { managerId: 'masha', pct: 40 },
  ],
};

export const november = { from: '2026-11-01T00:00:00.000Z', to: '2026-12-01T00:00:00.000Z' };
