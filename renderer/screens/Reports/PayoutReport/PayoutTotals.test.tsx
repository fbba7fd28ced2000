import { MantineProvider } from '@mantine/core';
import type { i18n } from 'i18next';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { payoutReport, type PayoutReport } from '../../../../shared/payouts';
import { i18nForTests } from '../../../../test/support/i18nForTests';
import { november, paidDeal, sixtyFortySplit } from '../../../../test/support/reportForTests';
import { PayoutGroupTable, type PayoutNames } from './PayoutGroupTable';
import { PayoutTotals } from './PayoutTotals';

let en: i18n;
let ru: i18n;
beforeAll(async () => {
  en = await i18nForTests('en');
  ru = await i18nForTests('ru');
});

const text = (node: ReactNode, i18n: i18n) =>
  renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <MantineProvider>{node}</MantineProvider>
    </I18nextProvider>,
  )
    .replace(/<style[^>]*>.*?<\/style>/gsu, ' ')
    .replace(/<[^>]+>/gu, ' ')
    .replace(/\s+/gu, ' ');

const names: PayoutNames = {
  manager: (id) => ({ petya: 'Petya Ivanov', masha: 'Masha Petrova' })[id] ?? id,
  office: (id) => ({ o1: 'Office 1', o2: 'Office 2' })[id] ?? id,
  client: () => 'Orlov S.',
  ownOfficeId: 'o1',
};

/** Office 1's lead's view of a 60/40 deal with Office 2, as the endpoint scopes it. */
function leadsView(otherOwed = 480000): PayoutReport {
  const full = payoutReport({
    deals: [paidDeal('d1', 12000000, 1200000)],
    splits: [sixtyFortySplit],
    period: november,
    by: 'manager',
    managerOffices: { petya: 'o1', masha: 'o2' },
  });
  const petyas = full.groups.filter((g) => g.key === 'petya');
  return {
    ...full,
    groups: petyas,
    totalsByManager: full.totalsByManager.filter((t) => t.managerId === 'petya'),
    totalsByOffice: full.totalsByOffice.filter((t) => t.officeId === 'o1'),
    overall: petyas[0]!.totals,
    otherScopes: [{ dealId: 'd1', officeId: 'o2', pct: 40, owed: { amount: otherOwed, currency: 'RUB' } }],
    otherScopeTotals: [{ amount: otherOwed, currency: 'RUB' }],
  };
}

describe('a lead’s payout report with a split across offices', () => {
  it('names the other office’s share under the deal and reconciles, without an alarm', () => {
    const report = leadsView();
    const table = text(
      <PayoutGroupTable group={report.groups[0]!} by="manager" names={names} otherScopes={report.otherScopes} />,
      ru,
    );
    expect(table).toContain('Доля другого офиса: Office 2 — 40 %, 4 800,00 ₽');
    const totals = text(<PayoutTotals report={report} names={names} ownOnly={false} />, en);
    expect(totals).toContain(
      'Reconciles with the deals’ margins: your office’s shares of RUB 7,200.00 and the other offices’ shares of RUB 4,800.00 add up exactly to RUB 12,000.00.',
    );
    expect(totals).not.toContain('Does not reconcile');
  });

  it('still alarms when its shares and the other office’s miss the margins', () => {
    const totals = text(<PayoutTotals report={leadsView(479999)} names={names} ownOnly={false} />, en);
    expect(totals).toContain('Does not reconcile');
  });
});
