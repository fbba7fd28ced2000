// What kind of file a client base is, by its first bytes rather than its name: Bitrix24 saves
// an HTML page as .xls, people rename .csv to .xls, and amoCRM's .xlsx is a zip archive.

export type FileFormat =
  /** A zip archive: an .xlsx workbook (or some other Office file, which the reader then says). */
  | 'zip'
  /** A binary Excel 97–2003 workbook (BIFF in an OLE compound file). */
  | 'biff'
  /** Text: CSV, or an HTML table saved as .xls; told apart once decoded. */
  | 'text'
  | 'empty';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean =>
  bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);

export function detectFileFormat(bytes: Uint8Array): FileFormat {
  if (bytes.length === 0) return 'empty';
  if (startsWith(bytes, ZIP)) return 'zip';
  if (startsWith(bytes, OLE)) return 'biff';
  return 'text';
}
