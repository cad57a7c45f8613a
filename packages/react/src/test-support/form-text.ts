/**
 * Test helpers for the form's own words: what a rendered form says (labels, legends, options,
 * step and group titles, table headers) and what core's label functions say it should.
 */
import {
  fieldDescription, fieldTitle, optionLabel, optionsOf, schemaAt as schemaNodeAt, stepLabel, type FormDefinition, type Locale, type SchemaNode,
} from '@govforms/core';

export const HAN = /\p{Script=Han}/u;

/** The schema of the data at a JSON Pointer ("/dataSharing/catalog/0/name"). */
export function schemaAt(form: FormDefinition, pointer: string): SchemaNode | undefined {
  return schemaNodeAt(form.schema, pointer);
}

/** The choices of an enum-like field (a checklist's items' choices) with their zh-CN titles. */
export function choicesAt(form: FormDefinition, pointer: string): { const: string; title: string }[] {
  return (optionsOf(form.schema, schemaAt(form, pointer)) ?? []).map((o) => ({ const: String(o.value), title: o.title ?? String(o.value) }));
}

/** What the form should call a field, its help text, a choice and a step or group, in a locale (core's labels). */
export function expectedWords(form: FormDefinition, locale: Locale) {
  return {
    label: (pointer: string) => fieldTitle(form, pointer, locale),
    description: (pointer: string) => fieldDescription(form, pointer, locale),
    choice: (pointer: string, c: { const: string; title: string }) => optionLabel(form, pointer, c.const, locale),
    layout: (zh: string) => stepLabel(form, zh, locale),
  };
}

/** The locales a form has its own words for (forms/<id>/i18n/<locale>.json). */
export const translatedLocales = (form: FormDefinition): string[] => Object.keys(form.i18n);

export interface UiNode { type: string; label?: unknown; scope?: string; elements?: UiNode[]; options?: { detail?: UiNode }; rule?: unknown }

/** Every uischema element, details of list controls included. */
export function uiElements(el: UiNode): UiNode[] {
  return [el, ...(el.options?.detail ? uiElements(el.options.detail) : []), ...(el.elements ?? []).flatMap(uiElements)];
}

/** Labels of the Categories and Groups, as the uischema has them. */
export const layoutLabels = (form: FormDefinition) => uiElements(form.uischema as UiNode)
  .filter((e) => (e.type === 'Category' || e.type === 'Group') && typeof e.label === 'string').map((e) => e.label as string);

/** The sample, plus the values that the uischema's SHOW rules wait for: every field is shown. */
export function dataShowingEverything(form: FormDefinition): Record<string, unknown> {
  const data = structuredClone(form.sample);
  for (const el of uiElements(form.uischema as UiNode)) {
    const condition = (el.rule as { effect?: string; condition?: { scope?: string; schema?: { const?: unknown } } } | undefined);
    if (condition?.effect !== 'SHOW' || !condition.condition?.scope || !condition.condition.schema || !('const' in condition.condition.schema)) continue;
    const path = condition.condition.scope.split('/').filter((s) => s !== '#' && s !== 'properties');
    let at: Record<string, unknown> = data;
    for (const seg of path.slice(0, -1)) at = (at[seg] ??= {}) as Record<string, unknown>;
    at[path[path.length - 1]!] = condition.condition.schema.const;
  }
  return data;
}

/** The words of the form part of the page (not the findings panel): chrome included, data excluded. */
export function shownWords(root: ParentNode): string[] {
  const main = root.querySelector('.gf-main');
  if (!main) return [];
  const selector = 'label, legend, option, .gf-step-label, .gf-step-title, .gf-group-title, .gf-item-title, .gf-help, th, caption, button';
  const texts = Array.from(main.querySelectorAll(selector), (el) => el.textContent ?? '');
  const labels = Array.from(main.querySelectorAll('[aria-label]'), (el) => el.getAttribute('aria-label') ?? '');
  return [...texts, ...labels].map((s) => s.trim()).filter(Boolean);
}

/** The label text of a field shell (without the required mark). */
export function fieldLabel(field: Element): string | undefined {
  const label = field.querySelector(':scope > .gf-label');
  return label?.firstChild?.textContent ?? undefined;
}
