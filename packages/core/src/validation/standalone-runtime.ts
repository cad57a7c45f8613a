/**
 * The helpers Ajv's standalone code calls, as ES modules. Ajv writes them as
 * `require("ajv/dist/runtime/<name>").default` even with `code.esm` (ajv-validator/ajv#2598);
 * scripts/vite-plugins/precompiled-validators.ts points those at this module instead.
 */

/** Length in Unicode code points, as JSON Schema counts minLength/maxLength (ajv/dist/runtime/ucs2length). */
export function ucs2length(str: string): number {
  let length = 0;
  for (let pos = 0; pos < str.length; length++) {
    const code = str.charCodeAt(pos++);
    // a high surrogate followed by a low one is one code point
    if (code >= 0xd800 && code <= 0xdbff && pos < str.length && (str.charCodeAt(pos) & 0xfc00) === 0xdc00) pos++;
  }
  return length;
}

/**
 * Deep equality of JSON values, as enum, const and uniqueItems compare (ajv/dist/runtime/equal,
 * fast-deep-equal). Unlike fast-deep-equal it reads "toString", "valueOf" and "constructor"
 * as the plain keys they are in JSON, instead of calling or comparing them.
 */
export function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return a !== a && b !== b; // NaN
  if (Array.isArray(a)) {
    return Array.isArray(b) && a.length === b.length && a.every((x, i) => equal(x, b[i]));
  }
  if (Array.isArray(b) || Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => Object.hasOwn(b, k) && equal((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
