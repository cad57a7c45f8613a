/**
 * readBudgetWorkbook: the budget back from a workbook made by buildBudgetWorkbook, also after
 * a finance officer edited, added or deleted rows in Excel, WPS or LibreOffice. Reads only the
 * 明细 and 数据资源 sheets (汇总 is derived). Browser-safe: Uint8Array in, plain object out.
 */
import { yuanToFen, type BudgetCategory, type Locale } from '@govforms/core';
import ExcelJS from 'exceljs';
import { budgetSchemaFacts, categoryFromCell, categoryLabels } from './budget-schema.js';
import { shown, xlsxText, type XlsxText } from './messages.js';
import { cellError, moneyOf, numberOf, required, textOf, WorkbookReadError, type Scalar } from './read-cells.js';
import { readTable, type TableRow, type TableSpec } from './read-table.js';
import { ITEM_HEADERS, RESOURCE_HEADERS, SHEET } from './workbook-labels.js';
import { DEFAULT_ZIP_LIMITS, inspectXlsxZip } from './zip-guard.js';

export interface BudgetItemData {
  category: BudgetCategory; name: string; year?: number; quantity?: number; unitPrice?: number; amount: number; note?: string;
}
export interface DataResourceData { name: string; provider?: string; description?: string; cost: number }
/** Same shape as the budget form's data. */
export interface BudgetData { items: BudgetItemData[]; dataResources: DataResourceData[] }

export interface ReadBudgetOptions { locale?: Locale }

type ItemField = keyof typeof ITEM_HEADERS;
type ResourceField = keyof typeof RESOURCE_HEADERS;

/** Extra rows tolerated beyond the form's limits (empty or formatted rows left after edits). */
const ROW_SLACK = 10_000;

function specs(t: XlsxText): { items: TableSpec<ItemField>; resources: TableSpec<ResourceField> } {
  const f = t.field;
  return {
    items: {
      sheet: SHEET.items, headers: ITEM_HEADERS, required: ['category', 'name', 'amount'], ignored: 'index', pointer: '/items',
      labels: { index: ITEM_HEADERS.index, category: f.category, name: f.name, year: f.year, quantity: f.quantity, unitPrice: f.unitPrice, amount: f.amount, note: f.note },
    },
    resources: {
      sheet: SHEET.resources, headers: RESOURCE_HEADERS, required: ['name', 'cost'], ignored: 'index', pointer: '/dataResources',
      labels: { index: RESOURCE_HEADERS.index, name: f.resourceName, provider: f.provider, description: f.description, cost: f.cost },
    },
  };
}

async function loadWorkbook(bytes: Uint8Array, t: XlsxText): Promise<ExcelJS.Workbook> {
  if (!(bytes instanceof Uint8Array)) throw new WorkbookReadError(t.notBytes);
  const verdict = await inspectXlsxZip(bytes);
  if (verdict === 'too-large') {
    throw new WorkbookReadError(t.tooLarge((bytes.byteLength / 1024 / 1024).toFixed(1), DEFAULT_ZIP_LIMITS.maxFileBytes / 1024 / 1024));
  }
  if (verdict === 'legacy-ole') throw new WorkbookReadError(t.legacyXls);
  if (verdict === 'bomb') throw new WorkbookReadError(t.zipBomb);
  if (verdict === 'not-zip') throw new WorkbookReadError(t.notXlsx);
  const { maxItems } = budgetSchemaFacts();
  const wb = new ExcelJS.Workbook();
  try {
    // dataValidations: exceljs expands a whole-column rule into a million cells on load.
    // mergeCells: read what each cell holds, not its merge master's value.
    await wb.xlsx.load(bytes as unknown as ArrayBuffer, {
      ignoreNodes: ['dataValidations', 'mergeCells', 'conditionalFormatting', 'hyperlinks', 'drawing', 'legacyDrawing', 'extLst'],
      maxRows: maxItems + ROW_SLACK,
    } as Parameters<typeof wb.xlsx.load>[1]);
  } catch (e) {
    const tooLong = /^Max row count/.test((e as Error)?.message ?? '');
    throw new WorkbookReadError(tooLong ? t.sheetTooLong(maxItems + ROW_SLACK) : t.unreadable);
  }
  return wb;
}

function sheet(wb: ExcelJS.Workbook, name: string, t: XlsxText): ExcelJS.Worksheet {
  const ws = wb.worksheets.find((w) => w.name.trim() === name);
  if (ws) return ws;
  throw new WorkbookReadError(t.missingSheet(name, wb.worksheets.map((w) => w.name).join('、')), name);
}

function text<K extends string>(row: TableRow<K>, field: K): string | undefined {
  const v: Scalar = row.value(field);
  return v === undefined || v === '' ? undefined : textOf(v);
}

function readItem(row: TableRow<ItemField>, t: XlsxText): BudgetItemData {
  const categoryText = required(text(row, 'category')?.trim() || undefined, row.at('category'));
  const category = categoryFromCell(categoryText);
  if (!category) throw cellError(row.at('category'), t.badCategory(t.field.category, categoryText, categoryLabels().join('、')));
  const name = required(text(row, 'name'), row.at('name'));
  const year = numberOf(row.value('year'), row.at('year'));
  const { yearMin, yearMax } = budgetSchemaFacts();
  if (year !== undefined && (!Number.isInteger(year) || year < yearMin || year > yearMax)) {
    throw cellError(row.at('year'), t.badYear(t.field.year, yearMin, yearMax, shown(year, t)));
  }
  const quantity = numberOf(row.value('quantity'), row.at('quantity'));
  // yuanToFen is core's exact "at most two decimals" reader; a quantity must also be > 0.
  if (quantity !== undefined && !(quantity > 0 && yuanToFen(quantity) !== undefined)) {
    throw cellError(row.at('quantity'), t.badQuantity(t.field.quantity, shown(quantity, t)));
  }
  const unitPrice = moneyOf(row.value('unitPrice'), row.at('unitPrice'));
  const amount = required(moneyOf(row.value('amount'), row.at('amount')), row.at('amount'));
  const note = text(row, 'note');
  return {
    category, name,
    ...(year !== undefined && { year }),
    ...(quantity !== undefined && { quantity }),
    ...(unitPrice !== undefined && { unitPrice }),
    amount,
    ...(note !== undefined && { note }),
  };
}

function readResource(row: TableRow<ResourceField>): DataResourceData {
  const name = required(text(row, 'name'), row.at('name'));
  const provider = text(row, 'provider');
  const description = text(row, 'description');
  const cost = required(moneyOf(row.value('cost'), row.at('cost')), row.at('cost'));
  return { name, ...(provider !== undefined && { provider }), ...(description !== undefined && { description }), cost };
}

/** The budget in a workbook: `{ items, dataResources }`, amounts in yuan, exact to the fen. */
export async function readBudgetWorkbook(bytes: Uint8Array, opts: ReadBudgetOptions = {}): Promise<BudgetData> {
  const t = xlsxText(opts.locale);
  const wb = await loadWorkbook(bytes, t);
  const s = specs(t);
  const items: BudgetItemData[] = [];
  const dataResources: DataResourceData[] = [];
  const itemSheet = sheet(wb, SHEET.items, t);
  const resourceSheet = sheet(wb, SHEET.resources, t);
  const { maxItems, maxDataResources } = budgetSchemaFacts();
  readTable(itemSheet, s.items, t, (row, i) => {
    if (i >= maxItems) throw new WorkbookReadError(t.tooManyRows(SHEET.items, maxItems), SHEET.items);
    items.push(readItem(row, t));
  });
  readTable(resourceSheet, s.resources, t, (row, i) => {
    if (i >= maxDataResources) throw new WorkbookReadError(t.tooManyRows(SHEET.resources, maxDataResources), SHEET.resources);
    dataResources.push(readResource(row));
  });
  return { items, dataResources };
}
