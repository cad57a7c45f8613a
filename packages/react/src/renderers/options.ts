import { resolveSchema, type JsonSchema } from '@jsonforms/core';
import type { OptionI18n } from '../i18n/form-translator.js';

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

/**
 * The choices of a `oneOf: [{const, title}]` or `enum` schema, with their Chinese titles, or with
 * their labels in the locale when `i18n` is given (key "<prefix>.<value>", see form-translator).
 */
export function optionsOf(schema: unknown, rootSchema?: JsonSchema, i18n?: OptionI18n): Option[] {
  const s = resolveRef(schema, rootSchema);
  if (!s) return [];
  const option = (value: string, title: string): Option =>
    ({ value, label: i18n ? i18n.t(`${i18n.prefix}.${value}`, title) : title });
  if (Array.isArray(s.oneOf)) {
    return s.oneOf.filter(isNode).filter((o) => 'const' in o)
      .map((o) => option(String(o.const), typeof o.title === 'string' ? o.title : String(o.const)));
  }
  if (Array.isArray(s.enum)) return s.enum.map((v) => option(String(v), String(v)));
  return [];
}

/** True for a schema whose values are a fixed list of choices. */
export function hasOptions(schema: unknown, rootSchema?: JsonSchema): boolean {
  return optionsOf(schema, rootSchema).length > 0;
}
