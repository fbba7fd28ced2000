import { describe, expect, it } from 'vitest';
import { findHeader, readClientTable, rowReader } from './clientTable';

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
        notes: [],
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
    expect(table?.rows).toEqual([{ name: 'A', phones: [], emails: [], company: '', notes: [] }]);
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
    expect(rowReader(['ФИО', 'Телефон'], ['name', 'phone'])(['  Иванов   Пётр ', ' 123 '])).toEqual({
      name: 'Иванов Пётр',
      phones: ['123'],
      emails: [],
      company: '',
      notes: [],
    });
  });

  it('squeezes tabs, line breaks and no-break spaces in names and companies into one space', () => {
    const read = rowReader(['ФИО', 'Телефон', 'Компания'], ['name', 'phone', 'company']);
    expect(read(['Иванов\tПётр\nСергеевич', '1', 'ООО\u00a0«Ромашка»  Тур']).name).toBe('Иванов Пётр Сергеевич');
    expect(read(['Иванов\tПётр', '1', 'ООО\u00a0«Ромашка»  Тур']).company).toBe('ООО «Ромашка» Тур');
    expect(read(['Иванов Пётр', '1', 'ООО Ромашка']).name).toBe('Иванов Пётр');
  });

  it('joins name parts in the order the language writes them and prefers a full-name column', () => {
    const ru = readClientTable([
      ['Имя', 'Отчество', 'Фамилия', 'Телефон'],
      ['Пётр', 'Сергеевич', 'Иванов', '1'],
    ]);
    expect(ru?.rows[0]?.name).toBe('Иванов Пётр Сергеевич');
    const google = readClientTable([
      ['Name', 'Given Name', 'Family Name', 'Phone 1 - Value'],
      ['Peter Ivanov', 'Peter', 'Ivanov', '1'],
      ['', 'Anna', 'Smirnova', '2'],
    ]);
    expect(google?.rows.map((r) => r.name)).toEqual(['Peter Ivanov', 'Anna Smirnova']);
  });

  it('splits Google\'s " ::: " multi-value cells and never reads a label column as a value', () => {
    const table = readClientTable([
      ['Name', 'Phone 1 - Label', 'Phone 1 - Value', 'E-mail 1 - Label', 'E-mail 1 - Value'],
      ['Ann', 'Mobile ::: Work', '+7 916 123-45-67 ::: 8 495 111-22-33', '* Home', 'a@x.ru ::: b@y.ru'],
    ]);
    expect(table?.rows[0]).toMatchObject({
      phones: ['+7 916 123-45-67', '8 495 111-22-33'],
      emails: ['a@x.ru', 'b@y.ru'],
      notes: [],
    });
  });

  it('keeps unrecognised columns as notes, naming a column without a header by its number', () => {
    const table = readClientTable([
      ['ФИО', 'Телефон', 'Источник', ''],
      ['A', '1', 'сайт', 'VIP'],
      ['B', '2', '', ''],
    ]);
    expect(table?.rows.map((r) => r.notes)).toEqual([
      [
        { column: 'Источник', value: 'сайт' },
        { column: 'column 4', value: 'VIP' },
      ],
      [],
    ]);
  });
});
