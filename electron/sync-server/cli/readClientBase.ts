// Reading a client base file for `dedupe` (and later for imports): the file's bytes go to the
// shared reader with Node's decoders injected; its problems are worded here for the person.
import { readFile } from 'node:fs/promises';
import { unzipSync } from 'fflate';
import {
  ACCEPTED_COLUMN_NAMES,
  readClientBase as readClientBaseBytes,
  type ClientBase,
  type ClientBaseProblem,
  type ColumnOverride,
  type DecodeText,
  type Unzip,
} from '../../../shared/clientBase';

export type ReadClientBaseResult = { ok: true; base: ClientBase } | { ok: false; message: string };

const decode: DecodeText = (bytes, encoding) => new TextDecoder(encoding).decode(bytes);
const unzip: Unzip = (bytes, wanted) => unzipSync(bytes, { filter: (file) => wanted(file.name) });

const list = (names: readonly string[]): string => names.map((n) => `"${n}"`).join(', ');

/** What a file must contain, spelled out for error messages. */
export function expectedColumnsText(): string {
  return [
    'Expected a header row with at least a phone or an email column (Russian or English, any case), e.g.:',
    `  phone:   ${list(ACCEPTED_COLUMN_NAMES.phone)}`,
    `  email:   ${list(ACCEPTED_COLUMN_NAMES.email)}`,
    'and optionally:',
    `  name:    ${list(ACCEPTED_COLUMN_NAMES.name)}`,
    `  company: ${list(ACCEPTED_COLUMN_NAMES.company)}`,
    'Name a column\'s role yourself with --map "Column=phone" (roles: name, firstName, middleName, lastName,',
    'phone, email, company, label, note, ignore).',
    'The file may be CSV (UTF-8, UTF-16 or Windows-1251; "," ";" or tab), an Excel .xlsx workbook,',
    'or an HTML table saved as .xls (Bitrix24 and other web CRMs).',
  ].join('\n');
}

function describeReadError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a directory, not a file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

export function describeProblem(problem: ClientBaseProblem, shownAs: string): string {
  switch (problem.kind) {
    case 'empty':
      return `"${shownAs}" is empty.`;
    case 'binaryXls':
      return (
        `"${shownAs}" is a binary Excel 97–2003 workbook (.xls), which cannot be read. ` +
        'Open it in Excel or LibreOffice and save it as .xlsx (Excel Workbook) or as CSV, then run this again.'
      );
    case 'notWorkbook':
      return `"${shownAs}" is a zip archive but not an Excel .xlsx workbook${problem.reason ? ` (${problem.reason})` : ''}. Save it as .xlsx or CSV.`;
    case 'noSheets':
      return `The workbook "${shownAs}" has no sheets.`;
    case 'sheetNotFound':
      return `The workbook "${shownAs}" has no sheet "${problem.sheet}". Its sheets: ${list(problem.sheets)}.`;
    case 'unknownMapColumn':
      return `--map names ${list(problem.columns)}, which is not a column of "${shownAs}". Its columns: ${list(problem.header)}.`;
    case 'noIdentityColumns': {
      const found = problem.found.length > 0 ? `found ${problem.found.join(', ')}` : 'found none';
      return (
        `No recognisable columns in "${shownAs}". Found header: ${list(problem.header)}.\n` +
        `Roles: ${found}; needed at least a phone or an email column.\n${expectedColumnsText()}`
      );
    }
  }
}

export interface ReadClientBaseFileOptions {
  sheet?: string;
  overrides?: readonly ColumnOverride[];
}

/** `path` is what is read; `shownAs` is how the person typed it, for messages. */
export async function readClientBase(
  path: string,
  shownAs = path,
  options: ReadClientBaseFileOptions = {},
): Promise<ReadClientBaseResult> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return { ok: false, message: `Cannot read "${shownAs}": ${describeReadError(error)}.\n${expectedColumnsText()}` };
  }
  const read = readClientBaseBytes(bytes, { decode, unzip, ...options });
  return read.ok ? read : { ok: false, message: describeProblem(read.problem, shownAs) };
}
