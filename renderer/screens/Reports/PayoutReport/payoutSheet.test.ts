import { describe, expect, it } from 'vitest';
import type { CellObject, Row } from 'write-excel-file/browser';
import { payoutReport, type Deal, type Split } from '../../../../shared/payouts';
import type { PayoutReportResponse } from '../../../../shared/sync';
import { moneyFormat, payoutSheet, wallClock } from './payoutSheet';
import { november, paidDeal, sixtyFortySplit } from '../../../../test/support/reportForTests';

function sheetOf(deals: Deal[], splits: Split[] = [sixtyFortySplit]) {
  const response: PayoutReportResponse = {
    report: payoutReport({ deals, splits, period: november, by: 'manager', managerOffices: { masha: 'o2' } }),
    managers: { petya: 'Petya Ivanov', masha: 'Masha Petrova' },
    offices: { o1: 'Office 1' },
  };
  return {
    response,
    sheet: payoutSheet(
      response,
      (id) => (id === 'client-1' ? 'Orlov Sergey' : '?'),
      (key) => `[${key}]`,
    ),
  };
}

const cell = (row: Row | undefined, i: number) => row?.[i] as CellObject | null | undefined;
// Every cell payoutSheet writes is a cell object or null.
const values = (row: Row | undefined) =>
  (row ?? []).map((c) => (c === null || c === undefined ? c : (c as CellObject).value));

describe('payoutSheet', () => {
  it('writes a bold header from i18n and one row per line with typed cells', () => {
    const { sheet } = sheetOf([paidDeal('d1', 1_000_001, 100_001)]);
    expect(sheet.name).toBe('[reports.payouts.title]');
    const [header, first, second] = sheet.rows;
    expect(values(header)).toEqual(
      ['manager', 'office', 'deal', 'client', 'paidAt', 'share', 'credited', 'owed', 'currency'].map(
        (k) => `[reports.payouts.${k}]`,
      ),
    );
    expect(header?.every((c) => (c as CellObject).fontWeight === 'bold')).toBe(true);
    // Lines come in the report's group order: masha before petya.
    expect(values(first)).toEqual([
      'Masha Petrova',
      'o2',
      'Antalya d1',
      'Orlov Sergey',
      wallClock('2026-11-05T10:00:00.000Z'),
      0.4,
      4000,
      400,
      'RUB',
    ]);
    expect(values(second)).toEqual([
      'Petya Ivanov',
      'Office 1',
      'Antalya d1',
      'Orlov Sergey',
      wallClock('2026-11-05T10:00:00.000Z'),
      0.6,
      6000.01,
      600.01,
      'RUB',
    ]);
    expect([0, 1, 2, 3, 8].map((i) => cell(second, i)?.type)).toEqual([String, String, String, String, String]);
    expect(cell(second, 4)).toMatchObject({ type: Date, format: 'yyyy-mm-dd hh:mm' });
    expect(cell(second, 5)).toMatchObject({ type: Number, format: '0%' });
    expect(cell(second, 6)).toMatchObject({ type: Number, format: '#,##0.00' });
    expect(cell(second, 7)).toMatchObject({ type: Number, format: '#,##0.00' });
    expect(sheet.columns).toHaveLength(9);
  });

  it('totals equal the report’s own, kopeck for kopeck, one row per currency, never summed across', () => {
    // Ten lines of 1 kopeck owed each (0.1 + 0.2 territory), plus a EUR and a JPY deal.
    const kopecks = Array.from({ length: 10 }, (_, i) => ({ ...paidDeal(`k${i}`, 3, 1), clientId: 'client-2' }));
    const { response, sheet } = sheetOf([
      ...kopecks,
      paidDeal('e1', 10_00, 3_33, 'EUR'),
      paidDeal('y1', 1_000, 101, 'JPY'),
    ]);
    const totals = sheet.rows.slice(-3);
    expect(sheet.rows.at(-4)).toEqual([]);
    expect(totals.map(values)).toEqual([
      ['[reports.payouts.overall]', null, null, null, null, null, 10, 3.33, 'EUR'],
      ['[reports.payouts.overall]', null, null, null, null, null, 1000, 101, 'JPY'],
      ['[reports.payouts.overall]', null, null, null, null, null, 0.3, 0.1, 'RUB'],
    ]);
    // The same numbers as the report's minor units, and not what adding the line cells in floats gives.
    expect(response.report.overall).toEqual([
      { amount: 333, currency: 'EUR' },
      { amount: 101, currency: 'JPY' },
      { amount: 10, currency: 'RUB' },
    ]);
    const rubOwedCells = sheet.rows
      .slice(1, -4)
      .filter((r) => values(r)[8] === 'RUB')
      .map((r) => values(r)[7] as number);
    expect(rubOwedCells).toHaveLength(10);
    expect(rubOwedCells.reduce((a, b) => a + b, 0)).not.toBe(0.1);
    expect(cell(totals[1], 7)).toMatchObject({ type: Number, format: '#,##0', fontWeight: 'bold' });
    expect(cell(totals[2], 7)).toMatchObject({ type: Number, format: '#,##0.00', fontWeight: 'bold' });
    expect(values(sheet.rows.find((r) => values(r)[2] === 'Antalya k0'))[3]).toBe('?');
  });

  it('keeps formula-looking text as text cells', () => {
    const { sheet } = sheetOf([{ ...paidDeal('d1', 100, 10), title: '=HYPERLINK("http://x","y")' }], []);
    expect(cell(sheet.rows[1], 2)).toEqual({ value: '=HYPERLINK("http://x","y")', type: String });
  });

  it('shows the paid instant as the local wall clock and the money formats by minor digits', () => {
    const at = '2026-11-30T22:00:00.000Z';
    const local = new Date(at);
    const shown = wallClock(at);
    expect([shown?.getUTCFullYear(), shown?.getUTCMonth(), shown?.getUTCDate(), shown?.getUTCHours()]).toEqual([
      local.getFullYear(),
      local.getMonth(),
      local.getDate(),
      local.getHours(),
    ]);
    expect(wallClock('')).toBeNull();
    expect([moneyFormat(2), moneyFormat(0)]).toEqual(['#,##0.00', '#,##0']);
  });

  it('dates a correction at the agreement and marks it beside the title', () => {
    const paidInOctober = {
      ...paidDeal('d1', 1000, 100),
      createdAt: '2026-10-02T10:00:00.000Z',
      paidAt: '2026-10-05T10:00:00.000Z',
    };
    const { sheet } = sheetOf([paidInOctober], [{ ...sixtyFortySplit, disputedDeals: ['d1'] }]);
    const rows = sheet.rows.slice(1, 3);
    expect(rows.map((r) => values(r)[2])).toEqual([
      'Antalya d1 — [reports.payouts.correction]',
      'Antalya d1 — [reports.payouts.correction]',
    ]);
    expect(rows.map((r) => values(r)[4])).toEqual([
      wallClock(sixtyFortySplit.agreedAt),
      wallClock(sixtyFortySplit.agreedAt),
    ]);
    expect(rows.map((r) => values(r)[7])).toEqual([0.4, -0.4]);
  });
});
