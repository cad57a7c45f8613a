/**
 * Ajv stops at a missing object: `{}` for the application gives one error, "申报单位 is
 * required", and no field of 申报单位 could show a message. For the messages shown in the
 * form, validation runs on a probe of the data where every missing required object (that
 * itself has required fields) is an empty object, so each missing field is named. The data
 * itself is never changed.
 */
type Node = Record<string, unknown>;
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);

function deref(root: Node, node: unknown): Node | undefined {
  if (!isNode(node)) return undefined;
  const ref = node.$ref;
  if (typeof ref !== 'string' || !ref.startsWith('#/')) return node;
  let target: unknown = root;
  for (const seg of ref.slice(2).split('/')) target = isNode(target) ? target[seg] : undefined;
  return isNode(target) ? target : undefined;
}

function requiredOf(schema: Node | undefined): string[] {
  return Array.isArray(schema?.required) ? schema.required.filter((k): k is string => typeof k === 'string') : [];
}

function probeNode(root: Node, schema: Node | undefined, data: Node): Node {
  const properties = isNode(schema?.properties) ? schema.properties : {};
  let out = data;
  for (const [key, raw] of Object.entries(properties)) {
    const child = deref(root, raw);
    if (child?.type !== 'object') continue;
    const value = Object.hasOwn(data, key) ? data[key] : undefined;
    let next: unknown = value;
    if (value === undefined && requiredOf(schema).includes(key) && requiredOf(child).length) next = probeNode(root, child, {});
    else if (isNode(value)) next = probeNode(root, child, value);
    if (next !== value) out = out === data ? { ...data, [key]: next } : Object.assign(out, { [key]: next });
  }
  return out;
}

/** The data with empty objects in place of missing required objects (unchanged when none is missing). */
export function probeForFieldErrors(schema: object, data: unknown): unknown {
  return isNode(data) ? probeNode(schema as Node, schema as Node, data) : data;
}
