// exceljs for Node, as `#exceljs` (package.json "imports"). exceljs's own Node entry requires
// ~660 files, its streaming reader (unzipper) among them; the import cost ~600 ms. Its one-file
// build without polyfills (dist/exceljs.bare.min.js, the same classes; browsers get
// dist/exceljs.min.js) compiles in about half the time of even the ~280 files the Workbook class
// needs. The streaming writer (large budgets), which that build leaves out, loads from exceljs's
// own files when first used.
const ExcelJS = { ...require('exceljs/dist/exceljs.bare.min.js') };
let stream;
Object.defineProperty(ExcelJS, 'stream', {
  enumerable: true,
  get: () => (stream ??= { xlsx: { WorkbookWriter: require('exceljs/lib/stream/xlsx/workbook-writer') } }),
});
module.exports = ExcelJS;
