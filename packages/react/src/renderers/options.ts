import { resolveSchema, type JsonSchema } from '@jsonforms/core';

export interface Option { value: string; label: string }

type Node = Record<string, unknown>;
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Follows a local "$ref" (document kinds live in #/definitions/documentKind). */
export function resolveRef(schema: unknown, rootSchema: JsonSchema | undefined): Node | undefined {
  if (!isNode(schema)) return undefined;
  if (typeof schema.$ref === 'string' && rootSchema) {
    const target = resolveSchema(rootSchema, schema.$ref, rootSchema);
    return isNode(target) ? target : undefined;
  }
  return schema;
}

/** The choices of a `oneOf: [{const, title}]` or `enum` schema, with their Chinese titles. */
export function optionsOf(schema: unknown, rootSchema?: JsonSchema): Option[] {
  const s = resolveRef(schema, rootSchema);
  if (!s) return [];
  if (Array.isArray(s.oneOf)) {
    return s.oneOf.filter(isNode).filter((o) => 'const' in o)
      .map((o) => ({ value: String(o.const), label: typeof o.title === 'string' ? o.title : String(o.const) }));
  }
  if (Array.isArray(s.enum)) return s.enum.map((v) => ({ value: String(v), label: String(v) }));
  return [];
}

/** True for a schema whose values are a fixed list of choices. */
export function hasOptions(schema: unknown, rootSchema?: JsonSchema): boolean {
  return optionsOf(schema, rootSchema).length > 0;
}
