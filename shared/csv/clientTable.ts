// Turning parsed CSV records (arrays of cells) into client rows: find the header,
// map its columns, read every data row. Pure: the CLI does the file and decoding parts.
import { hasIdentityColumns, mapColumns, type ColumnMap } from './columns';

export interface ClientRow {
  name: string;
  /**
   * One entry per non-empty phone cell. A cell may hold several numbers ("+7 916 …, 8 495 … доб. 12"):
   * identity splits it, with its own rules (an extension after a comma stays with its number),
   * so we do not split here.
   */
  phones: string[];
  /** One entry per non-empty email cell; identity splits several addresses too. */
  emails: string[];
  company: string;
}

export interface ClientTable {
  header: readonly string[];
  columns: ColumnMap;
  /** Index of the header among the records: a title line or two above it is tolerated. */
  headerIndex: number;
  /** rows[0] is data row 1, the record right after the header. */
  rows: ClientRow[];
}

/** How far down we look for the header (exports sometimes start with a title or a date). */
const HEADER_SEARCH_DEPTH = 10;

const isBlank = (record: readonly string[]): boolean => record.every((cell) => cell.trim() === '');

/** The first record among the top few that has a phone or an email column, or null. */
export function findHeader(
  records: readonly (readonly string[])[],
): { headerIndex: number; columns: ColumnMap } | null {
  const depth = Math.min(records.length, HEADER_SEARCH_DEPTH);
  for (let i = 0; i < depth; i += 1) {
    const columns = mapColumns(records[i] ?? []);
    if (hasIdentityColumns(columns)) return { headerIndex: i, columns };
  }
  return null;
}

function cellsOf(record: readonly string[], indexes: readonly number[]): string[] {
  const out: string[] = [];
  for (const i of indexes) {
    const cell = record[i];
    if (cell !== undefined && cell.trim() !== '') out.push(cell.trim());
  }
  return out;
}

/** One record to a client row. Missing cells (a short row) read as empty, never as an error. */
export function clientRowOf(record: readonly string[], columns: ColumnMap): ClientRow {
  return {
    name: cellsOf(record, columns.name).join(' ').replace(/\s+/g, ' '),
    phones: cellsOf(record, columns.phone),
    emails: cellsOf(record, columns.email),
    company: cellsOf(record, columns.company).join(' '),
  };
}

/**
 * Reads the records of a client base. Blank records inside the data keep their number
 * (so row N stays line N+1 of the spreadsheet for the person looking it up), while
 * blank records at the end are dropped. Returns null when no header is recognised.
 */
export function readClientTable(records: readonly (readonly string[])[]): ClientTable | null {
  const found = findHeader(records);
  if (!found) return null;
  let end = records.length;
  while (end > found.headerIndex + 1 && isBlank(records[end - 1] ?? [])) end -= 1;
  const rows: ClientRow[] = [];
  for (let i = found.headerIndex + 1; i < end; i += 1) rows.push(clientRowOf(records[i] ?? [], found.columns));
  return { header: records[found.headerIndex] ?? [], columns: found.columns, headerIndex: found.headerIndex, rows };
}
