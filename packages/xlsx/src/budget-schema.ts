/**
 * What the workbook needs from the budget form: field titles, category labels, year bounds,
 * list limits. Read from the form (data) through core, never copied, so a new form version
 * flows through.
 */
import {
  BUDGET_CATEGORIES, fieldTitle, formTitle, getForm, optionLabels, schemaAt,
  type BudgetCategory, type FormDefinition, type Locale,
} from '@govforms/core';
import { WORKBOOK_LOCALE } from './messages.js';

/** The columns of the 明细 and 数据资源 sheets that are budget fields, in column order. */
export const ITEM_FIELDS = ['category', 'name', 'year', 'quantity', 'unitPrice', 'amount', 'note'] as const;
export const RESOURCE_FIELDS = ['name', 'provider', 'description', 'cost'] as const;
export type ItemField = (typeof ITEM_FIELDS)[number];
export type ResourceField = (typeof RESOURCE_FIELDS)[number];

const ITEM = '/items/0';
const RESOURCE = '/dataResources/0';

const budgetForm = (): FormDefinition => getForm('budget');

function titles<F extends string>(list: string, fields: readonly F[], locale: Locale | undefined): Record<F, string> {
  const form = budgetForm();
  return Object.fromEntries(fields.map((f) => [f, fieldTitle(form, `${list}/${f}`, locale)])) as Record<F, string>;
}

/** The schema's titles of the line-item fields in `locale` (金额（元）…): headers and the names in messages. */
export function itemFieldTitles(locale?: Locale): Record<ItemField, string> {
  return titles(ITEM, ITEM_FIELDS, locale);
}

/** The schema's titles of the data-resource fields in `locale` (成本费用（元）…). */
export function resourceFieldTitles(locale?: Locale): Record<ResourceField, string> {
  return titles(RESOURCE, RESOURCE_FIELDS, locale);
}

function num(v: unknown, fallback: number): number {
  return typeof v === 'number' && Number.isFinite(v) ? v : fallback;
}

export interface BudgetSchemaFacts {
  formVersion: string;
  /** The form's zh-CN title (预算明细). */
  formTitle: string;
  /** Category id → zh-CN label (开发费 …), in BUDGET_CATEGORIES order: the workbook's words. */
  categoryLabel: Record<BudgetCategory, string>;
  yearMin: number;
  yearMax: number;
  maxItems: number;
  maxDataResources: number;
}

let cached: BudgetSchemaFacts | undefined;

export function budgetSchemaFacts(): BudgetSchemaFacts {
  if (cached) return cached;
  const form = budgetForm();
  const labels = new Map((optionLabels(form, `${ITEM}/category`, WORKBOOK_LOCALE) ?? []).map((o) => [o.value, o.label]));
  const categoryLabel = Object.fromEntries(BUDGET_CATEGORIES.map((c) => [c, labels.get(c) ?? c])) as Record<BudgetCategory, string>;
  const year = schemaAt(form.schema, `${ITEM}/year`);
  cached = {
    formVersion: form.version,
    formTitle: formTitle(form, WORKBOOK_LOCALE),
    categoryLabel,
    yearMin: num(year?.minimum, 1900),
    yearMax: num(year?.maximum, 9999),
    maxItems: num(schemaAt(form.schema, '/items')?.maxItems, 100_000),
    maxDataResources: num(schemaAt(form.schema, '/dataResources')?.maxItems, 10_000),
  };
  return cached;
}

/** A category id from a cell: its zh-CN label or the id itself; undefined otherwise. */
export function categoryFromCell(text: string): BudgetCategory | undefined {
  const t = text.trim();
  const { categoryLabel } = budgetSchemaFacts();
  return BUDGET_CATEGORIES.find((c) => categoryLabel[c] === t || c === t);
}

/** The category labels the workbook's dropdown offers, in order. */
export function categoryLabels(): string[] {
  const { categoryLabel } = budgetSchemaFacts();
  return BUDGET_CATEGORIES.map((c) => categoryLabel[c]);
}
