/**
 * Safe readers over an untrusted dossier. Rules see only own properties of plain objects,
 * so missing, mistyped or hostile data (`__proto__` keys, arrays where objects go) reads as
 * "not given": the rule is then not checked yet, and never throws.
 */
import { isIsoDate } from './dates.js';
import { yuanToFen } from './money.js';

export type Section = Record<string, unknown>;

/** An object that is neither null nor an array: a form section, a schema node, a group of fields. */
export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function section(v: unknown): Section | undefined {
  return isPlainObject(v) ? v : undefined;
}

/** An own property of a plain object, else undefined: untrusted input never reaches a prototype. */
export function field(o: unknown, key: string): unknown {
  return isPlainObject(o) && Object.hasOwn(o, key) ? o[key] : undefined;
}

export function readBool(o: Section | undefined, key: string): boolean | undefined {
  const v = field(o, key);
  return typeof v === 'boolean' ? v : undefined;
}

/** A non-blank string, else undefined. */
export function readText(o: Section | undefined, key: string): string | undefined {
  const v = field(o, key);
  return typeof v === 'string' && v.trim() !== '' ? v : undefined;
}

export function readDate(o: Section | undefined, key: string): string | undefined {
  const v = field(o, key);
  return isIsoDate(v) ? v : undefined;
}

export function readNumber(o: Section | undefined, key: string): number | undefined {
  const v = field(o, key);
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

export function readInteger(o: Section | undefined, key: string): number | undefined {
  const v = field(o, key);
  return Number.isSafeInteger(v) ? (v as number) : undefined;
}

export function readFen(o: Section | undefined, key: string): number | undefined {
  return yuanToFen(field(o, key));
}

export function readList(o: Section | undefined, key: string): unknown[] | undefined {
  const v = field(o, key);
  return Array.isArray(v) ? v : undefined;
}

/** The strings of a list (other entries ignored), or undefined when the list is absent. */
export function readStrings(o: Section | undefined, key: string): string[] | undefined {
  return readList(o, key)?.filter((x): x is string => typeof x === 'string');
}

/**
 * Whether anything was entered anywhere in `v`: a number, a boolean or a non-blank string.
 * Empty strings, null and empty lists or objects are "nothing yet" (an untouched form).
 * Iterative, so data nested any depth never overflows the stack.
 */
export function hasEnteredValue(v: unknown): boolean {
  const stack: unknown[] = [v];
  while (stack.length) {
    const x = stack.pop();
    if (typeof x === 'number' || typeof x === 'boolean') return true;
    if (typeof x === 'string') {
      if (x.trim() !== '') return true;
    } else if (Array.isArray(x)) {
      for (const item of x) stack.push(item);
    } else if (isPlainObject(x)) {
      for (const key of Object.keys(x)) stack.push(x[key]);
    }
  }
  return false;
}
