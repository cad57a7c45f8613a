/**
 * JSON Forms' only two uses of lodash/fp, `set` and `unset` on the form data, without
 * lodash/fp's conversion machinery (about 7 KiB of the script-tag bundle's gzip budget).
 * vite.iife.config.ts substitutes these for 'lodash/fp/set' and 'lodash/fp/unset'.
 *
 * Same results as lodash/fp on form data (src/bundle/lodash-fp-set.test.ts compares them):
 * a new root, every object along the path copied, everything else shared, the input never
 * changed. One deliberate difference: where the path runs *through* a string, number or
 * boolean, lodash turns it into a wrapper object (String {…}) that JSON and IndexedDB drop
 * again; here it becomes a plain object or array holding the new value.
 */
type Container = Record<string, unknown>;

const rePropName = /[^.[\]]+|\[(?:(-?\d+(?:\.\d+)?)|(["'])((?:(?!\2)[^\\]|\\.)*?)\2)\]|(?=(?:\.|\[\])(?:\.|\[\]|$))/g;
const reEscapeChar = /\\(\\)?/g;
const reIsIndex = /^(?:0|[1-9]\d*)$/;

/** lodash's toPath: "a.b[0]['c.d']" → ['a', 'b', '0', 'c.d']. */
export function toPath(path: unknown): string[] {
  if (Array.isArray(path)) return path.map(String);
  const text = String(path);
  const keys: string[] = [];
  if (text.charCodeAt(0) === 46) keys.push('');
  text.replace(rePropName, (match: string, number: string | undefined, quote: string | undefined, sub: string | undefined) => {
    keys.push(quote ? (sub ?? '').replace(reEscapeChar, '$1') : (number ?? match));
    return match;
  });
  return keys;
}

const isObject = (v: unknown): v is Container => v !== null && (typeof v === 'object' || typeof v === 'function');
const isIndex = (key: string | undefined) => key !== undefined && reIsIndex.test(key) && Number(key) < Number.MAX_SAFE_INTEGER;

function shallowCopy<T>(v: T): T {
  if (Array.isArray(v)) return v.slice() as T;
  if (isObject(v) && typeof v !== 'function') return Object.assign(Object.create(Object.getPrototypeOf(v) as object | null) as object, v) as T;
  return v;
}

const UNSAFE = new Set(['__proto__', 'constructor', 'prototype']);
/** lodash's eq (SameValueZero). */
const eq = (a: unknown, b: unknown) => a === b || (a !== a && b !== b);

/** The root and every object along the path, copied (lodash/fp's cloneByPath). */
function copyAlongPath(object: unknown, keys: string[]): Container {
  const root = shallowCopy(isObject(object) ? object : {});
  let nested: Container = root;
  for (const key of keys) {
    if (UNSAFE.has(key)) return root;
    const value: unknown = nested[key];
    if (!isObject(value) || typeof value === 'function' || value instanceof Error || value instanceof WeakMap) return root;
    nested[key] = shallowCopy(value);
    nested = nested[key] as Container;
  }
  return root;
}


/** lodash/fp/set(path, value, object): a copy of `object` with `value` at `path`. */
export function set(path: unknown, value: unknown, object: unknown): unknown {
  const keys = toPath(path);
  const root = copyAlongPath(object, keys);
  let nested = root;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    if (UNSAFE.has(key)) return root;
    if (i === keys.length - 1) {
      if (!(Object.hasOwn(nested, key) && eq(nested[key], value)) || (value === undefined && !(key in nested))) nested[key] = value;
      break;
    }
    if (!isObject(nested[key])) nested[key] = isIndex(keys[i + 1]) ? [] : {};
    nested = nested[key] as Container;
  }
  return root;
}

/** lodash/fp/unset(path, object): a copy of `object` without the value at `path`. */
export function unset(path: unknown, object: unknown): unknown {
  const keys = toPath(path);
  const root = copyAlongPath(object, keys);
  if (keys.length === 0) return root;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    if (key === '__proto__' && !Object.hasOwn(root, '__proto__')) return root;
    if ((key === 'constructor' || key === 'prototype') && i < keys.length - 1) return root;
  }
  let parent: unknown = root;
  for (const key of keys.slice(0, -1)) parent = isObject(parent) ? parent[key] : undefined;
  if (isObject(parent)) delete parent[keys[keys.length - 1]!];
  return root;
}
