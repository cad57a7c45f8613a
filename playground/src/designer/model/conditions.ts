/**
 * "当 〈字段〉 为 〈值〉 时 显示 / 必填", written as the built-in forms write it: a uischema rule
 * (effect SHOW, the other field's scope, schema { const }) that shows the field, and a schema
 * allOf entry `if { properties: { when: { const } }, required: [when] } then { required: [field] }`
 * that makes it required then. A field no rule shows is always shown; one the `then` requires
 * is required only when the condition holds.
 */
import { DesignError } from './design-error.js';
import { optionsOfSchema } from './field-types.js';
import { controlOf, controls, fieldOfScope, fieldType, isObject, properties, scopeOf } from './folder.js';
import type { FormFolder, JsonObject } from './types.js';

export interface Condition {
  /** The field the condition reads. */
  when: string;
  /** The value it must have: yes/no, or an option's value. */
  equals: string | boolean;
  /** show: the field is shown only then (and required then when `required`); require: always shown, required then. */
  effect: 'show' | 'require';
  required?: boolean;
}

function allOf(folder: FormFolder): JsonObject[] {
  return Array.isArray(folder.schema.allOf) ? (folder.schema.allOf as JsonObject[]) : [];
}

/** The field and value an allOf entry's `if` asks for, when it is one field equal to a value. */
function ifOf(entry: JsonObject): { when: string; equals: unknown } | undefined {
  const test = entry.if;
  if (!isObject(test) || !isObject(test.properties)) return undefined;
  const keys = Object.keys(test.properties);
  const only = keys.length === 1 ? test.properties[keys[0]!] : undefined;
  return isObject(only) && Object.hasOwn(only, 'const') ? { when: keys[0]!, equals: only.const } : undefined;
}

function thenRequires(entry: JsonObject, key: string): boolean {
  return isObject(entry.then) && Array.isArray(entry.then.required) && entry.then.required.includes(key);
}

/** A field's condition as the files say it, if it has one the designer can show. */
export function conditionOf(folder: FormFolder, key: string): Condition | undefined {
  const rule = controlOf(folder, key)?.control.rule;
  const cond = isObject(rule) && rule.effect === 'SHOW' && isObject(rule.condition) ? rule.condition : undefined;
  const shownBy = cond && isObject(cond.schema) && Object.hasOwn(cond.schema, 'const') ? fieldOfScope(cond.scope) : undefined;
  if (cond && shownBy && cond.scope === scopeOf(shownBy)) {
    const equals = (cond.schema as JsonObject).const as string | boolean;
    const required = allOf(folder).some((e) => thenRequires(e, key) && ifOf(e)?.when === shownBy && ifOf(e)?.equals === equals);
    return { when: shownBy, equals, effect: 'show', required };
  }
  for (const entry of allOf(folder)) {
    const test = ifOf(entry);
    if (test && thenRequires(entry, key)) return { when: test.when, equals: test.equals as string | boolean, effect: 'require', required: true };
  }
  return undefined;
}

/** Every field's condition: the field, and the field its condition reads. */
export function conditionEdges(folder: FormFolder): { field: string; when: string }[] {
  const edges: { field: string; when: string }[] = [];
  for (const { control } of controls(folder.uischema)) {
    const rule = control.rule;
    const field = fieldOfScope(control.scope);
    const when = isObject(rule) && isObject(rule.condition) ? fieldOfScope(rule.condition.scope) : undefined;
    if (field && when) edges.push({ field, when });
  }
  for (const entry of allOf(folder)) {
    const test = ifOf(entry);
    if (!test || !isObject(entry.then) || !Array.isArray(entry.then.required)) continue;
    for (const field of entry.then.required) if (typeof field === 'string') edges.push({ field, when: test.when });
  }
  return edges;
}

/** Whether `from`'s condition leads, through other conditions, back to `to`. */
function leadsTo(edges: { field: string; when: string }[], from: string, to: string): boolean {
  const seen = new Set<string>();
  const stack = [from];
  while (stack.length) {
    const at = stack.pop()!;
    if (at === to) return true;
    if (seen.has(at)) continue;
    seen.add(at);
    for (const e of edges) if (e.field === at) stack.push(e.when);
  }
  return false;
}

/** The conditions of a field come out of the uischema and the schema (other fields' conditions stay). */
export function dropConditionsOf(folder: FormFolder, key: string): void {
  const found = controlOf(folder, key);
  if (found) delete found.control.rule;
  const kept = allOf(folder).flatMap((entry) => {
    if (!thenRequires(entry, key)) return [entry];
    const then = entry.then as JsonObject;
    const required = (then.required as string[]).filter((k) => k !== key);
    if (!required.length) return [];
    const props = isObject(then.properties) ? { ...then.properties } : undefined;
    if (props) delete props[key];
    return [{ ...entry, then: { ...then, ...(props ? { properties: props } : {}), required } }];
  });
  if (kept.length) folder.schema.allOf = kept;
  else delete folder.schema.allOf;
}

export function writeCondition(folder: FormFolder, key: string, c: Condition): void {
  const props = properties(folder);
  if (!Object.hasOwn(props, c.when)) throw new DesignError('conditionFieldMissing', { field: key, when: c.when });
  if (c.when === key || leadsTo(conditionEdges(folder).filter((e) => e.field !== key), c.when, key)) {
    throw new DesignError('conditionCircular', { field: key, when: c.when });
  }
  const type = fieldType(folder, c.when);
  const allowed = type === 'boolean' ? [true, false] : type === 'choice' ? optionsOfSchema(props[c.when]!).map((o) => o.value) : undefined;
  if (!allowed) throw new DesignError('conditionFieldType', { when: c.when });
  if (!(allowed as unknown[]).includes(c.equals)) throw new DesignError('conditionValue', { when: c.when, value: String(c.equals) });
  dropConditionsOf(folder, key);
  const found = controlOf(folder, key);
  if (c.effect === 'show' && found) {
    found.control.rule = { effect: 'SHOW', condition: { scope: scopeOf(c.when), schema: { const: c.equals } } };
  }
  if (c.effect === 'require' || c.required) {
    folder.schema.allOf = [...allOf(folder), {
      if: { properties: { [c.when]: { const: c.equals } }, required: [c.when] },
      then: { properties: { [key]: {} }, required: [key] },
    }];
  }
}

/** A field renamed: the conditions that read it or require it follow. */
export function renameInConditions(folder: FormFolder, key: string, newKey: string): void {
  const rename = (list: unknown) => (Array.isArray(list) ? list.map((k) => (k === key ? newKey : k)) : list);
  const renameProps = (o: unknown) => (isObject(o) ? Object.fromEntries(Object.entries(o).map(([k, v]) => [k === key ? newKey : k, v])) : o);
  if (!Array.isArray(folder.schema.allOf)) return;
  folder.schema.allOf = allOf(folder).map((entry) => {
    const out: JsonObject = { ...entry };
    for (const part of ['if', 'then'] as const) {
      const p = entry[part];
      if (isObject(p)) out[part] = { ...p, ...(p.properties ? { properties: renameProps(p.properties) } : {}), ...(p.required ? { required: rename(p.required) } : {}) };
    }
    return out;
  });
}
