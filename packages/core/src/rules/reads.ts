/**
 * Which rules read a dossier field: the designer shows a field's articles and warns before a
 * field that rules read is removed, renamed or retyped. Derived from each rule's `reads`.
 */
import { encodePointerSegment, pointerSegments } from '../forms/schema-walk.js';
import { rules } from './index.js';

export interface RuleReading {
  ruleId: string;
  article: number;
}

/** A dossier pointer with list indices as `*` ("/budget/items/3/amount" → "/budget/items/*\/amount"). */
export function readPattern(pointer: string): string {
  return pointerSegments(pointer).map((s) => (/^\d+$/.test(s) ? '*' : encodePointerSegment(s))).reduce((p, s) => `${p}/${s}`, '');
}

/**
 * The rules that read a field or anything inside it, in article order. A rule reading a whole
 * list ("/budget/dataResources") does not read each entry's fields, so it is not listed for them.
 */
export function rulesReading(pointer: string): RuleReading[] {
  const field = readPattern(pointer);
  return rules
    .filter((r) => r.reads.some((p) => p === field || p.startsWith(`${field}/`)))
    .map((r) => ({ ruleId: r.id, article: r.article }));
}

/** The articles that read a field, ascending, each once: 总投资 → 14, 19, 20, 24, 25, 36. */
export function articlesReading(pointer: string): number[] {
  return [...new Set(rulesReading(pointer).map((r) => r.article))].sort((a, b) => a - b);
}
