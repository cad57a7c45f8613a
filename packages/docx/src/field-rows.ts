/**
 * A form section as label/value rows for a two-column table: every field of the schema in
 * schema order, nested groups flattened ("申报单位·单位名称"), money with 元 and 万元.
 * New fields in a form's schema appear in the documents without a code change.
 */
import type { FormDefinition } from '@govforms/core';
import { textOfValue } from './dossier-view.js';
import { documentWords as w } from './messages.js';
import { fieldKind, titleOf, type Schema } from './schema-kind.js';
import type { ViewObject } from './view-text.js';

export interface FieldRow { label: string; value: string }

function rowsOf(schema: Schema, root: Schema, view: ViewObject, prefix: string, exclude: ReadonlySet<string>, into: FieldRow[]): void {
  const kind = fieldKind(schema, root);
  if (kind.kind !== 'object') return;
  for (const [key, child] of kind.properties) {
    if (!prefix && exclude.has(key)) continue;
    const label = prefix ? `${prefix}${w.labelSeparator}${titleOf(child, key)}` : titleOf(child, key);
    const childKind = fieldKind(child, root);
    if (childKind.kind === 'object') {
      rowsOf(child, root, view[key] as ViewObject, label, exclude, into);
    } else if (childKind.kind === 'money' && view[key] !== view[`${key}Wan`]) {
      // Both forms differ only for a readable amount; otherwise they hold the same notice.
      into.push({ label, value: w.yuanAndWan(String(view[key]), String(view[`${key}Wan`])) });
    } else {
      into.push({ label, value: textOfValue(view[key]) });
    }
  }
}

/** The fields of one form section (top-level keys in `exclude` left out), as table rows. */
export function fieldRows(form: FormDefinition, view: ViewObject, exclude: readonly string[] = []): FieldRow[] {
  const rows: FieldRow[] = [];
  rowsOf(form.schema, form.schema, view, '', new Set(exclude), rows);
  return rows;
}
