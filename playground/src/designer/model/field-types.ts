/**
 * The field types the designer offers, each as the built-in forms write it in schema.json and
 * uischema.json: money is a number of format "yuan" (at most two decimals, checked exactly),
 * dates format "date", chapters a text control with options.multi, 附件清单 a list of
 * document kinds (#/definitions/documentKind, forms/document-kinds.json), 明细列表 a list of objects.
 */
import type { FieldType, JsonObject } from './types.js';

export const FIELD_TYPES: readonly Exclude<FieldType, 'group' | 'other'>[] = [
  'text', 'chapter', 'money', 'number', 'date', 'boolean', 'choice', 'multi', 'table', 'documents',
];

/** Types a table column may have. */
export const COLUMN_TYPES: readonly FieldType[] = ['text', 'money', 'number', 'date', 'boolean', 'choice'];

export interface OptionDraft { value: string; label: string }

/** A new field's schema of a type, titled; options for 单选/多选 (two placeholders when none are given). */
export function schemaOfType(type: FieldType, title: string, options?: readonly OptionDraft[]): JsonObject {
  const oneOf = (options?.length ? options : [{ value: 'a', label: '选项一' }, { value: 'b', label: '选项二' }])
    .map((o) => ({ const: o.value, title: o.label }));
  switch (type) {
    case 'text': return { type: 'string', title, maxLength: 200 };
    case 'chapter': return { type: 'string', title, maxLength: 200000 };
    case 'money': return { type: 'number', format: 'yuan', minimum: 0, maximum: 1000000000000, title };
    case 'number': return { type: 'number', title };
    case 'date': return { type: 'string', format: 'date', title };
    case 'boolean': return { type: 'boolean', title };
    case 'choice': return { type: 'string', title, oneOf };
    case 'multi': return { type: 'array', title, uniqueItems: true, maxItems: 1000, items: { type: 'string', oneOf } };
    case 'table': return {
      type: 'array', title, maxItems: 1000,
      items: { type: 'object', title: '明细', properties: { name: { type: 'string', title: '名称', maxLength: 200 } }, required: [] },
    };
    case 'documents': return { type: 'array', title, uniqueItems: true, maxItems: 1000, items: { $ref: '#/definitions/documentKind' } };
    default: return { type: 'string', title };
  }
}

/** The uischema options a type's control carries (a chapter is a multi-line text). */
export function controlOptions(type: FieldType): JsonObject | undefined {
  return type === 'chapter' ? { multi: true } : undefined;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** What type a schema node (and its control's options) is, as the designer names it. */
export function fieldTypeOf(node: unknown, options?: unknown): FieldType {
  if (!isObject(node)) return 'other';
  const multiLine = isObject(options) && options.multi === true;
  switch (node.type) {
    case 'string':
      if (node.format === 'date') return 'date';
      if (Array.isArray(node.oneOf) || Array.isArray(node.enum)) return 'choice';
      return multiLine ? 'chapter' : 'text';
    case 'number':
    case 'integer':
      return node.format === 'yuan' ? 'money' : 'number';
    case 'boolean': return 'boolean';
    case 'object': return 'group';
    case 'array': {
      const items = node.items;
      if (!isObject(items)) return 'other';
      if (items.$ref === '#/definitions/documentKind') return 'documents';
      if (items.type === 'object') return 'table';
      if (Array.isArray(items.oneOf) || Array.isArray(items.enum)) return 'multi';
      return 'other';
    }
    default: return 'other';
  }
}

/** The options of a 单选/多选 schema, as value and zh-CN label. */
export function optionsOfSchema(node: JsonObject): OptionDraft[] {
  const n = node.type === 'array' && isObject(node.items) ? node.items : node;
  if (Array.isArray(n.oneOf)) return n.oneOf.filter(isObject).map((o) => ({ value: String(o.const), label: typeof o.title === 'string' ? o.title : String(o.const) }));
  if (Array.isArray(n.enum)) return n.enum.map((v) => ({ value: String(v), label: String(v) }));
  return [];
}

/** A value a field of a type can take, for the form's sample (a required field needs one). */
export function sampleValue(type: FieldType, node: JsonObject): unknown {
  const min = typeof node.minimum === 'number' ? node.minimum : 0;
  switch (type) {
    case 'text':
    case 'chapter': return '示例'.padEnd(typeof node.minLength === 'number' ? node.minLength : 2, '例');
    case 'money':
    case 'number': return min;
    case 'date': return '2026-01-01';
    case 'boolean': return false;
    case 'choice': return optionsOfSchema(node)[0]?.value;
    case 'multi': return optionsOfSchema(node).slice(0, 1).map((o) => o.value);
    case 'table':
    case 'documents': return [];
    default: return undefined;
  }
}
