// The rows of an HTML table, as text records. Bitrix24 and other web CRMs "export to Excel"
// by saving an HTML page with one <table> under an .xls name; Excel opens it, and so do we.
import { attributeOf, decodeEntities } from './markupText';

/** Whether decoded text is an HTML page with a table rather than CSV. */
export function looksLikeHtmlTable(text: string): boolean {
  const head = text.slice(0, 4096).trimStart().toLowerCase();
  return (head.startsWith('<') || head.includes('<html') || head.includes('<meta')) && /<table\b/i.test(text);
}

/** The charset an HTML page declares in a <meta> near its start, read from the raw bytes. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = String.fromCharCode(...bytes.subarray(0, 2048));
  return /<meta\b[^>]*charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
}

const TOKEN = /<!--[\s\S]*?-->|<(script|style)\b[\s\S]*?<\/\1\s*>|<(\/?)([a-zA-Z][\w:-]*)([^>]*)>/gi;

/**
 * Records of the first table: one per <tr>, one cell per <td>/<th> (a colspan adds empty
 * cells so columns stay aligned). Whitespace is collapsed as a browser would; <br> is a line
 * break inside the cell (several phones, one per line). Tables nested in a cell are read as text.
 */
export function htmlTableRecords(html: string): string[][] {
  const records: string[][] = [];
  let depth = 0; // table nesting; 1 is the table we read
  let record: string[] | null = null;
  let cell: string | null = null;
  let span = 1;
  let last = 0;
  const flushText = (until: number): void => {
    if (cell !== null && depth === 1 && until > last) cell += html.slice(last, until).replace(/\s+/g, ' ');
  };
  const endCell = (): void => {
    if (cell === null || !record) return;
    record.push(
      decodeEntities(cell)
        .split('\n')
        .map((line) => line.trim())
        .join('\n')
        .trim(),
    );
    for (let k = 1; k < span; k += 1) record.push('');
    cell = null;
  };
  const endRecord = (): void => {
    endCell();
    if (record) records.push(record);
    record = null;
  };
  for (const m of html.matchAll(TOKEN)) {
    const at = m.index ?? 0;
    flushText(at);
    last = at + m[0].length;
    const name = (m[3] ?? '').toLowerCase();
    const closing = m[2] === '/';
    if (name === 'table') {
      if (closing) {
        if (depth === 1) {
          endRecord();
          depth = 0;
          break;
        }
        depth = Math.max(0, depth - 1);
      } else depth += 1;
      continue;
    }
    if (depth !== 1) continue;
    if (name === 'tr') {
      endRecord();
      if (!closing) record = [];
    } else if (name === 'td' || name === 'th') {
      endCell();
      if (!closing) {
        record ??= [];
        const colspan = Number(attributeOf(m[4] ?? '', 'colspan') ?? '1');
        span = Number.isInteger(colspan) ? Math.min(Math.max(colspan, 1), 100) : 1;
        cell = '';
      }
    } else if (name === 'br' && cell !== null) {
      cell += '\n';
    } else if ((name === 'p' || name === 'div') && closing && cell !== null) {
      cell += '\n';
    }
  }
  endRecord();
  return records;
}
