/**
 * Reading a form's JSON Schema: the one `$ref` resolver and the one walk from a JSON Pointer
 * (or a uischema scope, or a translation key) to the schema node of that value. Only own
 * properties are followed, so a hostile pointer ("/__proto__/x") leads nowhere.
 */
import { field as own, isPlainObject } from '../read.js';

export type SchemaNode = Record<string, unknown>;

export function decodePointerSegment(s: string): string {
  return s.replace(/~1/g, '/').replace(/~0/g, '~');
}

export function encodePointerSegment(s: string): string {
  return s.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** The segments of a JSON Pointer ("/a/b~1c" → ["a", "b/c"]); "" is the root. */
export function pointerSegments(pointer: string): string[] {
  return pointer === '' ? [] : pointer.split('/').slice(1).map(decodePointerSegment);
}

/** Follows local references ("#/definitions/documentKind") against the root; undefined when one leads nowhere. */
export function resolveRef(root: SchemaNode, node: unknown): SchemaNode | undefined {
  let current = node;
  for (let hops = 0; hops < 32; hops++) {
    if (!isPlainObject(current)) return undefined;
    const ref = current.$ref;
    if (typeof ref !== 'string') return current;
    if (!ref.startsWith('#')) return undefined;
    current = pointerSegments(ref.slice(1)).reduce<unknown>((n, seg) => own(n, seg), root);
  }
  return undefined;
}

const isIndex = (seg: string) => /^\d+$/.test(seg);

/** The schema of an array's entries. */
export function itemsOf(root: SchemaNode, node: SchemaNode | undefined): SchemaNode | undefined {
  return resolveRef(root, own(node, 'items'));
}

/** A property's schema inside an object schema. */
export function propertyOf(root: SchemaNode, node: SchemaNode | undefined, key: string): SchemaNode | undefined {
  return resolveRef(root, own(own(node, 'properties'), key));
}

/** An array's schema (its type says so, or it has items). */
export function isArraySchema(node: SchemaNode | undefined): boolean {
  return node?.type === 'array' || own(node, 'items') !== undefined;
}

/**
 * The schema of the value at a JSON Pointer into form data ("/dataSharing/catalog/0/name").
 * An index steps into an array's items; so does a property name met at an array, so the same
 * walk serves pointers without indices ("/dataSharing/catalog/name") and translation keys.
 */
export function schemaAt(root: SchemaNode, pointer: string): SchemaNode | undefined {
  let node: SchemaNode | undefined = resolveRef(root, root);
  for (const seg of pointerSegments(pointer)) {
    if (isArraySchema(node)) {
      node = itemsOf(root, node);
      if (isIndex(seg)) continue;
    }
    node = propertyOf(root, node, seg);
    if (!node) return undefined;
  }
  return node;
}

/** A uischema scope ("#/properties/applicant/properties/kind") as a data pointer ("/applicant/kind"). */
export function scopeToPointer(scope: string): string | undefined {
  if (scope === '#') return '';
  if (!scope.startsWith('#/')) return undefined;
  const segs = scope.slice(2).split('/');
  const out: string[] = [];
  for (let i = 0; i < segs.length; i += 2) {
    if (segs[i] !== 'properties' || segs[i + 1] === undefined) return undefined;
    out.push(segs[i + 1]!);
  }
  return out.map((s) => `/${s}`).join('');
}

/** The translation key of a pointer: "/applicant/name" → "applicant.name", "/items/3/amount" → "items.amount". */
export function i18nKeyOf(pointer: string): string {
  return pointerSegments(pointer).filter((seg) => !isIndex(seg)).join('.');
}

/** A translation key as a pointer without indices: "items.amount" → "/items/amount". */
export function pointerOfKey(key: string): string {
  return key === '' ? '' : key.split('.').map((seg) => `/${encodePointerSegment(seg)}`).join('');
}

export interface SchemaOption { value: unknown; title?: string }

/**
 * The allowed values of an enum-like schema with their source titles: a oneOf of consts, an
 * enum, a const; for an array (a checklist), the options of its items. Undefined otherwise.
 */
export function optionsOf(root: SchemaNode, node: SchemaNode | undefined): SchemaOption[] | undefined {
  let n = resolveRef(root, node);
  if (n && isArraySchema(n) && !Array.isArray(n.oneOf) && !Array.isArray(n.enum)) n = itemsOf(root, n);
  if (!n) return undefined;
  if (Array.isArray(n.oneOf)) {
    const branches = n.oneOf.map((o) => resolveRef(root, o));
    if (!branches.every((b) => b && Object.hasOwn(b, 'const'))) return undefined;
    return branches.map((b) => ({ value: b!.const, ...(typeof b!.title === 'string' ? { title: b!.title } : {}) }));
  }
  if (Array.isArray(n.enum)) return n.enum.map((value) => ({ value }));
  if (Object.hasOwn(n, 'const')) return [{ value: n.const }];
  return undefined;
}

/** Every property path of a schema as translation keys ("applicant", "applicant.name", "items.amount"). */
export function propertyKeys(root: SchemaNode): string[] {
  const keys: string[] = [];
  const seen = new Set<SchemaNode>();
  const walk = (node: SchemaNode | undefined, prefix: string) => {
    if (!node || seen.has(node)) return;
    seen.add(node);
    if (isArraySchema(node)) return walk(itemsOf(root, node), prefix);
    const props = own(node, 'properties');
    if (!isPlainObject(props)) return;
    for (const key of Object.keys(props)) {
      const path = prefix ? `${prefix}.${key}` : key;
      keys.push(path);
      walk(propertyOf(root, node, key), path);
    }
    seen.delete(node);
  };
  walk(resolveRef(root, root), '');
  return keys;
}
