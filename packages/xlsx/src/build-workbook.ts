/**
 * buildBudgetWorkbook: the whole workbook in memory, for Node and the browser (no Node-only
 * APIs; bytes in and out as Uint8Array). For very large budgets in Node see
 * writeBudgetWorkbookStream in `@govforms/xlsx/node`.
 */
import { deflatedZip, type Dossier } from '@govforms/core';
import ExcelJS from '#exceljs';
import { planWorkbook, prepareForWorkbook, workbookProperties, type BudgetWorkbookOptions } from './plan-workbook.js';
import { emitSheet, worksheetOptions, type SheetPlan } from './sheet-plan.js';

/** exceljs returns a Node Buffer or an ArrayBuffer depending on the platform. */
export function asUint8Array(data: ArrayBuffer | ArrayBufferView): Uint8Array {
  if (data instanceof Uint8Array && data.constructor === Uint8Array) return data;
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  return new Uint8Array(data);
}

/** The sheets written into one in-memory workbook with its document properties, as .xlsx bytes. */
export async function workbookBytes(plans: Iterable<SheetPlan>, properties: Partial<ExcelJS.Workbook>): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  Object.assign(wb, properties);
  for (const plan of plans) emitSheet(wb.addWorksheet(plan.name, worksheetOptions(plan)), plan, false);
  return deflatedZip(async (compression) => asUint8Array(await wb.xlsx.writeBuffer({ zip: { compression } })));
}

export async function buildBudgetWorkbook(dossier: Dossier, opts: BudgetWorkbookOptions = {}): Promise<Uint8Array> {
  const { budget, gaps } = prepareForWorkbook(dossier, opts);
  return workbookBytes(planWorkbook(dossier, budget, opts, gaps), workbookProperties(budget, opts));
}
