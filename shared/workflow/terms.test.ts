import { describe, expect, it } from 'vitest';
import { validateTerms, type Terms } from './terms';

// "Petya gets 60% of the first order and keeps the client; Masha gets 40% and 3 leads from Petya."
const PETYA_TERMS: Terms = {
  keeper: 'owner',
  firstOrderSplit: { owner: 60, newcomer: 40 },
  laterOrdersSplit: null,
  leadsCompensation: { from: 'owner', count: 3 },
  disputedDeals: [],
  note: 'Petya keeps the client; Masha gets 3 leads from Petya.',
};

describe('validateTerms', () => {
  it('accepts the users’ own example', () => {
    expect(validateTerms(PETYA_TERMS)).toEqual({ ok: true, value: PETYA_TERMS });
  });

  it('accepts a bounded later-orders split and no leads', () => {
    const terms = {
      ...PETYA_TERMS,
      laterOrdersSplit: { owner: 50, newcomer: 50, orders: 2, until: 1_700_000_000_000 },
      leadsCompensation: null,
    };
    expect(validateTerms(terms)).toEqual({ ok: true, value: terms });
  });

  it.each([
    ['keeper', { ...PETYA_TERMS, keeper: 'lead' }, 'Choose who keeps the client: the owner or the newcomer.'],
    [
      'firstOrderSplit',
      { ...PETYA_TERMS, firstOrderSplit: { owner: 60, newcomer: 30 } },
      'The split of the first order must add up to 100%; it adds up to 90%.',
    ],
    [
      'firstOrderSplit.owner',
      { ...PETYA_TERMS, firstOrderSplit: { owner: 60.5, newcomer: 39.5 } },
      "The owner's share of the first order must be a whole percentage from 0 to 100.",
    ],
    [
      'firstOrderSplit',
      { ...PETYA_TERMS, firstOrderSplit: undefined },
      'Give the split of the first order in percent for the owner and the newcomer.',
    ],
    [
      'laterOrdersSplit',
      { ...PETYA_TERMS, laterOrdersSplit: { owner: 50, newcomer: 50 } },
      'Say for how many later orders, or until which date, the split applies.',
    ],
    [
      'laterOrdersSplit.orders',
      { ...PETYA_TERMS, laterOrdersSplit: { owner: 50, newcomer: 50, orders: 0 } },
      'The number of later orders must be a whole number from 1 to 1000.',
    ],
    [
      'laterOrdersSplit.newcomer',
      { ...PETYA_TERMS, laterOrdersSplit: { owner: 50, newcomer: -50, orders: 1 } },
      "The newcomer's share of later orders must be a whole percentage from 0 to 100.",
    ],
    [
      'leadsCompensation.count',
      { ...PETYA_TERMS, leadsCompensation: { from: 'owner', count: -1 } },
      'The number of leads must be a whole number from 0 to 1000.',
    ],
    [
      'leadsCompensation.from',
      { ...PETYA_TERMS, leadsCompensation: { from: 'masha', count: 3 } },
      'Choose who hands over the leads: the owner or the newcomer.',
    ],
    ['note', { ...PETYA_TERMS, note: 'x'.repeat(2001) }, 'The note is too long: 2001 characters, at most 2000.'],
  ])('refuses a bad %s with a clear message', (field, terms, message) => {
    const r = validateTerms(terms);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toContainEqual({ field, message });
  });

  it('refuses something that is not terms at all', () => {
    const r = validateTerms(null);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toEqual({ field: 'terms', message: 'Terms are missing.' });
  });

  it('takes the disputed deals the terms name, and none when older terms say nothing of them', () => {
    expect(validateTerms({ ...PETYA_TERMS, disputedDeals: ['d-1', 'd-2'] })).toEqual({
      ok: true,
      value: { ...PETYA_TERMS, disputedDeals: ['d-1', 'd-2'] },
    });
    const { disputedDeals: _none, ...older } = PETYA_TERMS;
    expect(validateTerms(older)).toEqual({ ok: true, value: PETYA_TERMS });
  });

  it.each([
    ['not a list', 'd-1', 'disputedDeals', 'The disputed deals must be a list of deal ids.'],
    ['an empty id', [''], 'disputedDeals.0', 'A disputed deal is named by its id (1 to 64 characters).'],
    ['a deal twice', ['d-1', 'd-1'], 'disputedDeals.1', 'The deal "d-1" is named twice.'],
    [
      'too many deals',
      Array.from({ length: 21 }, (_, i) => `d-${i}`),
      'disputedDeals',
      'Name at most 20 disputed deals; 21 are named.',
    ],
  ])('refuses disputed deals given as %s', (_what, disputedDeals, field, message) => {
    const r = validateTerms({ ...PETYA_TERMS, disputedDeals });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toContainEqual({ field, message });
  });
});
