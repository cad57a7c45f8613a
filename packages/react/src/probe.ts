/**
 * Ajv stops at a missing object: `{}` for the application gives one error, "申报单位 is
 * required", and no field of 申报单位 could show a message. For the messages shown in the
 * form, validation runs on a probe of the data where every missing required object (that
 * itself has required fields) is an empty object, so each missing field is named. The data
 * itself is never changed.
 */
import { isPlainObject, resolveRef, type SchemaNode } from '@govforms/core';

function requiredOf(schema: SchemaNode | undefined): string[] {
  return Array.isArray(schema?.required) ? schema.required.filter((k): k is string => typeof k === 'string') : [];
}

function probeNode(root: SchemaNode, schema: SchemaNode | undefined, data: SchemaNode): SchemaNode {
  const properties = isPlainObject(schema?.properties) ? schema.properties : {};
  let out = data;
  for (const [key, raw] of Object.entries(properties)) {
    const child = resolveRef(root, raw);
    if (child?.type !== 'object') continue;
    const value = Object.hasOwn(data, key) ? data[key] : undefined;
    let next: unknown = value;
    if (value === undefined && requiredOf(schema).includes(key) && requiredOf(child).length) next = probeNode(root, child, {});
    else if (isPlainObject(value)) next = probeNode(root, child, value);
    if (next !== value) out = out === data ? { ...data, [key]: next } : Object.assign(out, { [key]: next });
  }
  return out;
}

/** The data with empty objects in place of missing required objects (unchanged when none is missing). */
export function probeForFieldErrors(schema: object, data: unknown): unknown {
  return isPlainObject(data) ? probeNode(schema as SchemaNode, schema as SchemaNode, data) : data;
}
