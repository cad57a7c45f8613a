// exceljs for Node, as `#exceljs` (package.json "imports"). exceljs's own Node entry also loads
// its streaming reader, whose unzipper and that one's dependencies are over half of the
// ~600 ms the import costs; govforms never reads a workbook as a stream. These are the same
// classes from the same files, without it; the streaming writer (large budgets) loads when
// first used. Browsers get exceljs's own bundle (the "default" condition).
const ExcelJS = { Workbook: require('exceljs/lib/doc/workbook'), ...require('exceljs/lib/doc/enums') };
let stream;
Object.defineProperty(ExcelJS, 'stream', {
  enumerable: true,
  get: () => (stream ??= { xlsx: { WorkbookWriter: require('exceljs/lib/stream/xlsx/workbook-writer') } }),
});
module.exports = ExcelJS;
