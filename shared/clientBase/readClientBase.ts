// Reading a client base file, whatever system exported it: bytes → format → records → rows.
// One reader for the `dedupe` command and the app's import. The byte-level parts (decoding
// text, unzipping) are injected so shared/ stays free of Node and DOM. Every failure comes
// back as a problem the caller words for the person, never as an exception.
import { detectDelimiter, parseCsv, type CsvDelimiter } from '../csv';
import { readClientTable, type ClientTable } from './clientTable';
import { mapColumns, recognisedRoles, unmatchedOverrides, type ColumnOverride, type ColumnRole } from './columns';
import { detectFileFormat } from './fileFormat';
import { declaredCharset, htmlTableRecords, looksLikeHtmlTable } from './htmlTableRecords';
import { bomOf, decodeTextBytes, type DecodeText, type TextEncodingName } from './textEncoding';
import { xlsxRecords, type Unzip } from './xlsxRecords';

export type ClientBaseSource =
  | { format: 'csv'; encoding: TextEncodingName; delimiter: CsvDelimiter }
  | { format: 'html'; encoding: TextEncodingName }
  | { format: 'xlsx'; sheet: string; sheets: string[] };

export interface ClientBase extends ClientTable {
  source: ClientBaseSource;
  /** Structural oddities worth a look (unclosed quote, extra cells), by data row. */
  notes: { row: number; message: string }[];
}

export type ClientBaseProblem =
  | { kind: 'empty' }
  /** Excel 97–2003 binary: save it as .xlsx or CSV. */
  | { kind: 'binaryXls' }
  /** A zip archive that is not an Excel workbook (.docx, .ods…), or a damaged one. */
  | { kind: 'notWorkbook'; reason?: string }
  | { kind: 'noSheets' }
  | { kind: 'sheetNotFound'; sheet: string; sheets: string[] }
  /** A mapping names a column the header does not have. */
  | { kind: 'unknownMapColumn'; columns: string[]; header: string[] }
  /** No phone or email column: `header` is the best guess at the header row, `found` what it holds. */
  | { kind: 'noIdentityColumns'; header: string[]; found: ColumnRole[] };

export type ReadClientBaseResult = { ok: true; base: ClientBase } | { ok: false; problem: ClientBaseProblem };

export interface ReadClientBaseOptions {
  decode: DecodeText;
  unzip: Unzip;
  /** For workbooks: the sheet to read (by name, any case); the first one otherwise. */
  sheet?: string;
  /** A person's choices of roles, by column header. */
  overrides?: readonly ColumnOverride[];
}

type RecordsRead =
  | { ok: true; records: string[][]; source: ClientBaseSource; problems: { record: number; message: string }[] }
  | { ok: false; problem: ClientBaseProblem };

const ENCODING_NAMES: Readonly<Record<string, TextEncodingName>> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'windows-1251': 'windows-1251',
  cp1251: 'windows-1251',
  'utf-16': 'utf-16le',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
};

function textRecords(bytes: Uint8Array, decode: DecodeText): RecordsRead {
  // An HTML page says its charset in a <meta>; a BOM still wins, as in a browser.
  const declared = bomOf(bytes) ? undefined : ENCODING_NAMES[declaredCharset(bytes) ?? ''];
  const { text, encoding } = decodeTextBytes(bytes, decode, declared);
  if (looksLikeHtmlTable(text)) {
    return { ok: true, records: htmlTableRecords(text), source: { format: 'html', encoding }, problems: [] };
  }
  const delimiter = detectDelimiter(text);
  const parsed = parseCsv(text, delimiter);
  return {
    ok: true,
    records: parsed.records,
    source: { format: 'csv', encoding, delimiter },
    problems: parsed.problems,
  };
}

function workbookRecords(bytes: Uint8Array, options: ReadClientBaseOptions): RecordsRead {
  let read;
  try {
    read = xlsxRecords(bytes, options.unzip, (b) => options.decode(b, 'utf-8'), options.sheet);
  } catch (error) {
    return {
      ok: false,
      problem: { kind: 'notWorkbook', reason: error instanceof Error ? error.message : String(error) },
    };
  }
  if (!read.ok) {
    if (read.problem === 'sheetNotFound')
      return { ok: false, problem: { kind: 'sheetNotFound', sheet: read.sheet, sheets: read.sheets } };
    return { ok: false, problem: { kind: read.problem } };
  }
  return {
    ok: true,
    records: read.records,
    source: { format: 'xlsx', sheet: read.sheet, sheets: read.sheets },
    problems: [],
  };
}

function recordsOf(bytes: Uint8Array, options: ReadClientBaseOptions): RecordsRead {
  switch (detectFileFormat(bytes)) {
    case 'empty':
      return { ok: false, problem: { kind: 'empty' } };
    case 'biff':
      return { ok: false, problem: { kind: 'binaryXls' } };
    case 'zip':
      return workbookRecords(bytes, options);
    case 'text':
      return textRecords(bytes, options.decode);
  }
}

const isBlank = (record: readonly string[]): boolean => record.every((c) => c.trim() === '');

export function readClientBase(bytes: Uint8Array, options: ReadClientBaseOptions): ReadClientBaseResult {
  const read = recordsOf(bytes, options);
  if (!read.ok) return read;
  const { records, source } = read;
  const overrides = options.overrides ?? [];
  const firstLine = records.find((r) => !isBlank(r));
  if (!firstLine) return { ok: false, problem: { kind: 'empty' } };

  const table = readClientTable(records, overrides);
  const header = table ? [...table.header] : firstLine.map((c) => c.trim());
  const unmatched = unmatchedOverrides(header, overrides);
  if (unmatched.length > 0) {
    return { ok: false, problem: { kind: 'unknownMapColumn', columns: unmatched.map((o) => o.column), header } };
  }
  if (!table) {
    return {
      ok: false,
      problem: { kind: 'noIdentityColumns', header, found: recognisedRoles(mapColumns(firstLine, overrides)) },
    };
  }

  const notes = read.problems
    .filter((p) => p.record > table.headerIndex)
    .map((p) => ({ row: p.record - table.headerIndex, message: p.message }));
  if (source.format === 'csv') {
    const width = table.header.length;
    table.rows.forEach((_, i) => {
      const record = records[table.headerIndex + 1 + i] ?? [];
      // A trailing delimiter (an empty last cell) is how Excel ends lines; only values count.
      if (record.length > width && record.slice(width).some((c) => c.trim() !== '')) {
        notes.push({
          row: i + 1,
          message: `${record.length} cells but the header has ${width}: a value may contain an unquoted "${source.delimiter}"`,
        });
      }
    });
  }
  notes.sort((a, b) => a.row - b.row);
  return { ok: true, base: { ...table, source, notes } };
}
