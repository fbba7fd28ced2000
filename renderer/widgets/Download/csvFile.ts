import { downloadBlob } from './downloadFile';

// Excel opens a UTF-8 CSV as the legacy code page unless the file starts with a byte-order mark,
// and splits columns on ';' in Russian locales: the export carries both.
const BOM = '\uFEFF';

/** The text with exactly one BOM in front, whether or not the endpoint already added one. */
export function withBom(csv: string): string {
  return BOM + (csv.startsWith(BOM) ? csv.slice(1) : csv);
}

/** Saves text as a file through the browser's download. */
export function downloadCsv(fileName: string, csv: string): void {
  downloadBlob(fileName, new Blob([withBom(csv)], { type: 'text/csv;charset=utf-8' }));
}
