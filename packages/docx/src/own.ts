import { isPlainObject } from '@govforms/core';

/** An own property of a plain object, else undefined: untrusted input never reaches a prototype. */
export function own(o: unknown, key: string): unknown {
  return isPlainObject(o) && Object.hasOwn(o, key) ? o[key] : undefined;
}
