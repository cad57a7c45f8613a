import { availableLocales, fieldTitle, isPlainObject, type FormDefinition, type Locale } from '@govforms/core';
import { controlPointers, type UiElement } from '../../wizard/steps.js';
import { choicesAt, type Option } from '../options.js';

export type ColumnKind = 'number' | 'choice' | 'text';

export interface Column {
  key: string;
  title: string;
  kind: ColumnKind;
  schema: Record<string, unknown>;
  options: Option[];
  /** What a pasted header cell may say for this column: its key and its title in every locale. */
  headers: string[];
  /** For a choice: every label of each value in every locale (开发费, Development), for paste. */
  optionLabels: Record<string, string[]>;
}

type Node = Record<string, unknown>;

export interface ColumnsInput {
  /** The form (for titles and option labels in the locale); absent outside GovForm. */
  form: FormDefinition | undefined;
  /** The table's array, e.g. "/items". */
  pointer: string;
  itemSchema: Node | undefined;
  /** The uischema's `options.detail`, if any. */
  detail: unknown;
  rootSchema: unknown;
  locale: Locale;
}

/**
 * The table's columns: the controls of the uischema's `options.detail` in order (so a form
 * decides the columns), else every property of the line-item schema. Titles and choices are
 * core's (fieldTitle, optionLabels) in the locale.
 */
export function budgetColumns({ form, pointer, itemSchema, detail, rootSchema, locale }: ColumnsInput): Column[] {
  const properties = (isPlainObject(itemSchema?.properties) ? itemSchema.properties : {}) as Record<string, Node>;
  const fromDetail = isPlainObject(detail) ? controlPointers(detail as UiElement).map((p) => p.slice(1)) : [];
  const keys = (fromDetail.length ? fromDetail : Object.keys(properties)).filter((k) => Object.hasOwn(properties, k) && !k.includes('/'));
  return keys.map((key) => {
    const schema = properties[key]!;
    const at = `${pointer}/0/${key}`;
    const options = choicesAt(form, at, locale, schema, rootSchema);
    const kind: ColumnKind = options.length ? 'choice' : schema.type === 'number' || schema.type === 'integer' ? 'number' : 'text';
    const title = form ? fieldTitle(form, at, locale) : typeof schema.title === 'string' ? schema.title : key;
    const headers = [key, ...(form ? availableLocales().map((l) => fieldTitle(form, at, l)) : [title])];
    const optionLabels: Record<string, string[]> = {};
    for (const l of form && options.length ? availableLocales() : []) {
      for (const o of choicesAt(form, at, l, schema, rootSchema)) (optionLabels[o.value] ??= []).push(o.label);
    }
    for (const o of options) (optionLabels[o.value] ??= []).push(o.label);
    return { key, title, kind, schema, options, headers, optionLabels };
  });
}
