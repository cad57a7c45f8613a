import type { JsonSchema } from '@jsonforms/core';
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
 * decides the columns), else every property of the line-item schema.
 */
export function budgetColumns(itemSchema: Node | undefined, detail: unknown, rootSchema?: JsonSchema): Column[] {
  const properties = (itemSchema?.properties ?? {}) as Record<string, Node>;
  const fromDetail = detail && typeof detail === 'object' ? controlPointers(detail as UiElement).map((p) => p.slice(1)) : [];
  const keys = (fromDetail.length ? fromDetail : Object.keys(properties)).filter((k) => k in properties && !k.includes('/'));
  return keys.map((key) => {
    const schema = properties[key]!;
    const options = optionsOf(schema, rootSchema);
    const kind: ColumnKind = options.length ? 'choice' : schema.type === 'number' || schema.type === 'integer' ? 'number' : 'text';
    return { key, title: typeof schema.title === 'string' ? schema.title : key, kind, schema, options };
  });
}
