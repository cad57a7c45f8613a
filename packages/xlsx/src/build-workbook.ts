/**
 * buildBudgetWorkbook: the whole workbook in memory, for Node and the browser (no Node-only
 * APIs; bytes in and out as Uint8Array). For very large budgets in Node see
 * writeBudgetWorkbookStream in `@govforms/xlsx/node`.
 */
import { deflatedZip, type Dossier } from '@govforms/core';
import ExcelJS from 'exceljs';
import { planWorkbook, workbookProperties, type BudgetWorkbookOptions } from './plan-workbook.js';
import { prepareBudget } from './prepare-budget.js';
import { emitSheet, worksheetOptions } from './sheet-plan.js';

/** exceljs returns a Node Buffer or an ArrayBuffer depending on the platform. */
export function asUint8Array(data: ArrayBuffer | ArrayBufferView): Uint8Array {
  if (data instanceof Uint8Array && data.constructor === Uint8Array) return data;
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  return new Uint8Array(data);
}

export async function buildBudgetWorkbook(dossier: Dossier, opts: BudgetWorkbookOptions = {}): Promise<Uint8Array> {
  const budget = prepareBudget(dossier, opts.locale);
  const wb = new ExcelJS.Workbook();
  Object.assign(wb, workbookProperties(budget, opts));
  for (const plan of planWorkbook(dossier, budget, opts)) {
    emitSheet(wb.addWorksheet(plan.name, worksheetOptions(plan)), plan, false);
  }
  return deflatedZip(async (compression) => asUint8Array(await wb.xlsx.writeBuffer({ zip: { compression } })));
}
