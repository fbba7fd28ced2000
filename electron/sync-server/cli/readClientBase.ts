// Reading a client base file for `dedupe` (and later for imports): bytes → text → records → rows.
// Every failure comes back as a message for the person, never as an exception.
import { readFile } from 'node:fs/promises';
import {
  ACCEPTED_COLUMN_NAMES,
  detectDelimiter,
  readClientTable,
  type ClientTable,
  type CsvDelimiter,
} from '../../../shared/csv';
import { decodeText, type TextEncodingName } from './decodeText';
import { parseCsv } from './parseCsv';

export interface ClientBase extends ClientTable {
  encoding: TextEncodingName;
  delimiter: CsvDelimiter;
  /** Structural oddities worth a look (unclosed quote, extra cells), by data row. */
  notes: { row: number; message: string }[];
}

export type ReadClientBaseResult = { ok: true; base: ClientBase } | { ok: false; message: string };

/** What a header must contain, spelled out for the error message. */
export function expectedColumnsText(): string {
  const list = (names: readonly string[]): string => names.map((n) => `"${n}"`).join(', ');
  return [
    'Expected a header row with at least a phone or an email column (Russian or English, any case):',
    `  phone:   ${list(ACCEPTED_COLUMN_NAMES.phone)}`,
    `  email:   ${list(ACCEPTED_COLUMN_NAMES.email)}`,
    'and optionally:',
    `  name:    ${list(ACCEPTED_COLUMN_NAMES.name)}`,
    `  company: ${list(ACCEPTED_COLUMN_NAMES.company)}`,
    'The file must be CSV in UTF-8 or Windows-1251, separated by "," or ";".',
  ].join('\n');
}

function describeReadError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a directory, not a file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

/** `path` is what is read; `shownAs` is how the person typed it, for messages. */
export async function readClientBase(path: string, shownAs = path): Promise<ReadClientBaseResult> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return { ok: false, message: `Cannot read "${shownAs}": ${describeReadError(error)}.\n${expectedColumnsText()}` };
  }

  const { text, encoding } = decodeText(bytes);
  const delimiter = detectDelimiter(text);
  const parsed = parseCsv(text, delimiter);
  const table = readClientTable(parsed.records);
  if (!table) {
    const firstLine = parsed.records.find((r) => r.some((c) => c.trim() !== ''));
    const found = firstLine
      ? `Found header: ${firstLine.map((c) => `"${c.trim()}"`).join(', ')}.`
      : 'The file is empty.';
    return { ok: false, message: `No recognisable columns in "${shownAs}". ${found}\n${expectedColumnsText()}` };
  }

  const toRow = (record: number): number => record - table.headerIndex;
  const notes = parsed.problems
    .filter((p) => p.record > table.headerIndex)
    .map((p) => ({ row: toRow(p.record), message: p.message }));
  const width = table.header.length;
  table.rows.forEach((_, i) => {
    const cells = parsed.records[table.headerIndex + 1 + i]?.length ?? 0;
    if (cells > width) {
      notes.push({
        row: i + 1,
        message: `${cells} cells but the header has ${width}: a value may contain an unquoted "${delimiter}"`,
      });
    }
  });
  notes.sort((a, b) => a.row - b.row);
  return { ok: true, base: { ...table, encoding, delimiter, notes } };
}
