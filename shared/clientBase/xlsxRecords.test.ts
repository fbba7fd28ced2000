import { describe, expect, it } from 'vitest';
import { xlsxRecords, type Unzip } from './xlsxRecords';

// A workbook as its parts; the fake unzip hands out the ones asked for.
const PARTS: Record<string, string> = {
  'xl/workbook.xml':
    '<workbook xmlns:r="r"><sheets><sheet name="Контакты" sheetId="1" r:id="rId1"/><sheet name="R&amp;D" sheetId="2" r:id="rId2"/></sheets></workbook>',
  'xl/_rels/workbook.xml.rels':
    '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml" Type="w"/><Relationship Id="rId2" Target="/xl/worksheets/sheet2.xml" Type="w"/></Relationships>',
  'xl/sharedStrings.xml':
    '<sst><si><t>ФИО</t></si><si><t>Телефон</t></si><si><r><t>Иванов </t></r><r><rPr/><t xml:space="preserve">Пётр</t></r><rPh><t>ignored</t></rPh></si><si><t>a &amp; b</t></si></sst>',
  'xl/worksheets/sheet1.xml':
    '<worksheet><sheetData>' +
    '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>' +
    '<row r="3"><c r="A3" t="s"><v>2</v></c><c r="C3"><v>7.9161234567E10</v></c></row>' +
    '<row r="4"><c r="A4" t="inlineStr"><is><t>Инлайн</t></is></c><c r="B4" t="str"><f>A1</f><v>x</v></c><c r="D4" t="b"><v>1</v></c></row>' +
    '</sheetData></worksheet>',
  'xl/worksheets/sheet2.xml':
    '<x:worksheet><x:sheetData><x:row><x:c t="s"><x:v>3</x:v></x:c></x:row></x:sheetData></x:worksheet>',
};
const bytesOf = (text: string): Uint8Array => new TextEncoder().encode(text);
const unzip: Unzip = (_, wanted) =>
  Object.fromEntries(
    Object.entries(PARTS)
      .filter(([name]) => wanted(name))
      .map(([name, text]) => [name, bytesOf(text)]),
  );
const decode = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);
const ZIP = new Uint8Array(0);

describe('xlsxRecords', () => {
  it('reads the first sheet: shared, rich and inline strings, numbers with every digit, skipped rows and cells', () => {
    expect(xlsxRecords(ZIP, unzip, decode)).toEqual({
      ok: true,
      sheet: 'Контакты',
      sheets: ['Контакты', 'R&D'],
      records: [['ФИО', 'Телефон'], [], ['Иванов Пётр', '', '79161234567'], ['Инлайн', 'x', '', 'TRUE']],
    });
  });

  it('reads a sheet by name, in any case, with namespace prefixes on the tags', () => {
    expect(xlsxRecords(ZIP, unzip, decode, 'r&d')).toMatchObject({ ok: true, sheet: 'R&D', records: [['a & b']] });
  });

  it('says when the sheet is missing or the archive is not a workbook', () => {
    expect(xlsxRecords(ZIP, unzip, decode, 'Лиды')).toEqual({
      ok: false,
      problem: 'sheetNotFound',
      sheet: 'Лиды',
      sheets: ['Контакты', 'R&D'],
    });
    expect(xlsxRecords(ZIP, () => ({}), decode)).toEqual({ ok: false, problem: 'notWorkbook' });
  });
});
