// The cells of one sheet of an .xlsx workbook (Office Open XML), as text records. Unzipping is
// injected (fflate in the CLI, the same in the app): shared/ has no Node or DOM. The parts are
// read with patterns rather than a DOM: worksheets are flat (rows of cells), and this reads
// what amoCRM (PhpSpreadsheet), Excel, LibreOffice and Google Sheets write.
import { attributeOf, decodeEntities } from './markupText';

/** Files of a zip archive whose names pass `wanted`, as bytes. Throws on a damaged archive. */
export type Unzip = (bytes: Uint8Array, wanted: (name: string) => boolean) => Record<string, Uint8Array>;

export type XlsxResult =
  | { ok: true; records: string[][]; sheet: string; sheets: string[] }
  | { ok: false; problem: 'notWorkbook' | 'noSheets' }
  | { ok: false; problem: 'sheetNotFound'; sheet: string; sheets: string[] };

const utf8 = (bytes: Uint8Array | undefined, decode: (bytes: Uint8Array) => string): string =>
  bytes ? decode(bytes) : '';

/** Text of the <t> runs of a shared or inline string; phonetic runs (<rPh>) are not the text. */
function stringItemText(xml: string): string {
  const body = xml.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, '');
  let out = '';
  for (const m of body.matchAll(/<(?:\w+:)?t\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?t>)/g)) out += m[1] ?? '';
  return decodeEntities(out);
}

function sharedStrings(xml: string): string[] {
  return [...xml.matchAll(/<(?:\w+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?si>)/g)].map((m) =>
    stringItemText(m[1] ?? ''),
  );
}

/** "AB12" → 27 (0-based column). */
function columnIndex(ref: string): number | undefined {
  const letters = /^[A-Z]+/i.exec(ref)?.[0];
  if (!letters) return undefined;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** A number as a person typed it: 7.9161234567E10 (a phone stored as a number) → "79161234567". */
function numberText(value: string): string {
  if (!/e/i.test(value)) return value;
  const n = Number(value);
  return Number.isFinite(n) && Math.abs(n) < 1e21 ? String(n) : value; // below 1e21 JS writes every digit
}

function cellText(type: string | undefined, inner: string, strings: readonly string[]): string {
  if (type === 'inlineStr')
    return stringItemText(/<(?:\w+:)?is\b[^>]*>([\s\S]*?)<\/(?:\w+:)?is>/.exec(inner)?.[1] ?? '');
  const v = /<(?:\w+:)?v\b[^>]*>([\s\S]*?)<\/(?:\w+:)?v>/.exec(inner)?.[1];
  if (v === undefined) return '';
  if (type === 's') return strings[Number(v)] ?? '';
  if (type === 'b') return v === '1' ? 'TRUE' : 'FALSE';
  if (type === 'str' || type === 'e') return decodeEntities(v);
  return numberText(v.trim());
}

function sheetRecords(xml: string, strings: readonly string[]): string[][] {
  const records: string[][] = [];
  const data = /<(?:\w+:)?sheetData\b[^>]*>([\s\S]*)<\/(?:\w+:)?sheetData>/.exec(xml)?.[1] ?? '';
  for (const row of data.matchAll(/<(?:\w+:)?row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?row>)/g)) {
    const rowNumber = Number(attributeOf(row[1] ?? '', 'r'));
    // Rows Excel left out (empty ones) still count, so row numbers match the sheet.
    const index = Number.isInteger(rowNumber) && rowNumber > 0 ? rowNumber - 1 : records.length;
    while (records.length < index) records.push([]);
    const record: string[] = [];
    for (const c of (row[2] ?? '').matchAll(/<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g)) {
      const attributes = c[1] ?? '';
      const ref = attributeOf(attributes, 'r');
      const column = (ref !== undefined ? columnIndex(ref) : undefined) ?? record.length;
      while (record.length < column) record.push('');
      record[column] = cellText(attributeOf(attributes, 't'), c[2] ?? '', strings);
    }
    records[index] = record;
  }
  return records;
}

/** "worksheets/sheet1.xml" relative to xl/, or "/xl/worksheets/sheet1.xml" absolute. */
function partPath(target: string): string {
  return target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
}

/** The records of the sheet named `sheetName` (any case), or of the first sheet. */
export function xlsxRecords(
  bytes: Uint8Array,
  unzip: Unzip,
  decodeUtf8: (bytes: Uint8Array) => string,
  sheetName?: string,
): XlsxResult {
  const meta = unzip(bytes, (name) =>
    ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/sharedStrings.xml'].includes(name),
  );
  const workbook = utf8(meta['xl/workbook.xml'], decodeUtf8);
  if (workbook === '') return { ok: false, problem: 'notWorkbook' };
  const rels = utf8(meta['xl/_rels/workbook.xml.rels'], decodeUtf8);
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<(?:\w+:)?Relationship\b([^>]*)>/g)) {
    const id = attributeOf(m[1] ?? '', 'Id');
    const target = attributeOf(m[1] ?? '', 'Target');
    if (id && target) targets.set(id, partPath(target));
  }
  const sheets = [...workbook.matchAll(/<(?:\w+:)?sheet\b([^>]*)>/g)].map((m, i) => ({
    name: attributeOf(m[1] ?? '', 'name') ?? '',
    // Without a relationship we can resolve, the conventional part name is the best guess.
    path: targets.get(attributeOf(m[1] ?? '', 'r:id') ?? '') ?? `xl/worksheets/sheet${i + 1}.xml`,
  }));
  const names = sheets.map((s) => s.name);
  if (sheets.length === 0) return { ok: false, problem: 'noSheets' };
  const sheet =
    sheetName === undefined
      ? sheets[0]
      : sheets.find((s) => s.name.trim().toLowerCase() === sheetName.trim().toLowerCase());
  if (!sheet) return { ok: false, problem: 'sheetNotFound', sheet: sheetName ?? '', sheets: names };
  const part = unzip(bytes, (name) => name === sheet.path)[sheet.path];
  const strings = sharedStrings(utf8(meta['xl/sharedStrings.xml'], decodeUtf8));
  return { ok: true, records: sheetRecords(utf8(part, decodeUtf8), strings), sheet: sheet.name, sheets: names };
}
