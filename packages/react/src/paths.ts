/**
 * JSON Forms addresses data with dot paths ("applicant.name", "items.3.amount"); govforms
 * (errors, findings, drafts) with JSON Pointers ("/applicant/name"). These helpers convert
 * and compare them. Property names in the forms never contain "." or "/". (A uischema scope
 * becomes a pointer through core's scopeToPointer.)
 */

/** "applicant.name" → "/applicant/name"; "" → "" (the whole form). */
export function toPointer(dotPath: string): string {
  return dotPath === '' ? '' : `/${dotPath.split('.').join('/')}`;
}

/** "/items/3/amount" → "items.3.amount". */
export function toDotPath(pointer: string): string {
  return pointer.split('/').slice(1).join('.');
}

/** True when `pointer` is `ancestor` itself or lies under it ("/a/b" is within "/a", not within "/ab"). */
export function isWithin(pointer: string, ancestor: string): boolean {
  return ancestor === '' || pointer === ancestor || pointer.startsWith(`${ancestor}/`);
}

/**
 * Re-keys entries under an array after rows were removed or moved: `map(oldIndex)` gives the
 * new index, or undefined when that row is gone. Entries elsewhere are kept as they are.
 */
export function remapUnderArray<T>(
  entries: Readonly<Record<string, T>>, arrayPointer: string, map: (oldIndex: number) => number | undefined,
): Record<string, T> {
  const out: Record<string, T> = {};
  const prefix = `${arrayPointer}/`;
  for (const [key, value] of Object.entries(entries)) {
    if (!key.startsWith(prefix)) { out[key] = value; continue; }
    const [index, ...rest] = key.slice(prefix.length).split('/');
    const next = /^\d+$/.test(index ?? '') ? map(Number(index)) : undefined;
    if (next !== undefined) out[[`${prefix}${next}`, ...rest].join('/')] = value;
  }
  return out;
}

/** The index mapping of moving row `from` to `to` (others shift to make room). */
export function moveMapping(from: number, to: number): (i: number) => number {
  return (i) => {
    if (i === from) return to;
    if (from < to && i > from && i <= to) return i - 1;
    if (to < from && i >= to && i < from) return i + 1;
    return i;
  };
}

/** The index mapping of removing row `removed`. */
export function removeMapping(removed: number): (i: number) => number | undefined {
  return (i) => (i === removed ? undefined : i > removed ? i - 1 : i);
}
