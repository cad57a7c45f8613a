/**
 * Reads a migration file (forms/<id>/migrations/<from>-to-<to>.json) into checked
 * operations. A malformed file is refused as a whole, with the file and the problem named,
 * so a typo in a migration never half-applies to someone's draft.
 */
import { GovformsError } from '../errors.js';
import { isPlainObject, parsePointer, WILDCARD, type Segments } from './json-pointer.js';
import type { DraftMessages } from './messages.js';
import type { MigrationOperation } from './migration-ops.js';
import { compareVersions, isFormVersion } from './versions.js';

export interface Migration {
  /** Where it came from, e.g. "forms/annual-report/migrations/1.0.0-to-2.0.0.json". */
  file: string;
  from: string;
  to: string;
  /** What changed, for the person whose draft is upgraded (zh-CN). */
  description: string;
  operations: MigrationOperation[];
}

const FILE_KEYS = new Set(['from', 'to', 'description', 'operations']);
const OP_KEYS: Record<MigrationOperation['op'], string[]> = {
  move: ['op', 'from', 'to'],
  'set-default': ['op', 'path', 'value'],
  wrap: ['op', 'path', 'key'],
  'rename-option': ['op', 'path', 'map'],
};
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const wildcards = (segs: Segments) => segs.filter((s) => s === WILDCARD).length;
const isPrefix = (a: Segments, b: Segments) => a.length <= b.length && a.every((s, i) => s === b[i]);

class Problem extends Error {}

function pointer(raw: unknown, m: DraftMessages): Segments {
  const segs = parsePointer(raw);
  if (!segs) throw new Problem(m.pointerUnsafe({ pointer: String(raw) }));
  return segs;
}

function endsInValue(segs: Segments, name: string, m: DraftMessages): void {
  if (segs[segs.length - 1] === WILDCARD) throw new Problem(m.problem.wildcardAtEnd({ name }));
}

function parseOperation(raw: unknown, m: DraftMessages): MigrationOperation {
  if (!isPlainObject(raw) || typeof raw.op !== 'string' || !Object.hasOwn(OP_KEYS, raw.op)) {
    throw new Problem(m.problem.unknownOp({ op: JSON.stringify(isPlainObject(raw) ? raw.op : raw), known: Object.keys(OP_KEYS).join(', ') }));
  }
  const op = raw.op as MigrationOperation['op'];
  const extra = Object.keys(raw).filter((k) => !OP_KEYS[op].includes(k));
  if (extra.length) throw new Problem(m.problem.unknownOpFields({ op, fields: extra.join(', ') }));
  switch (op) {
    case 'move': {
      const from = pointer(raw.from, m);
      const to = pointer(raw.to, m);
      endsInValue(from, 'from', m);
      endsInValue(to, 'to', m);
      if (wildcards(from) !== wildcards(to)) throw new Problem(m.problem.wildcardCount());
      if (isPrefix(from, to) || isPrefix(to, from)) throw new Problem(m.problem.moveIntoItself());
      return { op, from, to };
    }
    case 'set-default': {
      const path = pointer(raw.path, m);
      endsInValue(path, 'path', m);
      if (!Object.hasOwn(raw, 'value')) throw new Problem(m.problem.missingValue());
      return { op, path, value: structuredClone(raw.value) };
    }
    case 'wrap': {
      if (typeof raw.key !== 'string' || raw.key === '' || UNSAFE_KEYS.has(raw.key)) throw new Problem(m.problem.wrapKey());
      return { op, path: pointer(raw.path, m), key: raw.key };
    }
    case 'rename-option': {
      const map = raw.map;
      if (!isPlainObject(map) || !Object.values(map).every((v) => typeof v === 'string')) {
        throw new Problem(m.problem.renameMap());
      }
      return { op, path: pointer(raw.path, m), map: Object.assign(Object.create(null) as Record<string, string>, map) };
    }
  }
}

function parseFile(file: string, raw: unknown, m: DraftMessages): Migration {
  if (!isPlainObject(raw)) throw new Problem(m.problem.notObject());
  const extra = Object.keys(raw).filter((k) => !FILE_KEYS.has(k));
  if (extra.length) throw new Problem(m.problem.unknownFields({ fields: extra.join(', ') }));
  const { from, to, description, operations } = raw;
  if (!isFormVersion(from) || !isFormVersion(to)) throw new Problem(m.problem.versions());
  if (compareVersions(to, from) <= 0) throw new Problem(m.problem.backwards());
  const base = file.slice(file.lastIndexOf('/') + 1);
  if (base !== `${from}-to-${to}.json`) throw new Problem(m.problem.fileName({ name: `${from}-to-${to}.json` }));
  if (typeof description !== 'string' || description.trim() === '') throw new Problem(m.problem.description());
  if (!Array.isArray(operations)) throw new Problem(m.problem.operations());
  const ops = operations.map((o, i) => {
    try {
      return parseOperation(o, m);
    } catch (e) {
      throw e instanceof Problem ? new Problem(m.problem.atOperation({ n: i + 1, problem: e.message })) : e;
    }
  });
  return { file, from, to, description, operations: ops };
}

/** A checked migration, or a GovformsError ('invalid-migration') naming the file and the problem. */
export function parseMigration(file: string, raw: unknown, m: DraftMessages): Migration {
  try {
    return parseFile(file, raw, m);
  } catch (e) {
    if (e instanceof Problem) throw new GovformsError(m.migrationInvalid({ file, problem: e.message }), 'invalid-migration');
    throw e;
  }
}
