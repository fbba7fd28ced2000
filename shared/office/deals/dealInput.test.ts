import { describe, expect, it } from 'vitest';
import type { DealInput } from '../resolution/types';
import { validateDealInput } from './dealInput';

const GOOD: DealInput = {
  clientId: 'c1',
  title: ' Antalya, 7 nights ',
  travelStart: '2026-06-01',
  travelEnd: '2026-06-08',
  currency: 'RUB',
  amount: '120 000,50',
  margin: '12 000',
  status: 'quoted',
};

describe('validateDealInput', () => {
  it('reads a good form: trimmed title, money in minor units', () => {
    expect(validateDealInput(GOOD)).toEqual({
      ok: true,
      value: {
        title: 'Antalya, 7 nights',
        travelStart: '2026-06-01',
        travelEnd: '2026-06-08',
        currency: 'RUB',
        amountMinor: 12_000_050,
        marginMinor: 1_200_000,
        status: 'quoted',
      },
    });
  });

  it('accepts unknown travel dates and yen without minor units', () => {
    const r = validateDealInput({
      ...GOOD,
      travelStart: '',
      travelEnd: '',
      currency: 'JPY',
      amount: '150000',
      margin: '0',
    });
    expect(r).toMatchObject({
      ok: true,
      value: { travelStart: '', travelEnd: '', amountMinor: 150_000, marginMinor: 0 },
    });
  });

  it.each([
    ['title', { title: '  ' }, 'Say what the deal is, e.g. the destination.'],
    ['title', { title: 'x'.repeat(201) }, 'A title can be at most 200 characters.'],
    ['currency', { currency: 'GBP' }, 'Choose the currency: RUB, USD, EUR or JPY.'],
    ['amount', { amount: '' }, 'Enter an amount'],
    [
      'amount',
      { amount: 'twelve' },
      '"twelve" is not an amount: use digits with an optional decimal part, e.g. 12 345,67',
    ],
    ['amount', { amount: '-5' }, 'Enter the amount as a positive number; a refund is a cancelled deal.'],
    ['amount', { amount: '2 000 000 000 000' }, 'The amount is too large.'],
    ['margin', { currency: 'JPY', amount: '1000', margin: '10.5' }, 'JPY has no minor units: enter a whole amount'],
    ['margin', { margin: '130 000' }, 'The margin cannot be more than the amount of the deal.'],
    ['travelStart', { travelStart: '01.06.2026' }, 'Enter the date as YYYY-MM-DD, or leave it empty.'],
    ['travelEnd', { travelEnd: '2026-02-30' }, 'Enter the date as YYYY-MM-DD, or leave it empty.'],
    ['travelEnd', { travelEnd: '2026-05-31' }, 'The trip cannot end before it starts.'],
    ['status', { status: 'won' }, 'Choose the status: inquiry, quoted, booked, paid, cancelled.'],
  ] as Array<[string, Partial<Record<keyof DealInput, unknown>>, string]>)(
    'refuses a bad %s: %j',
    (field, change, message) => {
      const r = validateDealInput({ ...GOOD, ...change } as DealInput);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.errors).toContainEqual(expect.objectContaining({ field, message }));
    },
  );

  it('accepts 29 February of a leap year only', () => {
    expect(validateDealInput({ ...GOOD, travelStart: '2028-02-29', travelEnd: '2028-03-01' }).ok).toBe(true);
    expect(validateDealInput({ ...GOOD, travelStart: '2027-02-29', travelEnd: '' }).ok).toBe(false);
  });

  it('refuses something that is not a form at all, naming every field', () => {
    const r = validateDealInput(null as unknown as DealInput);
    expect(r.ok ? [] : r.errors.map((e) => e.field)).toEqual(['title', 'currency', 'status']);
  });
});
