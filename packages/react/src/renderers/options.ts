/**
 * The choices of a field as core names them: `optionLabels(form, pointer, locale)` (the form's
 * i18n files, document kinds, else the schema's titles). Outside a form (a renderer used on its
 * own) the schema's titles.
 */
import { optionLabels, optionsOf, type FormDefinition, type Locale, type SchemaNode } from '@govforms/core';

export interface Option { value: string; label: string }

/** The choices of the field at `pointer` (its items' choices for a checklist), labelled in the locale. */
export function choicesAt(
  form: FormDefinition | undefined, pointer: string, locale: Locale, schema: unknown, rootSchema: unknown,
): Option[] {
  const labelled = form ? optionLabels(form, pointer, locale) : undefined;
  if (labelled) return labelled.map((o) => ({ value: String(o.value), label: o.label }));
  const root = (rootSchema ?? schema) as SchemaNode;
  return (optionsOf(root, schema as SchemaNode) ?? []).map((o) => ({ value: String(o.value), label: o.title ?? String(o.value) }));
}

/** True for a schema whose values are a fixed list of choices. */
export function hasOptions(schema: unknown, rootSchema: unknown): boolean {
  return optionsOf((rootSchema ?? schema) as SchemaNode, schema as SchemaNode) !== undefined;
}
