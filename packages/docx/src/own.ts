/** An own property of a plain object, else undefined: untrusted input never reaches a prototype. */
export function own(o: unknown, key: string): unknown {
  return typeof o === 'object' && o !== null && !Array.isArray(o) && Object.hasOwn(o, key) ? (o as Record<string, unknown>)[key] : undefined;
}
