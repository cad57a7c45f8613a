/**
 * What the workbook needs from the budget form: category labels, year bounds, list limits.
 * Read from the form schema (data), never copied, so a new form version flows through.
 */
import { BUDGET_CATEGORIES, getForm, type BudgetCategory } from '@govforms/core';

type Node = Record<string, unknown>;

function node(v: unknown): Node {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Node) : {};
}

function at(root: unknown, ...keys: string[]): Node {
  return keys.reduce<Node>((n, k) => node(n[k]), node(root));
}

function num(v: unknown, fallback: number): number {
  return typeof v === 'number' && Number.isFinite(v) ? v : fallback;
}

export interface BudgetSchemaFacts {
  formVersion: string;
  formTitle: string;
  /** Category id → zh-CN label (开发费 …), in BUDGET_CATEGORIES order. */
  categoryLabel: Record<BudgetCategory, string>;
  yearMin: number;
  yearMax: number;
  maxItems: number;
  maxDataResources: number;
}

let cached: BudgetSchemaFacts | undefined;

export function budgetSchemaFacts(): BudgetSchemaFacts {
  if (cached) return cached;
  const form = getForm('budget');
  const itemProps = at(form.schema, 'properties', 'items', 'items', 'properties');
  const oneOf = itemProps.category && Array.isArray(node(itemProps.category).oneOf) ? (node(itemProps.category).oneOf as unknown[]) : [];
  const titles = new Map(oneOf.map((o) => [node(o).const, node(o).title]));
  const categoryLabel = {} as Record<BudgetCategory, string>;
  for (const c of BUDGET_CATEGORIES) {
    const title = titles.get(c);
    categoryLabel[c] = typeof title === 'string' ? title : c;
  }
  const year = node(itemProps.year);
  cached = {
    formVersion: form.version,
    formTitle: form.title,
    categoryLabel,
    yearMin: num(year.minimum, 1900),
    yearMax: num(year.maximum, 9999),
    maxItems: num(at(form.schema, 'properties', 'items').maxItems, 100_000),
    maxDataResources: num(at(form.schema, 'properties', 'dataResources').maxItems, 10_000),
  };
  return cached;
}

/** A category id from a cell: its zh-CN label or the id itself; undefined otherwise. */
export function categoryFromCell(text: string): BudgetCategory | undefined {
  const t = text.trim();
  const { categoryLabel } = budgetSchemaFacts();
  return BUDGET_CATEGORIES.find((c) => categoryLabel[c] === t || c === t);
}

export function categoryLabels(): string[] {
  const { categoryLabel } = budgetSchemaFacts();
  return BUDGET_CATEGORIES.map((c) => categoryLabel[c]);
}
