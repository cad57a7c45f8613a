/**
 * A form's own words in a locale: its title, field titles and descriptions, option and step
 * labels, looked up by JSON Pointer in forms/<id>/i18n/<locale>.json with a fallback to the
 * schema's zh-CN text. The locale is a parameter of the lookup, never a branch.
 */
import { localeChain as chain } from '../i18n/catalogue.js';
import { words } from '../i18n/core-messages.js';
import type { FormDefinition, FormTranslation, Locale } from '../types.js';
import { documentKindNames, documentKinds } from './built-in.js';
import { i18nKeyOf, isArraySchema, itemsOf, optionsOf, pointerSegments, propertyOf, resolveRef, schemaAt, type SchemaNode } from './schema-walk.js';

type Section = Exclude<keyof FormTranslation, 'title'>;


function translated(form: FormDefinition, locale: Locale | undefined, section: Section, key: string): string | undefined {
  for (const l of chain(locale)) {
    const table = Object.hasOwn(form.i18n, l) ? form.i18n[l]![section] : undefined;
    if (table && Object.hasOwn(table, key) && typeof table[key] === 'string') return table[key];
  }
  return undefined;
}

const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

export function formTitle(form: FormDefinition, locale?: Locale): string {
  for (const l of chain(locale)) {
    const title = Object.hasOwn(form.i18n, l) ? form.i18n[l]!.title : undefined;
    if (typeof title === 'string') return title;
  }
  return form.title;
}

/** A field's own title ("单位名称" for /applicant/name); its key when it has none. */
export function fieldTitle(form: FormDefinition, pointer: string, locale?: Locale): string {
  return translated(form, locale, 'fields', i18nKeyOf(pointer))
    ?? text(schemaAt(form.schema, pointer)?.title)
    ?? pointerSegments(pointer).at(-1) ?? formTitle(form, locale);
}

export function fieldDescription(form: FormDefinition, pointer: string, locale?: Locale): string | undefined {
  return translated(form, locale, 'descriptions', i18nKeyOf(pointer)) ?? text(schemaAt(form.schema, pointer)?.description);
}

/**
 * A field named along its path, as messages name it: "申报单位·单位名称",
 * "费用明细第3项·金额" ("Line items (item 3) › Amount"); the form's title for the root.
 */
export function fieldLabel(form: FormDefinition, pointer: string, locale?: Locale): string {
  const w = words(locale);
  const labels: string[] = [];
  const keys: string[] = [];
  let node: SchemaNode | undefined = resolveRef(form.schema, form.schema);
  for (const seg of pointerSegments(pointer)) {
    if (isArraySchema(node)) {
      node = itemsOf(form.schema, node);
      // "/items/2/amount" names the entry; "/items/amount" (no index) names the field of every entry.
      if (/^\d+$/.test(seg)) {
        const item = w.item({ n: Number(seg) + 1 });
        if (labels.length) labels[labels.length - 1] += item;
        else labels.push(item);
        continue;
      }
    }
    keys.push(seg);
    const child = propertyOf(form.schema, node, seg);
    labels.push(translated(form, locale, 'fields', keys.join('.')) ?? text(child?.title) ?? seg);
    node = child;
  }
  return labels.length ? labels.join(w.pathSeparator()) : formTitle(form, locale);
}

/** A document kind's name ("可行性研究报告"); the id itself when unknown. */
export function documentKindLabel(kind: string, locale?: Locale): string {
  for (const l of chain(locale)) {
    const names = documentKindNames.get(l);
    if (names && Object.hasOwn(names, kind)) return names[kind]!;
  }
  return documentKinds.find((k) => k.const === kind)?.title ?? kind;
}

function isDocumentKind(value: unknown, title: string | undefined): boolean {
  return documentKinds.some((k) => k.const === value && k.title === title);
}

/** The allowed values of the field at a pointer with their labels in the locale; undefined when it has no options. */
export function optionLabels(form: FormDefinition, pointer: string, locale?: Locale): { value: unknown; label: string }[] | undefined {
  const options = optionsOf(form.schema, schemaAt(form.schema, pointer));
  if (!options) return undefined;
  const key = i18nKeyOf(pointer);
  return options.map(({ value, title }) => ({
    value,
    label: translated(form, locale, 'options', `${key}.${String(value)}`)
      ?? (isDocumentKind(value, title) ? documentKindLabel(String(value), locale) : title ?? String(value)),
  }));
}

/** One option's label ("开发费" for /items/0/category = development); the value itself when unknown. */
export function optionLabel(form: FormDefinition, pointer: string, value: unknown, locale?: Locale): string {
  return optionLabels(form, pointer, locale)?.find((o) => o.value === value)?.label ?? String(value);
}

/** A step's or group's label as the uischema has it ("单位信息"), in the locale. */
export function stepLabel(form: FormDefinition, label: string, locale?: Locale): string {
  return translated(form, locale, 'steps', label) ?? label;
}

/** A migration's description (forms/<id>/migrations/<name>.json), in the locale. */
export function migrationDescription(form: FormDefinition, name: string, zhDescription: string, locale?: Locale): string {
  return translated(form, locale, 'migrations', name) ?? zhDescription;
}

/**
 * A JSON Forms i18n key ("applicant.kind.label", "applicant.kind.description",
 * "applicant.kind.public-institution", or a step label) in the locale, when the form has a
 * word for it other than the schema's own: what <GovForm> hands JSON Forms as its translator.
 */
export function translateFormKey(form: FormDefinition, key: string, sourceText: string | undefined, locale?: Locale): string | undefined {
  if (chain(locale).length === 0) return undefined;
  const dot = key.lastIndexOf('.');
  if (dot > 0) {
    const path = key.slice(0, dot);
    const what = key.slice(dot + 1);
    if (what === 'label') return translated(form, locale, 'fields', path);
    if (what === 'description') return translated(form, locale, 'descriptions', path);
    const option = translated(form, locale, 'options', key);
    if (option !== undefined) return option;
    if (isDocumentKind(what, sourceText)) return documentKindLabel(what, locale);
  }
  return translated(form, locale, 'steps', key);
}
