// A chosen file's bytes through the shared reader, with the browser's decoder and unzip, and the
// digest that makes an import's ids the same every time the same file is imported.
import { unzipSync } from 'fflate';
import {
  readClientBase,
  type ColumnOverride,
  type DecodeText,
  type ReadClientBaseResult,
  type Unzip,
} from '../../../shared/clientBase';

const decode: DecodeText = (bytes, encoding) => new TextDecoder(encoding).decode(bytes);
const unzip: Unzip = (bytes, wanted) => unzipSync(bytes, { filter: (file) => wanted(file.name) });

export interface ChosenFile {
  name: string;
  bytes: Uint8Array;
  /** Hex SHA-256 of the bytes. */
  hash: string;
}

export async function chooseFile(file: File): Promise<ChosenFile> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return { name: file.name, bytes, hash: [...digest].map((b) => b.toString(16).padStart(2, '0')).join('') };
}

export function readChosenFile(
  file: ChosenFile,
  overrides: readonly ColumnOverride[],
  sheet: string | undefined,
): ReadClientBaseResult {
  return readClientBase(file.bytes, { decode, unzip, overrides, ...(sheet ? { sheet } : {}) });
}
