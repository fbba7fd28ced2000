import type { i18n } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DealView } from '../../../shared/office/resolution/types';
import { validateDealInput } from '../../../shared/office/deals/dealInput';
import { i18nForTests } from '../../../test/support/i18nForTests';
import { dealDraftOf, dealErrors, newDealDraft } from './dealDraft';

let en: i18n;
let ru: i18n;
beforeAll(async () => {
  en = await i18nForTests('en');
  ru = await i18nForTests('ru');
});

const edition = {
  dealId: 'd1',
  title: 'Antalya',
  travelStart: '2025-10-12',
  travelEnd: '2025-10-19',
  currency: 'RUB',
  amountMinor: 12_000_050,
  marginMinor: 1_200_000,
  status: 'booked' as const,
  managerId: 'petya',
  managerName: 'Petya',
};
const deal: DealView = {
  dealId: 'd1',
  clientId: 'c1',
  officeId: 'o1',
  current: edition,
  createdAt: 1,
  paidAt: null,
  editions: [],
  split: null,
};

describe('deal form draft', () => {
  it('fills the form with the deal, amounts as this language writes them, read back exactly', () => {
    for (const i18n of [en, ru]) {
      const draft = dealDraftOf(deal, i18n.language);
      const parsed = validateDealInput({ clientId: 'c1', ...draft });
      expect(parsed.ok && parsed.value).toMatchObject({
        amountMinor: 12_000_050,
        marginMinor: 1_200_000,
        status: 'booked',
        travelStart: '2025-10-12',
      });
    }
  });

  it('puts each of the core’s errors at its field, in the UI language', () => {
    const result = validateDealInput({
      clientId: 'c1',
      ...newDealDraft(),
      amount: '12,3,4',
      margin: '-5',
      travelStart: '2025-10-19',
      travelEnd: '2025-10-12',
    });
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors;
    expect(Object.fromEntries(dealErrors(en, errors))).toEqual({
      title: 'Say what the deal is, e.g. the destination.',
      amount: 'Enter an amount like 120 000,50.',
      margin: 'Enter a positive margin.',
      travelEnd: 'The trip cannot end before it starts.',
    });
    expect(dealErrors(ru, errors).get('title')).toBe('Укажите, что это за сделка, например направление.');
  });

  it('shows an error about no field of the form above the buttons', () => {
    const errors = dealErrors(en, [
      { field: 'clientId', code: 'handedOver', message: 'This client was handed over to Petya (Office 1).' },
      { code: 'weird', message: 'Something odd.' },
    ]);
    expect(errors.get('form')).toBe(
      'This client was handed over to another manager; new deals are recorded there. Something odd.',
    );
  });
});
