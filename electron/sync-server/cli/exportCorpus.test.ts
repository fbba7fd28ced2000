// The export corpus (test/fixtures/exports, written by make.ts): the same eight clients as
// amoCRM, Bitrix24, Google Contacts, Outlook and Excel export them, with planted duplicates.
// Each file must be read and give the same report.
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { planImport } from '../../../shared/clientImport';
import { findDuplicates } from '../../../shared/dedupe';
import { DEFAULT_IDENTITY_SETTINGS } from '../../../shared/identity';
import { readClientBase } from './readClientBase';

const EXPORTS = join(resolve(fileURLToPath(import.meta.url), '../../../..'), 'test/fixtures/exports');

const FILES = [
  'amocrm-contacts.xlsx',
  'amocrm-deals.xlsx',
  'bitrix24-contacts.xls',
  'google-contacts.csv',
  'google-contacts-utf16.csv',
  'outlook-contacts.csv',
  'excel-ru-cp1251.csv',
] as const;

const LABELS = /^(\* )?(mobile|home|work|other|smtp|main|myContacts)$/i;

async function read(file: string, options = {}) {
  const result = await readClientBase(join(EXPORTS, file), file, options);
  if (!result.ok) throw new Error(result.message);
  return result.base;
}

describe('the export corpus', () => {
  it.each(FILES)('%s: every planted duplicate found, only the planted problems', async (file) => {
    const base = await read(file);
    expect(base.rows).toHaveLength(8);
    const report = findDuplicates(base.rows);
    expect(report.conflicts).toEqual([
      { kind: 'phone', key: 'phone:+79161234567', rows: [1, 3] }, // 8 916…, +7 (916)…, 916-…
      { kind: 'email', key: 'email:petrivanov@gmail.com', rows: [1, 3] }, // a dot and +tag on googlemail.com
      { kind: 'domain', key: 'domain:romashka-tour.ru', rows: [1, 4] },
      { kind: 'email', key: 'email:anna-smirnova@yandex.ru', rows: [2, 7] }, // ya.ru is Yandex; mail.ru pairs are not
    ]);
    expect(report.hints).toEqual([{ reason: 'name', rows: [5, 6] }]);
    expect(report.errors.map((e) => [e.row, e.field, e.value])).toEqual([
      [7, 'phone', '12345'],
      [7, 'email', 'sidorov@@mail'],
    ]);
  });

  it.each(FILES)(
    '%s: the same report whether the caches of name tokens and mail hosts are cold or warm',
    async (file) => {
      const base = await read(file);
      vi.resetModules(); // a fresh copy of the checker: nothing read before
      const fresh = (await import('../../../shared/dedupe')).findDuplicates;
      const cold = fresh(base.rows);
      for (const other of FILES) findDuplicates((await read(other)).rows); // every name and host seen before
      expect(findDuplicates(base.rows)).toEqual(cold);

      // The same rows twice: the second copy's name tokens and mail hosts come out of the caches.
      const twice = findDuplicates([...base.rows, ...base.rows]);
      const shifted = (row: number): number => row + base.rows.length;
      expect(twice.errors).toEqual([...cold.errors, ...cold.errors.map((e) => ({ ...e, row: shifted(e.row) }))]);
      for (const c of cold.conflicts) {
        expect(twice.conflicts).toContainEqual({ ...c, rows: [...c.rows, ...c.rows.map(shifted)] });
      }
      for (const h of cold.hints) expect(twice.hints).toContainEqual({ ...h, rows: h.rows.map(shifted) });
    },
  );

  it.each(FILES)('%s: an import merges the planted people and keeps the unreadable values', async (file) => {
    const base = await read(file);
    const groups = planImport(base.rows, {
      source: { fileName: file, fileHash: '0'.repeat(64) },
      owner: { officeId: 'o1', ownerId: 'u1', ownerName: 'Petya' },
      settings: DEFAULT_IDENTITY_SETTINGS,
      labels: { unreadPhone: 'phone', unreadEmail: 'email', longName: 'name', longCompany: 'company' },
      now: 0,
    });
    // Rows 1 and 3 are one person (phone and email); 2 and 7 share an address; a company domain merges nobody.
    expect(groups.map((g) => g.rows)).toEqual([[1, 3], [2, 7], [4], [5], [6], [8]]);
    expect(groups.every((g) => g.doc !== null)).toBe(true);
    const sharingAnAddress = groups[1]!.doc!;
    expect(sharingAnAddress.notes).toContain('phone: 12345');
    expect(sharingAnAddress.notes).toContain('email: sidorov@@mail');
  });

  it.each(FILES)('%s: names read, label columns never read as values', async (file) => {
    const base = await read(file);
    for (const row of base.rows) {
      expect(row.name).not.toBe('');
      for (const value of [...row.phones, ...row.emails]) expect(value).not.toMatch(LABELS);
    }
    expect(base.rows[0]?.name).toMatch(/Иванов/);
    expect(base.rows[0]?.name).toMatch(/Пётр/);
  });

  it('keeps the columns it does not use as notes of the row', async () => {
    const amo = await read('amocrm-contacts.xlsx');
    expect(amo.rows[0]?.notes).toEqual(
      expect.arrayContaining([
        { column: 'Ответственный', value: 'Менеджер Петя' },
        { column: 'Теги', value: 'VIP' },
      ]),
    );
    const outlook = await read('outlook-contacts.csv');
    expect(outlook.rows[0]?.notes).toEqual(
      expect.arrayContaining([
        { column: 'Business Fax', value: '8 (495) 000-00-00' },
        { column: "Assistant's Phone", value: '+7 (495) 111-11-11' },
        { column: 'Business Street', value: 'ул. Ленина, 1\nофис 5' },
      ]),
    );
    expect(outlook.rows[1]?.notes).toEqual([{ column: 'Notes', value: 'Звонить после 18:00, "важно"' }]);
    const bitrix = await read('bitrix24-contacts.xls');
    expect(bitrix.rows[3]?.notes).toEqual(
      expect.arrayContaining([{ column: 'Номер факса', value: '8 (495) 777-88-00' }]),
    );
  });

  it('says how each file was read', async () => {
    expect((await read('amocrm-contacts.xlsx')).source).toEqual({
      format: 'xlsx',
      sheet: 'Контакты',
      sheets: ['Контакты', 'Архив'],
    });
    expect((await read('bitrix24-contacts.xls')).source).toEqual({ format: 'html', encoding: 'windows-1251' });
    expect((await read('google-contacts-utf16.csv')).source).toEqual({
      format: 'csv',
      encoding: 'utf-16le',
      delimiter: ',',
    });
    expect((await read('excel-ru-cp1251.csv')).source).toEqual({
      format: 'csv',
      encoding: 'windows-1251',
      delimiter: ';',
    });
  });

  it('reads a number-typed phone cell of a workbook with all its digits', async () => {
    expect((await read('amocrm-contacts.xlsx')).rows[0]?.phones[0]).toBe('89161234567');
  });

  it('reads the sheet named with --sheet, and lists the sheets when there is no such one', async () => {
    const archive = await read('amocrm-contacts.xlsx', { sheet: 'архив' });
    expect(archive.rows.map((r) => r.name)).toEqual(['Архивный Клиент']);
    const missing = await readClientBase(join(EXPORTS, 'amocrm-contacts.xlsx'), 'amo.xlsx', { sheet: 'Лиды' });
    expect(missing).toEqual({ ok: false, message: expect.stringMatching(/no sheet "Лиды".*"Контакты", "Архив"/) });
  });

  it('asks for .xlsx or CSV instead of a binary Excel 97–2003 workbook', async () => {
    const result = await readClientBase(join(EXPORTS, 'legacy-binary.xls'), 'legacy.xls');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toMatch(/binary Excel 97–2003/);
      expect(result.message).toMatch(/save it as \.xlsx .* or as CSV/);
    }
  });
});
