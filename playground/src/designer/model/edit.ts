/**
 * The edits of a design. Each takes a design and returns a new one (the old one is kept for
 * undo); a refused edit throws a DesignError and changes nothing.
 */
import { COLUMN_TYPES, controlOptions, sampleValue, schemaOfType, type OptionDraft } from './field-types.js';
import {
  controlOf, controls, fieldOfScope, fieldType, isObject, properties, requiredOf, scopeOf, stepContainer, stepElements,
} from './folder.js';
import { DesignError } from './design-error.js';
import { conditionOf, dropConditionsOf, renameInConditions, writeCondition, type Condition } from './conditions.js';
import type { Design, FieldType, FormFolder, JsonObject, UiElement } from './types.js';

const KEY = /^[a-z][a-zA-Z0-9]*$/;

function edit(d: Design, change: (next: Design) => void): Design {
  const next = structuredClone(d);
  change(next);
  fillSample(next.folder);
  return next;
}

/** The sample stays a filled example: a field required (always, or by a condition the sample meets) gets a value. */
function fillSample(folder: FormFolder): void {
  const props = properties(folder);
  const needed = new Set(requiredOf(folder));
  for (const key of Object.keys(props)) {
    const c = conditionOf(folder, key);
    if (c?.required && folder.sample[c.when] === c.equals) needed.add(key);
  }
  for (const key of needed) {
    if (Object.hasOwn(folder.sample, key) || !props[key]) continue;
    const value = sampleValue(fieldType(folder, key), props[key]!);
    if (value !== undefined) folder.sample[key] = value;
  }
}

function en(folder: FormFolder): JsonObject {
  return (folder.i18n.en ??= {});
}

function table(words: JsonObject, section: string): Record<string, string> {
  if (!isObject(words[section])) words[section] = {};
  return words[section] as Record<string, string>;
}

function mustHave(folder: FormFolder, key: string): JsonObject {
  const node = properties(folder)[key];
  if (!node) throw new DesignError('noSuchField', { key });
  return node;
}

function checkNewKey(folder: FormFolder, key: string): void {
  if (!KEY.test(key)) throw new DesignError('badKey', { key });
  if (Object.hasOwn(properties(folder), key)) throw new DesignError('keyTaken', { key });
}

/** A step by index, or a DesignError. */
function step(folder: FormFolder, index: number): UiElement {
  const s = stepElements(folder)[index];
  if (!s) throw new DesignError('noSuchStep', { step: index + 1 });
  return s;
}

/** Steps live in a Categorization: a one-step form becomes one when a second step is added. */
function categorized(folder: FormFolder): UiElement[] {
  if (folder.uischema.type !== 'Categorization') {
    folder.uischema = { type: 'Categorization', options: { variant: 'stepper', showNavButtons: true }, elements: [{ type: 'Category', label: '基本信息', elements: [folder.uischema] }] };
  }
  return (folder.uischema.elements ??= []);
}

export function addStep(d: Design, label: string, labelEn?: string): Design {
  return edit(d, ({ folder }) => {
    const name = label.trim();
    if (!name) throw new DesignError('emptyLabel');
    if (stepElements(folder).some((s) => s.label === name)) throw new DesignError('stepTaken', { step: name });
    categorized(folder).push({ type: 'Category', label: name, elements: [{ type: 'VerticalLayout', elements: [] }] });
    if (labelEn) table(en(folder), 'steps')[name] = labelEn;
  });
}

export function renameStep(d: Design, index: number, label: string, labelEn?: string): Design {
  return edit(d, ({ folder }) => {
    const s = step(folder, index);
    const name = label.trim();
    if (!name) throw new DesignError('emptyLabel');
    if (stepElements(folder).some((o, i) => i !== index && o.label === name)) throw new DesignError('stepTaken', { step: name });
    const steps = table(en(folder), 'steps');
    const old = typeof s.label === 'string' ? s.label : '';
    const english = labelEn ?? steps[old];
    delete steps[old];
    s.label = name;
    if (english) steps[name] = english;
  });
}

/** Removes a step with no fields (a step's fields are removed one by one, each with its warnings). */
export function removeStep(d: Design, index: number): Design {
  return edit(d, ({ folder }) => {
    const s = step(folder, index);
    if (controls(s).length) throw new DesignError('stepNotEmpty', { step: String(s.label ?? index + 1) });
    if (stepElements(folder).length === 1) throw new DesignError('lastStep');
    folder.uischema.elements!.splice(index, 1);
    if (typeof s.label === 'string') delete table(en(folder), 'steps')[s.label];
  });
}

export function moveStep(d: Design, from: number, to: number): Design {
  return edit(d, ({ folder }) => {
    const steps = categorized(folder);
    step(folder, from);
    const [moved] = steps.splice(from, 1);
    steps.splice(Math.max(0, Math.min(to, steps.length)), 0, moved!);
  });
}

export interface NewField { key: string; type: FieldType; label: string; labelEn?: string; options?: OptionDraft[] }

export function addField(d: Design, stepIndex: number, f: NewField, at?: number): Design {
  return edit(d, (next) => {
    const { folder } = next;
    checkNewKey(folder, f.key);
    if (!f.label.trim()) throw new DesignError('emptyLabel');
    const container = stepContainer(step(folder, stepIndex));
    const schema = schemaOfType(f.type, f.label.trim(), f.options);
    (folder.schema.properties as Record<string, unknown>) = { ...properties(folder), [f.key]: schema };
    const options = controlOptions(f.type);
    const control: UiElement = { type: 'Control', scope: scopeOf(f.key), ...(options ? { options } : {}) };
    insertAt(container, stepIndex, folder, control, at);
    if (f.labelEn) table(en(folder), 'fields')[f.key] = f.labelEn;
    next.origins[f.key] = null;
  });
}

/** Puts a control among a step's fields: before the element holding the field now at `at`, else last. */
function insertAt(container: UiElement, stepIndex: number, folder: FormFolder, control: UiElement, at: number | undefined): void {
  const elements = (container.elements ??= []);
  const fieldControls = controls(step(folder, stepIndex)).filter(({ control: c }) => c !== control && fieldOfScope(c.scope));
  const target = at === undefined ? undefined : fieldControls[at]?.control;
  const index = target ? elements.findIndex((e) => e === target || controls(e).some(({ control: c }) => c === target)) : -1;
  if (index < 0) elements.push(control);
  else elements.splice(index, 0, control);
}

export function removeField(d: Design, key: string): Design {
  return edit(d, (next) => {
    const { folder } = next;
    mustHave(folder, key);
    dropConditionsOf(folder, key);
    const props = { ...properties(folder) };
    delete props[key];
    folder.schema.properties = props;
    folder.schema.required = requiredOf(folder).filter((k) => k !== key);
    for (const { control, parent } of controls(folder.uischema)) {
      if (fieldOfScope(control.scope) === key) parent.elements = parent.elements!.filter((e) => e !== control);
    }
    removeEmptyLayouts(folder.uischema);
    for (const words of Object.values(folder.i18n)) {
      for (const section of ['fields', 'descriptions', 'options']) {
        const t = words[section];
        if (!isObject(t)) continue;
        for (const k of Object.keys(t)) if (k === key || k.startsWith(`${key}.`)) delete t[k];
      }
    }
    delete folder.sample[key];
    delete next.origins[key];
  });
}

/** Groups and rows left without a field go too; steps stay (a step is removed on its own). */
function removeEmptyLayouts(el: UiElement): void {
  for (const child of el.elements ?? []) removeEmptyLayouts(child);
  if (!el.elements) return;
  el.elements = el.elements.filter((c) => !(['HorizontalLayout', 'Group'].includes(c.type) && !(c.elements ?? []).length));
}

/** A new name for a field: schema, uischema scopes and conditions, translations and sample follow. */
export function renameField(d: Design, key: string, newKey: string): Design {
  if (key === newKey) return d;
  return edit(d, (next) => {
    const { folder } = next;
    mustHave(folder, key);
    checkNewKey(folder, newKey);
    folder.schema.properties = Object.fromEntries(Object.entries(properties(folder)).map(([k, v]) => [k === key ? newKey : k, v]));
    folder.schema.required = requiredOf(folder).map((k) => (k === key ? newKey : k));
    const rescope = (scope: unknown) => (typeof scope === 'string' && fieldOfScope(scope) === key ? scope.replace(`#/properties/${key}`, `#/properties/${newKey}`) : scope);
    const walk = (el: UiElement) => {
      if (el.scope !== undefined) el.scope = rescope(el.scope) as string;
      const condition = isObject(el.rule) && isObject(el.rule.condition) ? el.rule.condition : undefined;
      if (condition) condition.scope = rescope(condition.scope);
      (el.elements ?? []).forEach(walk);
    };
    walk(folder.uischema);
    renameInConditions(folder, key, newKey);
    for (const words of Object.values(folder.i18n)) {
      for (const section of ['fields', 'descriptions', 'options']) {
        const t = words[section];
        if (!isObject(t)) continue;
        words[section] = Object.fromEntries(Object.entries(t).map(([k, v]) => [k === key ? newKey : k.startsWith(`${key}.`) ? newKey + k.slice(key.length) : k, v]));
      }
    }
    if (Object.hasOwn(folder.sample, key)) {
      folder.sample = Object.fromEntries(Object.entries(folder.sample).map(([k, v]) => [k === key ? newKey : k, v]));
    }
    next.origins = Object.fromEntries(Object.entries(next.origins).map(([k, v]) => [k === key ? newKey : k, v]));
  });
}

/** A field of another type: its title, help and conditions stay; its sample value and options go. */
export function setFieldType(d: Design, key: string, type: FieldType): Design {
  return edit(d, ({ folder }) => {
    const old = mustHave(folder, key);
    if (fieldType(folder, key) === type) return;
    const node = schemaOfType(type, String(old.title ?? key));
    if (typeof old.description === 'string') node.description = old.description;
    properties(folder)[key] = node;
    const found = controlOf(folder, key);
    if (found) {
      const options = controlOptions(type);
      if (options) found.control.options = { ...(found.control.options ?? {}), ...options };
      else if (found.control.options) delete found.control.options.multi;
    }
    delete folder.sample[key];
    for (const words of Object.values(folder.i18n)) {
      const t = words.options;
      if (isObject(t)) for (const k of Object.keys(t)) if (k.startsWith(`${key}.`)) delete t[k];
    }
  });
}

export interface FieldProps {
  label?: string;
  labelEn?: string;
  help?: string;
  helpEn?: string;
  required?: boolean;
  minLength?: number | null;
  maxLength?: number | null;
  minimum?: number | null;
  maximum?: number | null;
  options?: (OptionDraft & { labelEn?: string })[];
  /** 明细列表: its columns (key, zh-CN name, type). */
  columns?: { key: string; label: string; type: FieldType }[];
}

const LIMITS = ['minLength', 'maxLength', 'minimum', 'maximum'] as const;

export function setFieldProps(d: Design, key: string, p: FieldProps): Design {
  return edit(d, ({ folder }) => {
    const node = mustHave(folder, key);
    const words = en(folder);
    if (p.label !== undefined) {
      if (!p.label.trim()) throw new DesignError('emptyLabel');
      node.title = p.label.trim();
    }
    if (p.labelEn !== undefined) setWord(table(words, 'fields'), key, p.labelEn);
    if (p.help !== undefined) {
      if (p.help.trim()) node.description = p.help.trim();
      else delete node.description;
    }
    if (p.helpEn !== undefined) setWord(table(words, 'descriptions'), key, p.helpEn);
    for (const limit of LIMITS) {
      const v = p[limit];
      if (v === undefined) continue;
      if (v === null) delete node[limit];
      else if (!Number.isFinite(v) || ((limit === 'minLength' || limit === 'maxLength') && (!Number.isInteger(v) || v < 0))) {
        throw new DesignError('badLimit', { limit });
      } else node[limit] = v;
    }
    if (typeof node.minimum === 'number' && typeof node.maximum === 'number' && node.minimum > node.maximum) throw new DesignError('limitsCrossed');
    if (typeof node.minLength === 'number' && typeof node.maxLength === 'number' && node.minLength > node.maxLength) throw new DesignError('limitsCrossed');
    if (p.options) setOptions(folder, key, node, p.options);
    if (p.columns) setColumns(node, p.columns);
    if (p.required !== undefined) setRequired(folder, key, p.required);
  });
}

function setWord(t: Record<string, string>, key: string, text: string): void {
  if (text.trim()) t[key] = text.trim();
  else delete t[key];
}

function setOptions(folder: FormFolder, key: string, node: JsonObject, options: NonNullable<FieldProps['options']>): void {
  if (!options.length) throw new DesignError('noOptions');
  const values = new Set<string>();
  for (const o of options) {
    if (!o.value.trim() || !o.label.trim()) throw new DesignError('emptyOption');
    if (values.has(o.value)) throw new DesignError('duplicateOption', { value: o.value });
    values.add(o.value);
  }
  const target = node.type === 'array' && isObject(node.items) ? node.items : node;
  delete target.enum;
  target.oneOf = options.map((o) => ({ const: o.value, title: o.label.trim() }));
  const words = table(en(folder), 'options');
  for (const k of Object.keys(words)) if (k.startsWith(`${key}.`)) delete words[k];
  for (const o of options) if (o.labelEn?.trim()) words[`${key}.${o.value}`] = o.labelEn.trim();
}

function setColumns(node: JsonObject, columns: NonNullable<FieldProps['columns']>): void {
  if (node.type !== 'array' || !isObject(node.items) || node.items.type !== 'object') throw new DesignError('notTable');
  if (!columns.length) throw new DesignError('noColumns');
  const props: Record<string, unknown> = {};
  for (const c of columns) {
    if (!KEY.test(c.key)) throw new DesignError('badKey', { key: c.key });
    if (Object.hasOwn(props, c.key)) throw new DesignError('keyTaken', { key: c.key });
    if (!COLUMN_TYPES.includes(c.type)) throw new DesignError('badColumnType', { key: c.key });
    const old = isObject(node.items.properties) ? node.items.properties[c.key] : undefined;
    props[c.key] = isObject(old) && old.title === c.label ? old : schemaOfType(c.type, c.label);
  }
  node.items.properties = props;
  node.items.required = (Array.isArray(node.items.required) ? node.items.required : []).filter((k: string) => Object.hasOwn(props, k));
}

/** Required: in schema.required, or, for a field with a condition, in the condition's `then`. */
function setRequired(folder: FormFolder, key: string, required: boolean): void {
  const condition = conditionOf(folder, key);
  if (condition) {
    writeCondition(folder, key, { ...condition, required });
    return;
  }
  const list = requiredOf(folder).filter((k) => k !== key);
  if (required) list.push(key);
  folder.schema.required = list;
}

/** Moves a field to a step, before the field now at `at` there (else last). */
export function moveField(d: Design, key: string, toStep: number, at?: number): Design {
  return edit(d, ({ folder }) => {
    mustHave(folder, key);
    const found = controlOf(folder, key);
    if (!found) throw new DesignError('noSuchField', { key });
    const target = step(folder, toStep);
    found.parent.elements = found.parent.elements!.filter((e) => e !== found.control);
    insertAt(stepContainer(target), toStep, folder, found.control, at);
    removeEmptyLayouts(folder.uischema);
  });
}

/** Sets, changes or (undefined) removes a field's condition. */
export function setCondition(d: Design, key: string, condition: Condition | undefined): Design {
  return edit(d, ({ folder }) => {
    mustHave(folder, key);
    if (!condition) {
      const old = conditionOf(folder, key);
      dropConditionsOf(folder, key);
      if (old?.required) folder.schema.required = [...requiredOf(folder).filter((k) => k !== key), key];
      return;
    }
    const wasRequired = requiredOf(folder).includes(key) || conditionOf(folder, key)?.required === true;
    writeCondition(folder, key, { ...condition, required: condition.required ?? wasRequired });
    folder.schema.required = requiredOf(folder).filter((k) => k !== key);
  });
}
