// Pure CSV helpers: reading a client base (delimiter, header and row mapping) and writing exports.
export { detectDelimiter, type CsvDelimiter } from './delimiter';
export { csvCell, toCsv, type ExportDelimiter } from './csvText';
export {
  ACCEPTED_COLUMN_NAMES,
  headerWords,
  mapColumns,
  roleOfHeader,
  hasIdentityColumns,
  type ColumnMap,
  type ColumnRole,
} from './columns';
export { clientRowOf, findHeader, readClientTable, type ClientRow, type ClientTable } from './clientTable';
