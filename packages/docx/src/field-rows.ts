/**
 * A form section as label/value rows for a two-column table: every field of the schema in
 * schema order, nested groups flattened ("申报单位·单位名称", core's field label), money with
 * 元 and 万元. New fields in a form's schema appear in the documents without a code change.
 */
import { encodePointerSegment, fieldLabel, type FormDefinition } from '@govforms/core';
import { textOfValue } from './dossier-view.js';
import { documentWords as w } from './messages.js';
import { fieldKind, type Schema } from './schema-kind.js';
import type { ViewObject } from './view-text.js';

export interface FieldRow { label: string; value: string }

function rowsOf(form: FormDefinition, schema: Schema, view: ViewObject, pointer: string, exclude: ReadonlySet<string>, into: FieldRow[]): void {
  const kind = fieldKind(schema, form.schema);
  if (kind.kind !== 'object') return;
  for (const [key, child] of kind.properties) {
    if (!pointer && exclude.has(key)) continue;
    const at = `${pointer}/${encodePointerSegment(key)}`;
    const childKind = fieldKind(child, form.schema);
    if (childKind.kind === 'object') {
      rowsOf(form, child, view[key] as ViewObject, at, exclude, into);
    } else if (childKind.kind === 'money' && view[key] !== view[`${key}Wan`]) {
      // Both forms differ only for a readable amount; otherwise they hold the same notice.
      into.push({ label: fieldLabel(form, at), value: w.yuanAndWan({ yuan: String(view[key]), wan: String(view[`${key}Wan`]) }) });
    } else {
      into.push({ label: fieldLabel(form, at), value: textOfValue(view[key]) });
    }
  }
}

/** The fields of one form section (top-level keys in `exclude` left out), as table rows. */
export function fieldRows(form: FormDefinition, view: ViewObject, exclude: readonly string[] = []): FieldRow[] {
  const rows: FieldRow[] = [];
  rowsOf(form, form.schema, view, '', new Set(exclude), rows);
  return rows;
}
