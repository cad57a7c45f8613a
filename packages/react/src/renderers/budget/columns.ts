import type { JsonSchema } from '@jsonforms/core';
import type { OptionI18n } from '../../i18n/form-translator.js';
import { controlPointers, type UiElement } from '../../wizard/steps.js';
import { optionsOf, type Option } from '../options.js';

export type ColumnKind = 'number' | 'choice' | 'text';

export interface Column {
  key: string;
  title: string;
  kind: ColumnKind;
  schema: Record<string, unknown>;
  options: Option[];
}

type Node = Record<string, unknown>;

/**
 * The table's columns: the controls of the uischema's `options.detail` in order (so a form
 * decides the columns), else every property of the line-item schema. With `i18n` (the table's
 * key prefix, e.g. "items"), titles and options are in the locale: the keys a control in the
 * detail would use ("items.amount.label", "items.category.<value>").
 */
export function budgetColumns(itemSchema: Node | undefined, detail: unknown, rootSchema?: JsonSchema, i18n?: OptionI18n): Column[] {
  const properties = (itemSchema?.properties ?? {}) as Record<string, Node>;
  const fromDetail = detail && typeof detail === 'object' ? controlPointers(detail as UiElement).map((p) => p.slice(1)) : [];
  const keys = (fromDetail.length ? fromDetail : Object.keys(properties)).filter((k) => k in properties && !k.includes('/'));
  return keys.map((key) => {
    const schema = properties[key]!;
    const own = i18n && { t: i18n.t, prefix: `${i18n.prefix}.${key}` };
    const options = optionsOf(schema, rootSchema, own);
    const kind: ColumnKind = options.length ? 'choice' : schema.type === 'number' || schema.type === 'integer' ? 'number' : 'text';
    const title = typeof schema.title === 'string' ? schema.title : key;
    return { key, title: own ? own.t(`${own.prefix}.label`, title) : title, kind, schema, options };
  });
}
