// CSV text: detecting the delimiter, reading records, writing exports.
export { detectDelimiter, type CsvDelimiter } from './delimiter';
export { csvCell, toCsv, type ExportDelimiter } from './csvText';
export { parseCsv, type ParsedCsv } from './parseCsv';
