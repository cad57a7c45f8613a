/**
 * What a form-schema node is, for display: the forms' JSON Schemas are the one source of
 * field names, titles and option labels; documents read them through core, never copy them.
 */
import { isPlainObject, optionsOf, resolveRef, type SchemaNode } from '@govforms/core';

export type Schema = SchemaNode;

export type FieldKind =
  | { kind: 'text' }
  | { kind: 'date' }
  | { kind: 'money' }
  | { kind: 'number'; integer: boolean }
  | { kind: 'boolean' }
  | { kind: 'enum'; labels: ReadonlyMap<string, string> }
  | { kind: 'object'; properties: ReadonlyArray<[key: string, schema: Schema]> }
  | { kind: 'list'; items: Schema };

const cache = new WeakMap<Schema, FieldKind>();

const asSchema = (v: unknown): Schema => (isPlainObject(v) ? v : {});

export function fieldKind(raw: Schema, root: Schema): FieldKind {
  const cached = cache.get(raw);
  if (cached) return cached;
  const schema = resolveRef(root, raw) ?? {};
  const options = schema.type === 'array' ? undefined : optionsOf(root, schema);
  let kind: FieldKind;
  if (options) {
    // Documents are Chinese: an option shows as its schema title (core's zh-CN label).
    kind = { kind: 'enum', labels: new Map(options.map((o) => [String(o.value), o.title ?? String(o.value)])) };
  } else if (schema.type === 'object') {
    kind = { kind: 'object', properties: Object.entries(asSchema(schema.properties)).map(([k, v]) => [k, asSchema(v)]) };
  } else if (schema.type === 'array') {
    kind = { kind: 'list', items: asSchema(schema.items) };
  } else if (schema.type === 'boolean') {
    kind = { kind: 'boolean' };
  } else if (schema.type === 'integer' || schema.type === 'number') {
    kind = schema.format === 'yuan' ? { kind: 'money' } : { kind: 'number', integer: schema.type === 'integer' };
  } else {
    kind = schema.format === 'date' ? { kind: 'date' } : { kind: 'text' };
  }
  cache.set(raw, kind);
  return kind;
}
