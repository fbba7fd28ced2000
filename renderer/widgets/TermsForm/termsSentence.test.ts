import { beforeAll, describe, expect, it } from 'vitest';
import type { i18n } from 'i18next';
import type { Terms } from '../../../shared/workflow';
import { i18nForTests } from '../../../test/support/i18nForTests';
import { termsSentence } from './termsSentence';

const names = { owner: 'Petya', newcomer: 'Masha' };
const base: Terms = {
  keeper: 'owner',
  firstOrderSplit: { owner: 60, newcomer: 40 },
  laterOrdersSplit: null,
  leadsCompensation: { from: 'owner', count: 3 },
  disputedDeals: [],
  note: '',
};

let en: i18n;
let ru: i18n;
beforeAll(async () => {
  en = await i18nForTests('en');
  ru = await i18nForTests('ru');
});

describe('terms in words', () => {
  it('says the agreement the users asked for, by name', () => {
    expect(termsSentence(en, base, names)).toBe(
      'Petya gets 60% of the first order and keeps the client; Masha gets 40% and 3 leads from Petya.',
    );
    expect(termsSentence(ru, base, names)).toBe(
      'Petya получает 60% первого заказа и ведёт клиента дальше; Masha получает 40% и 3 лида (передаёт Petya).',
    );
  });

  it('puts the keeper first and leaves out whoever gets nothing', () => {
    const moved: Terms = {
      ...base,
      keeper: 'newcomer',
      firstOrderSplit: { owner: 0, newcomer: 100 },
      leadsCompensation: null,
    };
    expect(termsSentence(en, moved, names)).toBe('Masha gets 100% of the first order and keeps the client.');
    const kept: Terms = { ...base, firstOrderSplit: { owner: 0, newcomer: 100 }, leadsCompensation: null };
    expect(termsSentence(en, kept, names)).toBe('Petya keeps the client; Masha gets 100% of the first order.');
  });

  it('bounds a split of later orders by a count, a date or both', () => {
    const until = new Date(2026, 11, 31, 23, 59).getTime();
    const later = (l: Terms['laterOrdersSplit']): Terms => ({ ...base, leadsCompensation: null, laterOrdersSplit: l });
    expect(termsSentence(en, later({ owner: 50, newcomer: 50, orders: 3 }), names)).toBe(
      'Petya gets 60% of the first order and 50% of the next 3 orders and keeps the client; Masha gets 40% and 50% of the next 3 orders.',
    );
    expect(termsSentence(en, later({ owner: 100, newcomer: 0, orders: 1 }), names)).toContain(
      '100% of the next order and keeps',
    );
    expect(termsSentence(en, later({ owner: 0, newcomer: 100, until }), names)).toContain(
      'Masha gets 40% and 100% of orders until Dec 31, 2026.',
    );
    expect(termsSentence(en, later({ owner: 0, newcomer: 100, orders: 2, until }), names)).toContain(
      '100% of the next 2 orders placed until Dec 31, 2026',
    );
    expect(termsSentence(ru, later({ owner: 50, newcomer: 50, orders: 5 }), names)).toContain(
      '50% следующих 5 заказов',
    );
  });

  it('uses Russian plural forms for leads', () => {
    const leads = (count: number): Terms => ({ ...base, leadsCompensation: { from: 'owner', count } });
    expect(termsSentence(ru, leads(1), names)).toContain('1 лид (передаёт Petya)');
    expect(termsSentence(ru, leads(5), names)).toContain('5 лидов (передаёт Petya)');
    expect(termsSentence(en, leads(1), names)).toContain('1 lead from Petya');
    expect(termsSentence(en, leads(0), names)).not.toContain('lead');
  });

  it('names the disputed deals the terms cover, by label where the reader knows them, else by number', () => {
    const named = { ...base, disputedDeals: ['d-1'] };
    const label = (id: string) => (id === 'd-1' ? '«Antalya, 7 nights» (paid, Petya)' : undefined);
    expect(termsSentence(en, named, names, label)).toBe(
      'Petya gets 60% of the first order and keeps the client; Masha gets 40% and 3 leads from Petya. The first-order split also covers the deal already made: «Antalya, 7 nights» (paid, Petya).',
    );
    expect(termsSentence(ru, { ...base, disputedDeals: ['d-1', 'd-2'] }, names)).toBe(
      'Petya получает 60% первого заказа и ведёт клиента дальше; Masha получает 40% и 3 лида (передаёт Petya). Так же, как первый заказ, делятся и 2 уже заключённые сделки по этим клиентам, названные в условиях.',
    );
  });
});
