/**
 * What a form-schema node is, for display: the forms' JSON Schemas are the one source of
 * field names, titles and option labels; documents read them, never copy them.
 */
export type Schema = Record<string, unknown>;

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

function asSchema(v: unknown): Schema {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Schema) : {};
}

/** Follows a local "#/definitions/x" reference against the form's root schema. */
export function resolveRef(schema: Schema, root: Schema): Schema {
  const ref = schema.$ref;
  if (typeof ref !== 'string' || !ref.startsWith('#/')) return schema;
  let node: unknown = root;
  for (const part of ref.slice(2).split('/')) {
    const o = asSchema(node);
    node = Object.hasOwn(o, part) ? o[part] : undefined;
  }
  return asSchema(node);
}

export function titleOf(schema: Schema, fallback: string): string {
  return typeof schema.title === 'string' ? schema.title : fallback;
}

export function fieldKind(raw: Schema, root: Schema): FieldKind {
  const cached = cache.get(raw);
  if (cached) return cached;
  const schema = resolveRef(raw, root);
  let kind: FieldKind;
  if (Array.isArray(schema.oneOf) && schema.oneOf.every((o) => Object.hasOwn(asSchema(o), 'const'))) {
    kind = { kind: 'enum', labels: new Map(schema.oneOf.map((o) => {
      const option = asSchema(o);
      return [String(option.const), titleOf(option, String(option.const))];
    })) };
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
