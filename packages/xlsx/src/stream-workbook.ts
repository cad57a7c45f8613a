/**
 * writeBudgetWorkbookStream: the same workbook as buildBudgetWorkbook, written row by row with
 * exceljs's streaming WorkbookWriter so memory stays flat for 100,000 line items.
 * Node only (file system and Node streams): import it from `@govforms/xlsx/node`.
 */
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rename, unlink } from 'node:fs/promises';
import type { Writable } from 'node:stream';
import type { Dossier, DraftGap } from '@govforms/core';
import ExcelJS from '#exceljs';
import { planWorkbook, prepareForWorkbook, workbookProperties, type BudgetWorkbookOptions } from './plan-workbook.js';
import type { PreparedBudget } from './prepare-budget.js';
import { emitSheet, worksheetOptions } from './sheet-plan.js';

async function writeTo(stream: Writable, dossier: Dossier, budget: PreparedBudget, opts: BudgetWorkbookOptions, gaps?: DraftGap[]): Promise<void> {
  // Inline strings (no shared-string table kept in memory); styles are needed for formats.
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  Object.assign(wb, workbookProperties(budget, opts));
  for (const plan of planWorkbook(dossier, budget, opts, gaps)) {
    const ws = wb.addWorksheet(plan.name, worksheetOptions(plan));
    emitSheet(ws, plan, true);
    ws.commit();
  }
  await wb.commit();
}

/**
 * Writes the budget workbook to `target`: a file path (written to a temporary file first and
 * renamed, so a failure leaves no half-written workbook) or a writable stream. Bad input
 * throws a GovformsError before anything is written.
 */
export async function writeBudgetWorkbookStream(dossier: Dossier, target: string | Writable, opts: BudgetWorkbookOptions = {}): Promise<void> {
  const { budget, gaps } = prepareForWorkbook(dossier, opts); // bad input fails before any file exists
  if (typeof target !== 'string') return writeTo(target, dossier, budget, opts, gaps);
  const tmp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await writeTo(createWriteStream(tmp), dossier, budget, opts, gaps);
    await rename(tmp, target);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw e;
  }
}
