/**
 * A design read from a form folder (or started empty), and the folder written back: the parts
 * registerForm takes. Fields are the schema's top-level properties; steps the uischema's
 * Categories (a form without them is one step).
 */
import type { FormFiles } from '@govforms/core';
import { fieldTypeOf } from './field-types.js';
import type { Design, FieldType, FormFolder, FormMeta, JsonObject, UiElement } from './types.js';

export const isObject = (v: unknown): v is Record<string, any> => typeof v === 'object' && v !== null && !Array.isArray(v);

export const scopeOf = (key: string) => `#/properties/${key}`;

/** The top-level field a control's scope is in ("#/properties/omProvider/properties/name" → omProvider). */
export function fieldOfScope(scope: unknown): string | undefined {
  if (typeof scope !== 'string') return undefined;
  const m = /^#\/properties\/([^/]+)/.exec(scope);
  return m?.[1];
}

export function properties(folder: FormFolder): Record<string, JsonObject> {
  return (isObject(folder.schema.properties) ? folder.schema.properties : {}) as Record<string, JsonObject>;
}

export function requiredOf(folder: FormFolder): string[] {
  return Array.isArray(folder.schema.required) ? (folder.schema.required as string[]) : [];
}

/** Every control of an element, depth first, with the element holding it. */
export function controls(el: UiElement, into: { control: UiElement; parent: UiElement }[] = [], parent?: UiElement): { control: UiElement; parent: UiElement }[] {
  if (el.type === 'Control' && parent) into.push({ control: el, parent });
  for (const child of el.elements ?? []) controls(child, into, el);
  return into;
}

/** The steps: the Categories, or the whole form as one step. */
export function stepElements(folder: FormFolder): UiElement[] {
  const root = folder.uischema;
  return root.type === 'Categorization' ? (root.elements ?? []) : [root];
}

/** Where a step's new fields go: its one layout when it has only that (as the built-in forms do), else itself. */
export function stepContainer(step: UiElement): UiElement {
  const only = step.elements?.length === 1 ? step.elements[0]! : undefined;
  return only && /Layout$/.test(only.type) ? only : step;
}

export interface FieldView { key: string; type: FieldType; title: string; required: boolean }
export interface StepView { label: string; fields: FieldView[] }

/** The tree the designer shows: steps, each with its fields in the order the form shows them. */
export function stepsOf(d: Design): StepView[] {
  const props = properties(d.folder);
  const required = new Set(requiredOf(d.folder));
  return stepElements(d.folder).map((step) => {
    const keys: string[] = [];
    for (const { control } of controls(step)) {
      const key = fieldOfScope(control.scope);
      if (key && !keys.includes(key) && Object.hasOwn(props, key)) keys.push(key);
    }
    return {
      label: typeof step.label === 'string' ? step.label : '',
      fields: keys.map((key) => ({
        key, type: fieldType(d.folder, key), title: typeof props[key]!.title === 'string' ? (props[key]!.title as string) : key, required: required.has(key),
      })),
    };
  });
}

/** The control showing a top-level field (its own scope, not a field inside it). */
export function controlOf(folder: FormFolder, key: string): { control: UiElement; parent: UiElement } | undefined {
  return controls(folder.uischema).find(({ control }) => control.scope === scopeOf(key));
}

export function fieldType(folder: FormFolder, key: string): FieldType {
  return fieldTypeOf(properties(folder)[key], controlOf(folder, key)?.control.options);
}

/** What versioning compares with: everything a person edits, the version aside. */
export function digestOf(folder: FormFolder): string {
  return JSON.stringify([folder.form.title, folder.schema, folder.uischema, folder.i18n, folder.sample]);
}

function snapshot(folder: FormFolder): Design['base'] {
  const props = properties(folder);
  return {
    version: folder.form.version,
    fields: Object.fromEntries(Object.keys(props).map((k) => [k, { type: fieldType(folder, k), title: typeof props[k]!.title === 'string' ? props[k]!.title as string : k }])),
    required: [...requiredOf(folder)],
    digest: digestOf(folder),
  };
}

/** A design of a form folder as it is: edits are counted from here. */
export function designOf(folder: FormFolder, opts: { replaces?: string } = {}): Design {
  const copy = structuredClone(folder);
  return {
    folder: copy, base: snapshot(copy),
    origins: Object.fromEntries(Object.keys(properties(copy)).map((k) => [k, k])),
    ...(opts.replaces ? { replaces: opts.replaces } : {}),
  };
}

/** A new form: one empty step, version 1.0.0 (no earlier version, so nothing to migrate). */
export function newDesign(meta: { id: string; title: string; dossierKey: string; titleEn?: string }): Design {
  const form: FormMeta = { id: meta.id, version: '1.0.0', title: meta.title, dossierKey: meta.dossierKey };
  const folder: FormFolder = {
    form,
    schema: { $schema: 'http://json-schema.org/draft-07/schema#', title: meta.title, type: 'object', properties: {}, required: [], additionalProperties: false },
    uischema: { type: 'Categorization', options: { variant: 'stepper', showNavButtons: true }, elements: [{ type: 'Category', label: '基本信息', elements: [{ type: 'VerticalLayout', elements: [] }] }] },
    sample: {},
    i18n: { en: { title: meta.titleEn ?? meta.title, fields: {}, steps: { 基本信息: 'Basic information' } } },
    migrations: {},
    changelog: `# ${meta.id} 变更记录\n`,
  };
  return { folder, base: { version: '1.0.0', fields: {}, required: [], digest: '' }, origins: {}, isNew: true };
}

/** The parts registerForm takes (migrations and the changelog stay in the folder). */
export function formFiles(d: Design): FormFiles {
  const { form, schema, uischema, sample, i18n } = d.folder;
  return { form, schema, uischema, sample, i18n };
}
