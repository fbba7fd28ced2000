// Pure CSV helpers for importing a client base: delimiter, header and row mapping.
export { detectDelimiter, type CsvDelimiter } from './delimiter';
export { ACCEPTED_COLUMN_NAMES, headerWords, mapColumns, roleOfHeader, hasIdentityColumns, type ColumnMap, type ColumnRole } from './columns';
export { clientRowOf, findHeader, readClientTable, type ClientRow, type ClientTable } from './clientTable';
