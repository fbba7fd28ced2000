import { describe, expect, it } from 'vitest';
import { editionsFromOrigin, type Edition } from './dealOrigin';

const edition = (officeId: string, clientId: string, dealId = 'd1'): Edition => ({
  officeId,
  clientId,
  deal: {
    dealId,
    title: 'Antalya',
    travelStart: '',
    travelEnd: '',
    currency: 'RUB',
    amountMinor: 1000,
    marginMinor: 100,
    status: 'paid',
    managerId: 'm',
    managerName: 'M',
  },
});

describe('editionsFromOrigin', () => {
  it('keeps only the editions of the office and client that wrote the first received one, whatever they are dated', () => {
    const own = edition('office-a', 'c1');
    const forged = edition('office-b', 'c9');
    const other = edition('office-b', 'c9', 'd2');
    expect(editionsFromOrigin([own, forged, other, edition('office-a', 'c2')])).toEqual([own, other]);
  });
});
