import { describe, expect, it } from 'vitest';
import { KeyConflicts, type RowKey } from './keyConflicts';

const phone = (e164: string): RowKey => ({ kind: 'phone', value: e164 });
const email = (a: string): RowKey => ({ kind: 'email', value: a });
const domain = (d: string): RowKey => ({ kind: 'domain', value: d });

/** The conflicts of rows given as their keys: rowKeys[i] are the keys of row i + 1. */
function keyConflicts(rowKeys: readonly (readonly RowKey[])[]) {
  const conflicts = new KeyConflicts();
  rowKeys.forEach((keys, index) => {
    for (const key of keys) conflicts.add(index + 1, key);
  });
  return conflicts.sorted();
}

describe('KeyConflicts', () => {
  it('reports one conflict per key shared by two or more rows, rows ascending from 1', () => {
    const conflicts = keyConflicts([
      [phone('+79161234567'), email('a@firm.ru'), domain('firm.ru')],
      [phone('+79030000000')],
      [email('b@firm.ru'), domain('firm.ru')],
      [phone('+79161234567')],
    ]);
    expect(conflicts).toEqual([
      { kind: 'phone', key: 'phone:+79161234567', rows: [1, 4] },
      { kind: 'domain', key: 'domain:firm.ru', rows: [1, 3] },
    ]);
  });

  it('does not count a key repeated inside one row', () => {
    expect(keyConflicts([[phone('+1'), phone('+1')], []])).toEqual([]);
  });

  it('orders by first row, then phone, email, domain, then key', () => {
    const conflicts = keyConflicts([
      [domain('z.ru'), email('b@z.ru'), email('a@z.ru'), phone('+2')],
      [],
      [domain('z.ru'), email('b@z.ru'), email('a@z.ru'), phone('+2'), phone('+3')],
      [phone('+3')],
    ]);
    expect(conflicts.map((c) => c.key)).toEqual([
      'phone:+2',
      'email:a@z.ru',
      'email:b@z.ru',
      'domain:z.ru',
      'phone:+3',
    ]);
  });

  it('keeps the kinds apart', () => {
    expect(keyConflicts([[email('x@y.ru')], [domain('x@y.ru')]])).toEqual([]);
  });

  it('gathers every row of a widely shared key', () => {
    const rows = Array.from({ length: 5 }, () => [domain('big.ru')]);
    expect(keyConflicts(rows)).toEqual([{ kind: 'domain', key: 'domain:big.ru', rows: [1, 2, 3, 4, 5] }]);
  });
});
