/** The 明细 sheet: one row per line item, amount = ROUND(quantity × unit price, 2) where both are given. */
import { formatFen, words, yuanToFen } from '@govforms/core';
import { budgetSchemaFacts, categoryLabels } from './budget-schema.js';
import { cellText, cleanText, fitWidth } from './cell-text.js';
import { WORKBOOK_LOCALE } from './messages.js';
import type { PreparedItem } from './prepare-budget.js';
import { STYLE, type PlanCell, type PlanRow, type SheetPlan } from './sheet-plan.js';
import { ITEM_HEADERS, SHEET, W } from './workbook-labels.js';

/** Column letters of the line-item sheet; the summary's formulas point at them. */
export const ITEM_COL = { index: 'A', category: 'B', name: 'C', year: 'D', quantity: 'E', unitPrice: 'F', amount: 'G', note: 'H' } as const;

/** Excel's last row: formulas and the category dropdown cover rows a finance officer adds. */
export const LAST_ROW = 1_048_576;

/** `'明细'!$G:$G`: a whole column of a sheet, for SUM/SUMIFS. */
export function wholeColumn(sheet: string, col: string): string {
  return `'${sheet}'!$${col}:$${col}`;
}

const HEADER_STYLES = Object.values(ITEM_HEADERS).map(() => STYLE.header);
const ROW_STYLES = [STYLE.integer, STYLE.text, STYLE.text, STYLE.integer, STYLE.number, STYLE.money, STYLE.money, STYLE.text];

function moneyWidth(values: Iterable<number | undefined>, header: string): number {
  const texts = [header];
  let widest = 0;
  for (const v of values) if (v !== undefined && v > widest) widest = v;
  texts.push(formatFen(yuanToFen(widest) ?? 0));
  return fitWidth(texts, 10, 22);
}

function itemRow(item: PreparedItem, index: number, rowNo: number): PlanRow {
  const { categoryLabel } = budgetSchemaFacts();
  const amount: PlanCell = item.amountIsFormula
    ? { formula: `ROUND(${ITEM_COL.quantity}${rowNo}*${ITEM_COL.unitPrice}${rowNo},2)`, result: item.amount! }
    : item.amount ?? null;
  return {
    cells: [
      index, item.category === undefined ? null : categoryLabel[item.category], cellText(item.name), item.year ?? null,
      item.quantity ?? null, item.unitPrice ?? null, amount, item.note === undefined ? null : cellText(item.note),
    ],
    styles: ROW_STYLES,
  };
}

function* rows(items: readonly PreparedItem[]): Generator<PlanRow> {
  yield { cells: Object.values(ITEM_HEADERS), styles: HEADER_STYLES };
  for (let i = 0; i < items.length; i++) yield itemRow(items[i] as PreparedItem, i + 1, i + 2);
}

export function itemsSheet(items: readonly PreparedItem[]): SheetPlan {
  const h = ITEM_HEADERS;
  const lastRow = Math.max(2, items.length + 1);
  const labels = categoryLabels();
  const labelList = labels.join(words(WORKBOOK_LOCALE).listSeparator());
  return {
    name: SHEET.items,
    columns: [
      { width: Math.max(6, String(items.length).length + 3), style: STYLE.integer },
      { width: fitWidth([h.category, ...labels], 10, 16), style: STYLE.text },
      { width: fitWidth(function* () { yield h.name; for (const it of items) yield cleanText(it.name); }(), 16, 60), style: STYLE.text },
      { width: 8, style: STYLE.integer },
      { width: 10, style: STYLE.number },
      { width: moneyWidth(items.map((it) => it.unitPrice), h.unitPrice), style: STYLE.money },
      { width: moneyWidth(items.map((it) => it.amount), h.amount), style: STYLE.money },
      { width: fitWidth(function* () { yield h.note; for (const it of items) if (it.note) yield cleanText(it.note); }(), 12, 60), style: STYLE.text },
    ],
    rows: rows(items),
    frozenRows: 1,
    autoFilter: `A1:H${lastRow}`,
    validations: [{
      range: `${ITEM_COL.category}2:${ITEM_COL.category}${LAST_ROW}`,
      rule: {
        type: 'list', allowBlank: true, formulae: [`"${labels.join(',')}"`],
        showErrorMessage: true, errorStyle: 'stop', errorTitle: h.category,
        error: W.categoryDropdownError({ labels: labelList }),
        showInputMessage: true, promptTitle: h.category, prompt: labelList,
      },
    }],
    landscape: true,
    printTitleRows: '1:1',
  };
}
