/**
 * The operations a migration file may use, interpreted here (never evaluated). None of them
 * drops a value the user typed: a value that cannot be put where the new version wants it
 * stays where it was and is reported as unresolved, so validation shows it to the user and
 * the user decides. There is deliberately no "remove".
 */
import { bind, canSet, deleteAt, expand, formatPointer, getAt, isPlainObject, setAt, type Segments } from './json-pointer.js';
import type { DraftMessages } from './messages.js';

/** Pointers are parsed and checked when the migration file is loaded (migration-file.ts). */
export type MigrationOperation =
  /** Renames or relocates a field; `*` segments in `from` carry over to `to`. */
  | { op: 'move'; from: Segments; to: Segments }
  /** Adds a value only where none is present. */
  | { op: 'set-default'; path: Segments; value: unknown }
  /** Turns a scalar into a group of fields holding it under `key`: "x" → { key: "x" }. */
  | { op: 'wrap'; path: Segments; key: string }
  /** Replaces option values by their new names; values not in the map are left alone. */
  | { op: 'rename-option'; path: Segments; map: Record<string, string> };

export interface UnresolvedValue {
  /** JSON Pointer of the value left in place. */
  path: string;
  message: string;
}

function move(doc: unknown, op: Extract<MigrationOperation, { op: 'move' }>, m: DraftMessages): UnresolvedValue[] {
  const out: UnresolvedValue[] = [];
  for (const { path, bindings } of expand(doc, op.from)) {
    const source = getAt(doc, path);
    if (!source.found) continue;
    const target = bind(op.to, bindings);
    const from = formatPointer(path);
    const to = formatPointer(target);
    if (getAt(doc, target).found) out.push({ path: from, message: m.targetTaken({ from, to }) });
    else if (!isPlainObject(getAt(doc, path.slice(0, -1)).value) || !canSet(doc, target)) {
      out.push({ path: from, message: m.parentNotObject({ path: to }) });
    } else {
      setAt(doc, target, source.value);
      deleteAt(doc, path);
    }
  }
  return out;
}

function setDefault(doc: unknown, op: Extract<MigrationOperation, { op: 'set-default' }>, m: DraftMessages): UnresolvedValue[] {
  const out: UnresolvedValue[] = [];
  for (const { path } of expand(doc, op.path)) {
    if (getAt(doc, path).found) continue;
    if (!setAt(doc, path, structuredClone(op.value))) out.push({ path: formatPointer(path), message: m.parentNotObject({ path: formatPointer(path) }) });
  }
  return out;
}

function wrap(doc: unknown, op: Extract<MigrationOperation, { op: 'wrap' }>): UnresolvedValue[] {
  for (const { path } of expand(doc, op.path)) {
    const current = getAt(doc, path);
    // An object is already in the new shape: wrapping is idempotent.
    if (current.found && !isPlainObject(current.value)) setAt(doc, path, { [op.key]: current.value });
  }
  return [];
}

function renameOption(doc: unknown, op: Extract<MigrationOperation, { op: 'rename-option' }>): UnresolvedValue[] {
  for (const { path } of expand(doc, op.path)) {
    const { found, value } = getAt(doc, path);
    if (found && typeof value === 'string' && Object.hasOwn(op.map, value)) setAt(doc, path, op.map[value]);
  }
  return [];
}

/** Applies one operation to the document in place; returns the values it had to leave alone. */
export function applyOperation(doc: unknown, op: MigrationOperation, m: DraftMessages): UnresolvedValue[] {
  switch (op.op) {
    case 'move': return move(doc, op, m);
    case 'set-default': return setDefault(doc, op, m);
    case 'wrap': return wrap(doc, op);
    case 'rename-option': return renameOption(doc, op);
  }
}
