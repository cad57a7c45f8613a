/**
 * JSON Pointers (RFC 6901) over untrusted form data, for the migration operations. Only own
 * properties are ever read or written, and the segments that reach an object's prototype
 * (`__proto__`, `constructor`, `prototype`) are refused when a pointer is parsed. A `*`
 * segment stands for every element of an array ("/items/*\/amount").
 */
import { isPlainObject } from '../read.js';
import { decodePointerSegment, encodePointerSegment } from '../forms/schema-walk.js';

export type Segments = readonly string[];
type Container = Record<string, unknown> | unknown[];

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
const INDEX = /^(?:0|[1-9]\d*)$/;
export const WILDCARD = '*';

export { isPlainObject };

/** The segments of a non-root pointer, or undefined when it is malformed or unsafe. */
export function parsePointer(pointer: unknown): Segments | undefined {
  if (typeof pointer !== 'string' || !pointer.startsWith('/')) return undefined;
  const segs = pointer.slice(1).split('/').map(decodePointerSegment);
  return segs.some((s) => FORBIDDEN.has(s)) ? undefined : segs;
}

export function formatPointer(segs: Segments): string {
  return segs.map((s) => `/${encodePointerSegment(s)}`).join('');
}

function childOf(node: unknown, seg: string): { found: boolean; value?: unknown } {
  if (Array.isArray(node)) {
    return INDEX.test(seg) && Number(seg) < node.length ? { found: true, value: node[Number(seg)] } : { found: false };
  }
  return isPlainObject(node) && Object.hasOwn(node, seg) ? { found: true, value: node[seg] } : { found: false };
}

export function getAt(doc: unknown, segs: Segments): { found: boolean; value?: unknown } {
  let node: unknown = doc;
  for (const seg of segs) {
    const next = childOf(node, seg);
    if (!next.found) return next;
    node = next.value;
  }
  return { found: true, value: node };
}

/** The container that holds the last segment, creating missing objects on the way; undefined when blocked by a non-object. */
function parentFor(doc: unknown, segs: Segments): Container | undefined {
  let node: unknown = doc;
  for (const seg of segs.slice(0, -1)) {
    const next = childOf(node, seg);
    if (next.found) node = next.value;
    else if (isPlainObject(node)) node = node[seg] = {};
    else return undefined;
  }
  return isPlainObject(node) || Array.isArray(node) ? node : undefined;
}

/** Writes the value; false (and nothing written) when a parent on the way is not an object. */
export function setAt(doc: unknown, segs: Segments, value: unknown): boolean {
  const last = segs[segs.length - 1];
  if (last === undefined) return false;
  if (!canSet(doc, segs)) return false;
  const parent = parentFor(doc, segs);
  if (Array.isArray(parent)) parent[Number(last)] = value;
  else if (parent) parent[last] = value;
  return parent !== undefined;
}

/** Whether setAt would succeed, without creating anything. */
export function canSet(doc: unknown, segs: Segments): boolean {
  let node: unknown = doc;
  for (const [i, seg] of segs.entries()) {
    const isLast = i === segs.length - 1;
    if (Array.isArray(node)) return INDEX.test(seg) && Number(seg) < node.length && (isLast || canSet(node[Number(seg)], segs.slice(i + 1)));
    if (!isPlainObject(node)) return false;
    if (isLast) return true;
    if (!Object.hasOwn(node, seg)) return true;
    node = node[seg];
  }
  return false;
}

export function deleteAt(doc: unknown, segs: Segments): void {
  const last = segs[segs.length - 1];
  const parent = getAt(doc, segs.slice(0, -1));
  if (last !== undefined && isPlainObject(parent.value) && Object.hasOwn(parent.value, last)) delete parent.value[last];
}

/**
 * The concrete paths a pointer with `*` segments matches in the document, each with the
 * indices the wildcards took (so a move can put "/items/3/a" at "/items/3/b").
 */
export function expand(doc: unknown, segs: Segments): { path: string[]; bindings: string[] }[] {
  const at = segs.indexOf(WILDCARD);
  if (at < 0) return [{ path: [...segs], bindings: [] }];
  const list = getAt(doc, segs.slice(0, at));
  if (!Array.isArray(list.value)) return [];
  return list.value.flatMap((_, i) =>
    expand(doc, [...segs.slice(0, at), String(i), ...segs.slice(at + 1)]).map((m) => ({ path: m.path, bindings: [String(i), ...m.bindings] })),
  );
}

/** Puts the wildcard indices a source path matched into a target pointer's `*` segments. */
export function bind(segs: Segments, bindings: readonly string[]): string[] {
  let i = 0;
  return segs.map((s) => (s === WILDCARD ? bindings[i++] ?? s : s));
}
