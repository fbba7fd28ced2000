import { describe, expect, it } from 'vitest';
import type { Deal } from './deal';
import { PAYOUT_CSV_HEADER, csvSafeText, payoutReportCsv } from './payoutCsv';
import { payoutReport } from './payoutReport';

const deal: Deal = {
  id: 'd1',
  clientId: 'client-1',
  managerId: 'petya',
  officeId: 'office-a',
  title: 'Antalya; "all inclusive"\n7 nights',
  travel: { start: '2026-06-01', end: '2026-06-08' },
  amount: { amount: 10000001, currency: 'RUB' },
  margin: { amount: 123457, currency: 'RUB' },
  status: 'paid',
  createdAt: '2026-03-10T00:00:00Z',
  paidAt: '2026-03-10T00:00:00Z',
};
const report = payoutReport({
  deals: [deal],
  splits: [
    {
      id: 's1',
      caseId: 'c1',
      clientId: 'client-1',
      agreedAt: '2026-03-01T00:00:00Z',
      firstOrder: [
        { managerId: 'petya', pct: 60 },
        { managerId: 'masha', pct: 40 },
      ],
    },
  ],
  period: { from: '2026-03-01T00:00:00Z', to: '2026-04-01T00:00:00Z' },
  by: 'manager',
  managerOffices: { petya: 'office-a', masha: 'office-b' },
});

describe('payoutReportCsv', () => {
  it('writes an English header, deal lines with decimal amounts, and totals', () => {
    const csv = payoutReportCsv(report, { delimiter: ';', header: PAYOUT_CSV_HEADER });
    const title = '"Antalya; ""all inclusive""\n7 nights"';
    expect(csv.split('\r\n')).toEqual([
      PAYOUT_CSV_HEADER.join(';'),
      `deal;masha;2026-03-10T00:00:00Z;d1;${title};client-1;masha;office-b;40;40000.00;493.83;RUB;s1`,
      'group total;masha;;;;;masha;;;;493.83;RUB;',
      `deal;petya;2026-03-10T00:00:00Z;d1;${title};client-1;petya;office-a;60;60000.01;740.74;RUB;s1`,
      'group total;petya;;;;;petya;;;;740.74;RUB;',
      'manager total;;;;;;masha;;;;493.83;RUB;',
      'manager total;;;;;;petya;;;;740.74;RUB;',
      'office total;;;;;;;office-a;;;740.74;RUB;',
      'office total;;;;;;;office-b;;;493.83;RUB;',
      'overall;;;;;;;;;;1234.57;RUB;',
      '',
    ]);
  });

  it('writes a correction row dated at the agreement for a deal paid before terms named it', () => {
    const corrected = payoutReport({
      deals: [{ ...deal, title: 'Sochi', createdAt: '2026-02-10T00:00:00Z', paidAt: '2026-02-10T00:00:00Z' }],
      splits: [
        {
          id: 's2',
          caseId: 'c1',
          clientId: 'client-1',
          agreedAt: '2026-03-05T00:00:00Z',
          firstOrder: [
            { managerId: 'petya', pct: 60 },
            { managerId: 'masha', pct: 40 },
          ],
          disputedDeals: ['d1'],
        },
      ],
      period: { from: '2026-03-01T00:00:00Z', to: '2026-04-01T00:00:00Z' },
      by: 'manager',
    });
    const rows = payoutReportCsv(corrected, { delimiter: ';', header: PAYOUT_CSV_HEADER }).split('\r\n');
    expect(rows).toContain(
      'correction;masha;2026-03-05T00:00:00Z;d1;Sochi;client-1;masha;office-a;40;40000.00;493.83;RUB;s2',
    );
    expect(rows).toContain(
      'correction;petya;2026-03-05T00:00:00Z;d1;Sochi;client-1;petya;office-a;60;-40000.00;-493.83;RUB;s2',
    );
    expect(rows).toContain('overall;;;;;;;;;;0.00;RUB;');
  });

  it('quotes commas when the delimiter is a comma', () => {
    const csv = payoutReportCsv(report, { delimiter: ',', header: PAYOUT_CSV_HEADER });
    expect(csv.startsWith('Row,Group,Paid at,Deal,Title,')).toBe(true);
    expect(csv).toContain(',"Antalya; ""all inclusive""\n7 nights",');
  });

  it('defuses spreadsheet formulas in typed text', () => {
    expect(csvSafeText('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
    expect(csvSafeText('+7 916')).toBe("'+7 916");
    expect(csvSafeText('Antalya')).toBe('Antalya');
  });
});
