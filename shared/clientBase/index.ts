// Reading a client base exported from a CRM, a phone book or a spreadsheet (CSV, .xlsx, an HTML
// table saved as .xls) into client rows, with the mapping of its columns shown and changeable.
export {
  ACCEPTED_COLUMN_NAMES,
  COLUMN_ROLES,
  headerWords,
  hasIdentityColumns,
  isColumnRole,
  mapColumns,
  recognisedRoles,
  roleOfHeader,
  unmatchedOverrides,
  type ColumnOverride,
  type ColumnRole,
} from './columns';
export {
  findHeader,
  readClientTable,
  rowReader,
  type ClientNote,
  type ClientRow,
  type ClientTable,
  type RowReader,
} from './clientTable';
export { detectFileFormat, type FileFormat } from './fileFormat';
export { htmlTableRecords } from './htmlTableRecords';
export { xlsxRecords, type Unzip } from './xlsxRecords';
export { detectTextEncoding, decodeTextBytes, isUtf8, type DecodeText, type TextEncodingName } from './textEncoding';
export {
  readClientBase,
  type ClientBase,
  type ClientBaseProblem,
  type ClientBaseSource,
  type ReadClientBaseOptions,
  type ReadClientBaseResult,
} from './readClientBase';
