/**
 * Test helpers for the form's own words: what a rendered form says (labels, legends, options,
 * step and group titles, table headers) and what the schema or the translations say it should.
 */
import { documentKinds, type FormDefinition, type Locale } from '@govforms/core';

type Node = Record<string, unknown>;
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);

export const HAN = /\p{Script=Han}/u;

function deref(root: Node, node: unknown): Node | undefined {
  if (!isNode(node)) return undefined;
  if (typeof node.$ref !== 'string') return node;
  let target: unknown = root;
  for (const seg of node.$ref.slice(2).split('/')) target = isNode(target) ? target[seg] : undefined;
  return isNode(target) ? target : undefined;
}

/** The schema of the data at a JSON Pointer ("/dataSharing/catalog/0/name"). */
export function schemaAt(form: FormDefinition, pointer: string): Node | undefined {
  const root = form.schema as Node;
  let node: Node | undefined = root;
  for (const seg of pointer.split('/').slice(1)) {
    node = /^\d+$/.test(seg) ? deref(root, node?.items) : deref(root, isNode(node?.properties) ? node.properties[seg] : undefined);
  }
  return node;
}

/** The choices' schemas of an enum-like schema (an array's items for checklists). */
export function choicesAt(form: FormDefinition, pointer: string): { const: string; title: string }[] {
  let node = schemaAt(form, pointer);
  if (node?.type === 'array') node = deref(form.schema as Node, node.items);
  const oneOf = Array.isArray(node?.oneOf) ? node.oneOf.filter(isNode) : [];
  return oneOf.map((o) => ({ const: String(o.const), title: String(o.title) }));
}

/** "dataSharing.catalog.name" for /dataSharing/catalog/0/name: the translations' key. */
export const keyOf = (pointer: string) => pointer.split('/').slice(1).filter((s) => !/^\d+$/.test(s)).join('.');

const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** What the form should call a field, its help text and a choice, in a locale. */
export function expectedWords(form: FormDefinition, locale: Locale) {
  const en = form.translations.en;
  return {
    label: (pointer: string) => (locale === 'en' ? en.fields[keyOf(pointer)] : text(schemaAt(form, pointer)?.title)),
    description: (pointer: string) => (locale === 'en' ? en.descriptions[keyOf(pointer)] : text(schemaAt(form, pointer)?.description)),
    choice: (pointer: string, c: { const: string; title: string }) => {
      if (locale !== 'en') return c.title;
      return en.options[`${keyOf(pointer)}.${c.const}`] ?? documentKinds.find((k) => k.const === c.const && k.title === c.title)?.titleEn;
    },
    layout: (zh: string) => (locale === 'en' ? en.steps[zh] : zh),
  };
}

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
