import { describe, expect, it } from 'vitest';
import { clientRowOf, findHeader, readClientTable } from './clientTable';

describe('readClientTable', () => {
  it('maps records to rows, joining name parts and reading every phone column (cells are split by identity)', () => {
    const table = readClientTable([
      ['Фамилия', 'Имя', 'Телефон', 'Телефон 2', 'E-mail', 'Компания'],
      ['Иванов', 'Пётр', '8 916 123-45-67', '+7 495 111 22 33', 'p@firm.ru; petr@gmail.com', 'ООО Ромашка'],
    ]);
    expect(table?.rows).toEqual([
      {
        name: 'Иванов Пётр',
        phones: ['8 916 123-45-67', '+7 495 111 22 33'],
        emails: ['p@firm.ru; petr@gmail.com'],
        company: 'ООО Ромашка',
      },
    ]);
  });

  it('finds the header below a title line and numbers rows from the record after it', () => {
    const table = readClientTable([['Клиенты на 01.10.2026'], [], ['name', 'phone'], ['A', '1'], ['B', '2']]);
    expect(table?.headerIndex).toBe(2);
    expect(table?.rows.map((r) => r.name)).toEqual(['A', 'B']);
  });

  it('keeps blank rows inside the data (numbering follows the sheet) and drops trailing ones', () => {
    const table = readClientTable([['name', 'phone'], ['A', '1'], [''], ['B', '2'], [''], ['', '']]);
    expect(table?.rows.map((r) => r.name)).toEqual(['A', '', 'B']);
  });

  it('reads a short record as empty cells', () => {
    const table = readClientTable([['name', 'phone', 'email'], ['A']]);
    expect(table?.rows).toEqual([{ name: 'A', phones: [], emails: [], company: '' }]);
  });

  it('returns null when no header has a phone or email column', () => {
    expect(
      readClientTable([
        ['foo', 'bar'],
        ['1', '2'],
      ]),
    ).toBeNull();
    expect(readClientTable([])).toBeNull();
    expect(findHeader([['Name', 'Company']])).toBeNull();
  });

  it('trims cells and squeezes spaces in names', () => {
    expect(clientRowOf(['  Иванов   Пётр ', ' 123 '], { name: [0], phone: [1], email: [], company: [] })).toEqual({
      name: 'Иванов Пётр',
      phones: ['123'],
      emails: [],
      company: '',
    });
  });
});
