// CSV text to records (arrays of cells), RFC 4180 with what real exports add: CRLF, LF or CR
// line ends, quoted cells over several lines, a stray quote inside an unquoted cell.
// Written here rather than taken from papaparse so the app and the CLI share one reader
// (papaparse's types pull in Node's, which shared/ compiles without); it is also faster.
import type { CsvDelimiter } from './delimiter';

export interface ParsedCsv {
  records: string[][];
  /** Structural problems (an unclosed quote), by record index. */
  problems: { record: number; message: string }[];
}

const QUOTE = 34;
const CR = 13;
const LF = 10;

export function parseCsv(text: string, delimiter: CsvDelimiter): ParsedCsv {
  const records: string[][] = [];
  const problems: ParsedCsv['problems'] = [];
  const sep = delimiter.charCodeAt(0);
  const n = text.length;
  let record: string[] = [];
  let i = 0;
  while (i < n) {
    let cell: string;
    if (text.charCodeAt(i) === QUOTE) {
      // Quoted cell: runs to the next quote not followed by another one.
      let value = '';
      let from = i + 1;
      for (;;) {
        const q = text.indexOf('"', from);
        if (q < 0) {
          problems.push({ record: records.length, message: 'a quote is opened but never closed' });
          value += text.slice(from);
          i = n;
          break;
        }
        value += text.slice(from, q);
        if (text.charCodeAt(q + 1) === QUOTE) {
          value += '"';
          from = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      // Anything between the closing quote and the delimiter is kept rather than lost.
      let end = i;
      while (end < n) {
        const c = text.charCodeAt(end);
        if (c === sep || c === CR || c === LF) break;
        end += 1;
      }
      cell = end > i ? value + text.slice(i, end) : value;
      i = end;
    } else {
      let end = i;
      while (end < n) {
        const c = text.charCodeAt(end);
        if (c === sep || c === CR || c === LF) break;
        end += 1;
      }
      cell = text.slice(i, end);
      i = end;
    }
    record.push(cell);
    if (i >= n) break;
    const c = text.charCodeAt(i);
    if (c === sep) {
      i += 1;
      if (i === n) record.push(''); // "a;b;" ends with an empty cell
      continue;
    }
    // A line end: CRLF, LF or a lone CR.
    i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    // An array pushed to keeps room for 17 cells, and every record of a 100,000-row file is
    // held until the file is read: each is kept in an array of its own size instead.
    records.push(record.slice());
    record = [];
    // An empty line is a record of one empty cell, as the spreadsheet shows it.
    while (i < n && (text.charCodeAt(i) === CR || text.charCodeAt(i) === LF)) {
      records.push(['']);
      i += text.charCodeAt(i) === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    }
  }
  if (record.length > 0) records.push(record);
  return { records, problems };
}
