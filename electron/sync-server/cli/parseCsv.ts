// CSV text to records (arrays of cells). papaparse lives here, not in shared/, because its
// type definitions pull in Node's types, which shared/ must compile without.
import Papa from 'papaparse';
import type { CsvDelimiter } from '../../../shared/csv';

export interface ParsedCsv {
  records: string[][];
  /** Structural problems papaparse noticed (an unclosed quote…), by record index. */
  problems: { record: number; message: string }[];
}

export function parseCsv(text: string, delimiter: CsvDelimiter): ParsedCsv {
  const result = Papa.parse<string[]>(text, { delimiter, header: false, skipEmptyLines: false });
  return {
    records: result.data,
    problems: result.errors.map((e) => ({ record: e.row ?? 0, message: e.message })),
  };
}
