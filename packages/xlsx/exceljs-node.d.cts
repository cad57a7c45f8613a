// The types of `#exceljs` (exceljs-node.cjs): exceljs's own.
import ExcelJS = require('exceljs');
export = ExcelJS;
