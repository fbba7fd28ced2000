import type { i18n } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Terms } from '../../../shared/workflow';
import { i18nForTests } from '../../../test/support/i18nForTests';
import {
  checkDraft,
  draftFromOutcome,
  draftFromTerms,
  EMPTY_DRAFT,
  fromDateInput,
  toDateInput,
  type TermsDraft,
} from './termsDraft';

let en: i18n;
let ru: i18n;
beforeAll(async () => {
  en = await i18nForTests('en');
  ru = await i18nForTests('ru');
});

const errorsOf = (draft: TermsDraft, i18n = en) => {
  const check = checkDraft(i18n, draft);
  return check.ok ? {} : Object.fromEntries(check.errors);
};

describe('terms draft', () => {
  it('turns the form into the terms the workflow validates, and back', () => {
    const terms: Terms = {
      keeper: 'owner',
      firstOrderSplit: { owner: 60, newcomer: 40 },
      laterOrdersSplit: { owner: 50, newcomer: 50, orders: 3, until: fromDateInput('2026-12-31') },
      leadsCompensation: { from: 'owner', count: 3 },
      disputedDeals: [],
      note: 'as agreed by phone',
    };
    const check = checkDraft(en, draftFromTerms(terms));
    expect(check).toEqual({ ok: true, terms });
  });

  it('computes the other side of a split, so it always adds up to 100', () => {
    const check = checkDraft(en, { ...EMPTY_DRAFT, firstOwnerPct: 70 });
    expect(check.ok && check.terms.firstOrderSplit).toEqual({ owner: 70, newcomer: 30 });
  });

  it('puts each problem next to its input, in the UI language', () => {
    expect(errorsOf({ ...EMPTY_DRAFT, keeper: null, firstOwnerPct: '' })).toEqual({
      keeper: 'Choose who keeps the client.',
      firstSplit: 'Give each manager a whole percentage of the first order; together 100%.',
    });
    expect(errorsOf({ ...EMPTY_DRAFT, later: true })).toEqual({
      laterBound: 'Say for how many later orders, or until which date, the split applies.',
    });
    expect(errorsOf({ ...EMPTY_DRAFT, later: true, laterOrders: 0, laterUntil: '2026-02-30' })).toEqual({
      laterOrders: 'The number of orders must be a whole number from 1 to 1000.',
      laterUntil: 'Enter a valid date.',
    });
    expect(errorsOf({ ...EMPTY_DRAFT, leads: true })).toEqual({
      leadsFrom: 'Choose who hands over the leads.',
      leadsCount: 'The number of leads must be a whole number from 0 to 1000.',
    });
    expect(errorsOf({ ...EMPTY_DRAFT, note: 'x'.repeat(2001) }, ru)).toEqual({
      note: 'Примечание — не больше 2000 символов.',
    });
  });

  it('starts a proposal from what the regulations recommend', () => {
    expect(draftFromOutcome({ type: 'moveToNewcomer' })).toMatchObject({ keeper: 'newcomer', firstOwnerPct: 0 });
    expect(draftFromOutcome({ type: 'splitFirstOrder', owner: 70 })).toMatchObject({
      keeper: 'owner',
      firstOwnerPct: 70,
    });
    expect(draftFromOutcome(null)).toEqual(EMPTY_DRAFT);
  });

  it('reads a date input as the whole of that day', () => {
    const end = fromDateInput('2026-12-31');
    expect(new Date(end).getHours()).toBe(23);
    expect(toDateInput(end)).toBe('2026-12-31');
    expect(fromDateInput('31.12.2026')).toBeNaN();
  });
});
