/**
 * A budgetDiff in words, for people (the import dialog, `govforms import-budget --dossier`):
 * amounts in yuan (formatFen), field and category names from the budget form in the locale,
 * the rest from locales/<locale>/core.json (budgetDiff).
 */
import { BUDGET_CATEGORIES } from './budget.js';
import { BUDGET_LISTS, type BudgetDiff, type BudgetList, type BudgetRow, type FieldChange, type TotalChange } from './budget-diff.js';
import { fieldTitle, optionLabel } from './forms/labels.js';
import { getForm } from './forms/registry.js';
import { schemaAt } from './forms/schema-walk.js';
import { coreMessages } from './i18n/core-messages.js';
import { formatFen, yuanToFen } from './money.js';
import { field } from './read.js';
import type { FormDefinition, Locale } from './types.js';

export type RowChangeKind = 'added' | 'removed' | 'changed' | 'moved';

export interface BudgetDiffRowView {
  kind: RowChangeKind;
  /** 新增 / 删除 / 修改 / 移动. */
  kindLabel: string;
  list: BudgetList;
  /** 费用明细 / 数据资源清单. */
  listLabel: string;
  /** Where the row is: 第 3 行 (in the new budget), 原第 3 行 for a removed one. */
  where: string;
  name: string;
  /** Its amount (cost) in yuan, "1,200,000.00"; "" when it has none. */
  amount: string;
  /** One line per changed field: 金额（元）：1,200,000.00 → 1,300,000.00. */
  details: string[];
}

export interface BudgetTotalView {
  label: string;
  before: string;
  after: string;
  /** "+100,000.00", "-0.30", "0.00". */
  change: string;
  changed: boolean;
}

export interface BudgetDiffView {
  /** One sentence: what changes in each list, or that nothing does. */
  summary: string;
  rows: BudgetDiffRowView[];
  /** Per category (line items), line items, data resources, total. */
  totals: BudgetTotalView[];
  /** Column headings of the totals table. */
  columns: { label: string; before: string; after: string; change: string };
}

const signed = (fen: number) => (fen > 0 ? `+${formatFen(fen)}` : formatFen(fen));

function totalView(label: string, t: TotalChange): BudgetTotalView {
  return { label, before: formatFen(t.beforeFen), after: formatFen(t.afterFen), change: signed(t.afterFen - t.beforeFen), changed: t.afterFen !== t.beforeFen };
}

/** How a field's value is shown: categories by name, money in yuan, nothing as （空）. */
function shownValue(form: FormDefinition, list: BudgetList, name: string, value: unknown, locale: Locale | undefined): string {
  const m = coreMessages(locale).budgetDiff;
  if (value === undefined || value === null) return m.empty();
  const pointer = `/${list}/0/${name}`;
  const schema = schemaAt(form.schema, pointer);
  if (schema?.format === 'yuan') {
    const fen = yuanToFen(value);
    return fen === undefined ? String(value) : formatFen(fen);
  }
  if (Array.isArray(schema?.oneOf) || Array.isArray(schema?.enum)) return optionLabel(form, pointer, value, locale);
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** The words of a budgetDiff in `locale` (zh-CN when absent). */
export function describeBudgetDiff(diff: BudgetDiff, locale?: Locale): BudgetDiffView {
  const form = getForm('budget');
  const m = coreMessages(locale).budgetDiff;
  const listLabel = (list: BudgetList) => fieldTitle(form, `/${list}`, locale);
  const nameOf = (row: BudgetRow) => {
    const name = field(row, 'name');
    return typeof name === 'string' && name !== '' ? name : m.noName();
  };
  const amountOf = (fen: number | undefined) => (fen === undefined ? '' : formatFen(fen));
  const fieldLine = (list: BudgetList, c: FieldChange) => m.fieldChange({
    field: fieldTitle(form, `/${list}/0/${c.field}`, locale),
    before: shownValue(form, list, c.field, c.before, locale),
    after: shownValue(form, list, c.field, c.after, locale),
  });
  const view = (kind: RowChangeKind, list: BudgetList, where: string, row: BudgetRow, fen: number | undefined, details: string[] = []): BudgetDiffRowView => ({
    kind, kindLabel: m.kind[kind](), list, listLabel: listLabel(list), where, name: nameOf(row), amount: amountOf(fen), details,
  });

  const rows: BudgetDiffRowView[] = [
    ...diff.removed.map((r) => view('removed', r.list, m.oldRow({ n: r.index + 1 }), r.row, r.amountFen)),
    ...diff.changed.map((c) => view('changed', c.list, m.row({ n: c.afterIndex + 1 }), c.after, c.amountFen.after, [
      ...c.fields.map((f) => fieldLine(c.list, f)),
      ...(c.moved ? [m.movedFrom({ from: c.beforeIndex + 1, to: c.afterIndex + 1 })] : []),
    ])),
    ...diff.added.map((r) => view('added', r.list, m.row({ n: r.index + 1 }), r.row, r.amountFen)),
    ...diff.moved.map((r) => view('moved', r.list, m.row({ n: r.afterIndex + 1 }), r.row, r.amountFen, [m.movedFrom({ from: r.beforeIndex + 1, to: r.afterIndex + 1 })])),
  ];

  const count = (list: BudgetList, kind: RowChangeKind) => rows.filter((r) => r.list === list && r.kind === kind).length;
  const sentences = BUDGET_LISTS.flatMap((list) => {
    const parts = (['added', 'removed', 'changed', 'moved'] as const).filter((k) => count(list, k) > 0).map((k) => m.count[k]({ count: count(list, k) }));
    return parts.length ? [m.listSummary({ list: listLabel(list), parts: parts.join(m.partSeparator()) })] : [];
  });

  const { totals } = diff;
  return {
    summary: diff.same ? m.same() : sentences.join(m.sentenceSeparator()),
    rows,
    totals: [
      ...BUDGET_CATEGORIES.map((c) => totalView(optionLabel(form, '/items/0/category', c, locale), totals.byCategory[c])),
      totalView(m.itemsTotal(), totals.items),
      totalView(m.dataResourcesTotal(), totals.dataResources),
      totalView(m.total(), totals.total),
    ],
    columns: { label: m.columns.label(), before: m.columns.before(), after: m.columns.after(), change: m.columns.change() },
  };
}
