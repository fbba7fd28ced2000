import { beforeAll, describe, expect, it } from 'vitest';
import type { i18n } from 'i18next';
import { payoutReport } from '../../../../shared/payouts';
import type { PayoutReportResponse } from '../../../../shared/sync';
import { i18nForTests } from '../../../../test/support/i18nForTests';
import { november, paidDeal, sixtyFortySplit } from '../../../../test/support/reportForTests';
import { payoutCsv } from './payoutCsv';
import { payoutSheet, wallClock } from './payoutSheet';

let ru: i18n;
let en: i18n;
beforeAll(async () => {
  ru = await i18nForTests('ru');
  en = await i18nForTests('en');
});

const response: PayoutReportResponse = {
  report: payoutReport({
    deals: [{ ...paidDeal('d1', 22_800_000, 11_400_000), title: '=Анталья, 7 ночей' }],
    splits: [sixtyFortySplit],
    period: november,
    by: 'manager',
    managerOffices: { masha: 'o2' },
  }),
  managers: { petya: 'Петя Иванов', masha: 'Маша Смирнова' },
  offices: { o1: 'Тверская', o2: 'Арбат' },
};
const clientLabel = (id: string) => (id === 'client-1' ? 'Орлов Сергей' : '?');

describe('payout CSV for people', () => {
  it('speaks Russian: headers, names instead of ids, grouped decimals, local dates', () => {
    const lines = payoutCsv(payoutSheet(response, clientLabel, ru.t), 'ru').split('\r\n');
    expect(lines[0]).toBe('Менеджер;Офис;Сделка;Клиент;Оплачена;Доля;Зачтённая сумма;К выплате;Валюта');
    const paidAt = wallClock(response.report.groups[0]!.lines[0]!.paidAt)!;
    const day = `${String(paidAt.getUTCDate()).padStart(2, '0')}.${String(paidAt.getUTCMonth() + 1).padStart(2, '0')}`;
    expect(lines[1]).toMatch(
      new RegExp(`^Маша Смирнова;Арбат;"'=Анталья, 7 ночей";Орлов Сергей;${day}\\.2026 \\d\\d:\\d\\d;40\u00a0%;`, 'u'),
    );
    // Quoted because of the decimal comma; Excel still reads a quoted field as a number.
    expect(lines[1]).toContain(';"91\u00a0200,00";"45\u00a0600,00";RUB');
    expect(lines.join('\n')).not.toMatch(/petya|masha|client-1|o2\b|T\d\d:\d\d/u);
    expect(lines).toContain('Всего к выплате;;;;;;"228\u00a0000,00";"114\u00a0000,00";RUB');
  });

  it('speaks English with a comma delimiter and English numbers', () => {
    const csv = payoutCsv(payoutSheet(response, clientLabel, en.t), 'en');
    expect(csv.split('\r\n')[0]).toBe('Manager,Office,Deal,Client,Paid,Share,Credited amount,Owed,Currency');
    expect(csv).toContain('"114,000.00"');
  });
});
