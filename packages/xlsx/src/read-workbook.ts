/**
 * readBudgetWorkbook: the budget back from a workbook made by buildBudgetWorkbook, also after
 * a finance officer edited, added or deleted rows in Excel, WPS or LibreOffice. Reads only the
 * 明细 and 数据资源 sheets (汇总 is derived). Browser-safe: Uint8Array in, plain object out.
 */
import { words, yuanToFen, type BudgetCategory, type Locale } from '@govforms/core';
import ExcelJS from '#exceljs';
import { budgetSchemaFacts, categoryFromCell, categoryLabels, itemFieldTitles, resourceFieldTitles } from './budget-schema.js';
import { errorMessages, shown, type XlsxErrors } from './messages.js';
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

type ItemColumn = keyof typeof ITEM_HEADERS;
type ResourceColumn = keyof typeof RESOURCE_HEADERS;

/** Extra rows tolerated beyond the form's limits (empty or formatted rows left after edits). */
const ROW_SLACK = 10_000;

/**
 * The tables to read: columns are found by the headers the workbook writes (the schema's
 * zh-CN titles); messages name them by the titles in the caller's locale.
 */
function specs(locale: Locale | undefined): { items: TableSpec<ItemColumn>; resources: TableSpec<ResourceColumn> } {
  return {
    items: {
      sheet: SHEET.items, headers: ITEM_HEADERS, required: ['category', 'name', 'amount'], ignored: 'index', pointer: '/items',
      labels: { index: ITEM_HEADERS.index, ...itemFieldTitles(locale) },
    },
    resources: {
      sheet: SHEET.resources, headers: RESOURCE_HEADERS, required: ['name', 'cost'], ignored: 'index', pointer: '/dataResources',
      labels: { index: RESOURCE_HEADERS.index, ...resourceFieldTitles(locale) },
    },
  };
}

async function loadWorkbook(bytes: Uint8Array, t: XlsxErrors): Promise<ExcelJS.Workbook> {
  if (!(bytes instanceof Uint8Array)) throw new WorkbookReadError(t.notBytes());
  const verdict = await inspectXlsxZip(bytes);
  if (verdict === 'too-large') {
    throw new WorkbookReadError(t.tooLarge({ mb: (bytes.byteLength / 1024 / 1024).toFixed(1), max: DEFAULT_ZIP_LIMITS.maxFileBytes / 1024 / 1024 }));
  }
  if (verdict === 'legacy-ole') throw new WorkbookReadError(t.legacyXls());
  if (verdict === 'bomb') throw new WorkbookReadError(t.zipBomb());
  if (verdict === 'not-zip') throw new WorkbookReadError(t.notXlsx());
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
    throw new WorkbookReadError(tooLong ? t.sheetTooLong({ max: maxItems + ROW_SLACK }) : t.unreadable());
  }
  return wb;
}

/** Refuses a workbook with neither of the sheets it is read from: one made elsewhere, not an edited one of ours. */
function refuseForeign(wb: ExcelJS.Workbook, locale: Locale | undefined): void {
  const present = wb.worksheets.map((w) => w.name);
  if (present.some((name) => name.trim() === SHEET.items || name.trim() === SHEET.resources)) return;
  const list = present.join(words(locale).listSeparator());
  throw new WorkbookReadError(errorMessages(locale).foreignWorkbook({ items: SHEET.items, resources: SHEET.resources, count: present.length, present: list }));
}

function sheet(wb: ExcelJS.Workbook, name: string, locale: Locale | undefined): ExcelJS.Worksheet {
  const ws = wb.worksheets.find((w) => w.name.trim() === name);
  if (ws) return ws;
  const present = wb.worksheets.map((w) => w.name);
  const message = errorMessages(locale).missingSheet({ name, count: present.length, present: present.join(words(locale).listSeparator()) });
  throw new WorkbookReadError(message, name);
}

function text<K extends string>(row: TableRow<K>, field: K): string | undefined {
  const v: Scalar = row.value(field);
  return v === undefined || v === '' ? undefined : textOf(v);
}

function readItem(row: TableRow<ItemColumn>, t: XlsxErrors, locale: Locale | undefined): BudgetItemData {
  const categoryText = required(text(row, 'category')?.trim() || undefined, row.at('category'));
  const category = categoryFromCell(categoryText);
  if (!category) {
    const known = categoryLabels().join(words(locale).listSeparator());
    throw cellError(row.at('category'), t.badCategory({ label: row.at('category').label, got: categoryText, known }));
  }
  const name = required(text(row, 'name'), row.at('name'));
  const year = numberOf(row.value('year'), row.at('year'));
  const { yearMin, yearMax } = budgetSchemaFacts();
  if (year !== undefined && (!Number.isInteger(year) || year < yearMin || year > yearMax)) {
    throw cellError(row.at('year'), t.badYear({ label: row.at('year').label, min: yearMin, max: yearMax, got: shown(year, t) }));
  }
  const quantity = numberOf(row.value('quantity'), row.at('quantity'));
  // yuanToFen is core's exact "at most two decimals" reader; a quantity must also be > 0.
  if (quantity !== undefined && !(quantity > 0 && yuanToFen(quantity) !== undefined)) {
    throw cellError(row.at('quantity'), t.badQuantity({ label: row.at('quantity').label, got: shown(quantity, t) }));
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

function readResource(row: TableRow<ResourceColumn>): DataResourceData {
  const name = required(text(row, 'name'), row.at('name'));
  const provider = text(row, 'provider');
  const description = text(row, 'description');
  const cost = required(moneyOf(row.value('cost'), row.at('cost')), row.at('cost'));
  return { name, ...(provider !== undefined && { provider }), ...(description !== undefined && { description }), cost };
}

/** The budget in a workbook: `{ items, dataResources }`, amounts in yuan, exact to the fen. */
export async function readBudgetWorkbook(bytes: Uint8Array, opts: ReadBudgetOptions = {}): Promise<BudgetData> {
  const { locale } = opts;
  const t = errorMessages(locale);
  const wb = await loadWorkbook(bytes, t);
  const s = specs(locale);
  const items: BudgetItemData[] = [];
  const dataResources: DataResourceData[] = [];
  refuseForeign(wb, locale);
  const itemSheet = sheet(wb, SHEET.items, locale);
  const resourceSheet = sheet(wb, SHEET.resources, locale);
  const { maxItems, maxDataResources } = budgetSchemaFacts();
  readTable(itemSheet, s.items, t, (row, i) => {
    if (i >= maxItems) throw new WorkbookReadError(t.tooManyRows({ sheet: SHEET.items, max: maxItems }), SHEET.items);
    items.push(readItem(row, t, locale));
  });
  readTable(resourceSheet, s.resources, t, (row, i) => {
    if (i >= maxDataResources) throw new WorkbookReadError(t.tooManyRows({ sheet: SHEET.resources, max: maxDataResources }), SHEET.resources);
    dataResources.push(readResource(row));
  });
  return { items, dataResources };
}
