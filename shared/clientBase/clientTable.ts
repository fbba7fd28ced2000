// Turning records (arrays of cells, from CSV, a sheet or an HTML table) into client rows:
// find the header, map its columns, read every data row. Pure: reading bytes is done elsewhere.
import { hasIdentityColumns, mapColumns, type ColumnOverride, type ColumnRole } from './columns';

/** A value from a column that is neither a name, a phone, an email nor a company: kept, not lost. */
export interface ClientNote {
  column: string;
  value: string;
}

export interface ClientRow {
  name: string;
  /**
   * One entry per phone value. A cell may hold several numbers ("+7 916 …, 8 495 … доб. 12"):
   * identity splits on "," ";" and new lines with its own rules (an extension after a comma
   * stays with its number); only Google's " ::: " is split here, as it is this format's own.
   */
  phones: string[];
  /** One entry per email value; identity splits several addresses in one value too. */
  emails: string[];
  company: string;
  notes: ClientNote[];
}

export interface ClientTable {
  header: readonly string[];
  /** One role per header column. */
  roles: readonly ColumnRole[];
  /** Index of the header among the records: a title line or two above it is tolerated. */
  headerIndex: number;
  /** rows[0] is data row 1, the record right after the header. */
  rows: ClientRow[];
}

/** How far down we look for the header (exports sometimes start with a title or a date). */
const HEADER_SEARCH_DEPTH = 10;

/** Google Contacts puts several values of one field in one cell: "+7 916 … ::: +7 903 …". */
const GOOGLE_MULTI_VALUE = /\s+:::\s+/;

/** Whitespace that collapsing would change: a run of it, or any but a plain space. */
const MESSY_SPACE = /\s\s|[^\S ]/;

const isBlank = (record: readonly string[]): boolean => record.every((cell) => cell.trim() === '');

/** The first record among the top few that has a phone or an email column, or null. */
export function findHeader(
  records: readonly (readonly string[])[],
  overrides: readonly ColumnOverride[] = [],
): { headerIndex: number; roles: ColumnRole[] } | null {
  const depth = Math.min(records.length, HEADER_SEARCH_DEPTH);
  for (let i = 0; i < depth; i += 1) {
    const roles = mapColumns(records[i] ?? [], overrides);
    if (hasIdentityColumns(roles)) return { headerIndex: i, roles };
  }
  return null;
}

/** Name parts of a Russian header read "Фамилия Имя Отчество"; English ones "First Middle Last". */
function namePartOrder(header: readonly string[], roles: readonly ColumnRole[]): ColumnRole[] {
  const cyrillic = roles.some((r, i) => (r === 'firstName' || r === 'lastName') && /[а-яё]/i.test(header[i] ?? ''));
  return cyrillic ? ['lastName', 'firstName', 'middleName'] : ['firstName', 'middleName', 'lastName'];
}

/** How a header reads records: computed once per table, applied to every row. */
export interface RowReader {
  (record: readonly string[]): ClientRow;
}

export function rowReader(header: readonly string[], roles: readonly ColumnRole[]): RowReader {
  const columnsOf = (role: ColumnRole): number[] => roles.flatMap((r, i) => (r === role ? [i] : []));
  const fullName = columnsOf('name');
  const parts = namePartOrder(header, roles).flatMap(columnsOf);
  const phone = columnsOf('phone');
  const email = columnsOf('email');
  const company = columnsOf('company');
  const note = columnsOf('note');
  const noteNames = note.map((i) => (header[i] ?? '').trim() || `column ${i + 1}`);

  const cell = (record: readonly string[], i: number): string => (record[i] ?? '').trim();
  const joined = (record: readonly string[], columns: readonly number[]): string => {
    const out: string[] = [];
    for (const i of columns) {
      const v = cell(record, i);
      if (v !== '') out.push(v);
    }
    const text = out.join(' ');
    // Collapsing copies the text, and nearly every name and company is spaced already.
    return MESSY_SPACE.test(text) ? text.replace(/\s+/g, ' ') : text;
  };
  const values = (record: readonly string[], columns: readonly number[]): string[] => {
    const out: string[] = [];
    for (const i of columns) {
      const v = cell(record, i);
      if (v === '') continue;
      if (v.includes(':::')) {
        for (const piece of v.split(GOOGLE_MULTI_VALUE)) if (piece.trim() !== '') out.push(piece.trim());
      } else out.push(v);
    }
    // Rows live as long as the check of their base, and an array pushed to keeps room for 17
    // values: a row's few values are kept in an array of their own size instead.
    return out.slice();
  };

  return (record) => {
    const notes: ClientNote[] = [];
    note.forEach((i, k) => {
      const v = cell(record, i);
      if (v !== '') notes.push({ column: noteNames[k] ?? '', value: v });
    });
    // A full-name column wins; rows where it is empty fall back to the parts (Google has both).
    return {
      name: joined(record, fullName) || joined(record, parts),
      phones: values(record, phone),
      emails: values(record, email),
      company: joined(record, company),
      notes,
    };
  };
}

/**
 * Reads the records of a client base. Blank records inside the data keep their number
 * (so row N stays line N+1 of the spreadsheet for the person looking it up), while
 * blank records at the end are dropped. Returns null when no header is recognised.
 */
export function readClientTable(
  records: readonly (readonly string[])[],
  overrides: readonly ColumnOverride[] = [],
): ClientTable | null {
  const found = findHeader(records, overrides);
  if (!found) return null;
  let end = records.length;
  while (end > found.headerIndex + 1 && isBlank(records[end - 1] ?? [])) end -= 1;
  const header = records[found.headerIndex] ?? [];
  const read = rowReader(header, found.roles);
  const rows: ClientRow[] = [];
  for (let i = found.headerIndex + 1; i < end; i += 1) rows.push(read(records[i] ?? []));
  return { header, roles: found.roles, headerIndex: found.headerIndex, rows };
}
