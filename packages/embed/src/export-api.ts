/**
 * GovForms.exportBudgetXlsx / importBudgetXlsx / renderDocument / downloadFile: the document
 * generators and the budget workbook's reader behind a loader, so they are not part of the
 * first download.
 */
import { dossierKeys, type Dossier } from '@govforms/core';
import type { DocumentTemplateId, RenderOptions } from '@govforms/docx';
import type { BudgetData, BudgetWorkbookOptions, ReadBudgetOptions } from '@govforms/xlsx';

export interface ExportModule {
  buildBudgetWorkbook(d: Dossier, opts?: BudgetWorkbookOptions): Promise<Uint8Array>;
  readBudgetWorkbook(bytes: Uint8Array, opts?: ReadBudgetOptions): Promise<BudgetData>;
  renderDocument(id: DocumentTemplateId, d: Dossier, opts?: RenderOptions): Promise<Uint8Array>;
}

export interface ExportApi {
  /** The budget workbook (.xlsx) of a dossier, or of the budget form's data alone. */
  exportBudgetXlsx(data: object, opts?: BudgetWorkbookOptions): Promise<Uint8Array>;
  /**
   * The budget form's data back from an edited budget workbook (the bytes of the .xlsx the user
   * chose); rejects with a WorkbookReadError naming the sheet and cell, in `opts.locale`.
   * budgetDiff(current, imported) and describeBudgetDiff say what it would change.
   */
  importBudgetXlsx(bytes: Uint8Array, opts?: ReadBudgetOptions): Promise<BudgetData>;
  /** One of the Word documents (.docx) of a dossier. */
  renderDocument(id: DocumentTemplateId, dossier: Dossier, opts?: RenderOptions): Promise<Uint8Array>;
}

/** A dossier as given (it has a section of some form), or the budget form's data (items, dataResources) wrapped as one. */
export function asDossier(data: object): Dossier {
  return dossierKeys().some((k) => Object.hasOwn(data, k)) ? (data as Dossier) : { budget: data };
}

export function createExportApi(load: () => Promise<ExportModule>): ExportApi {
  return {
    exportBudgetXlsx: async (data, opts) => (await load()).buildBudgetWorkbook(asDossier(data), opts),
    importBudgetXlsx: async (bytes, opts) => (await load()).readBudgetWorkbook(bytes, opts),
    renderDocument: async (id, dossier, opts) => (await load()).renderDocument(id, dossier, opts),
  };
}

const TYPES: Record<string, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  json: 'application/json;charset=utf-8',
};

/** Lets the browser save bytes (or text) as a file, e.g. downloadFile(await exportBudgetXlsx(d), '预算.xlsx'). */
export function downloadFile(content: Uint8Array | string, fileName: string): void {
  const type = TYPES[fileName.split('.').pop()?.toLowerCase() ?? ''] ?? 'application/octet-stream';
  const part = typeof content === 'string' ? content : new Uint8Array(content);
  const url = URL.createObjectURL(new Blob([part], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  URL.revokeObjectURL(url);
}
