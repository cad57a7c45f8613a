/**
 * A saved draft never breaks: what changed since the form's last version decides the next
 * one (an optional field added: minor; a field removed, renamed or retyped, or newly
 * required: major; words and layout only: patch), and releasing writes the migration file
 * (forms/<id>/migrations/<from>-to-<to>.json, with core's safe operations: a rename is a
 * `move`; nothing is ever deleted from a draft) and a CHANGELOG entry.
 */
import { designerMessages } from '../designer-messages.js';
import { designOf, digestOf, fieldType, properties, requiredOf } from './folder.js';
import type { Design, FieldType, JsonObject } from './types.js';

export type Change =
  | { kind: 'added'; key: string; title: string; required: boolean }
  | { kind: 'removed'; key: string; title: string }
  | { kind: 'renamed'; from: string; to: string; title: string }
  | { kind: 'retyped'; key: string; title: string; from: FieldType; to: FieldType }
  | { kind: 'nowRequired'; key: string; title: string }
  | { kind: 'edited' };

export type Bump = 'major' | 'minor' | 'patch';

/** Types that hold the same data: a one-line text made a chapter keeps every draft valid. */
const sameData = (a: FieldType, b: FieldType) => a === b || (['text', 'chapter'].includes(a) && ['text', 'chapter'].includes(b));

export function changesOf(d: Design): Change[] {
  const props = properties(d.folder);
  const required = new Set(requiredOf(d.folder));
  const title = (key: string) => (typeof props[key]?.title === 'string' ? (props[key]!.title as string) : key);
  const changes: Change[] = [];
  for (const [baseKey, was] of Object.entries(d.base.fields)) {
    const now = Object.keys(props).find((k) => d.origins[k] === baseKey);
    if (now === undefined) {
      changes.push({ kind: 'removed', key: baseKey, title: was.title });
      continue;
    }
    if (now !== baseKey) changes.push({ kind: 'renamed', from: baseKey, to: now, title: title(now) });
    const type = fieldType(d.folder, now);
    if (!sameData(was.type, type)) changes.push({ kind: 'retyped', key: now, title: title(now), from: was.type, to: type });
    if (required.has(now) && !d.base.required.includes(baseKey)) changes.push({ kind: 'nowRequired', key: now, title: title(now) });
  }
  for (const key of Object.keys(props)) {
    if (d.origins[key] === null) changes.push({ kind: 'added', key, title: title(key), required: required.has(key) });
  }
  if (!changes.length && digestOf(d.folder) !== d.base.digest) changes.push({ kind: 'edited' });
  return changes;
}

export function bumpOf(changes: readonly Change[]): Bump | undefined {
  if (changes.some((c) => c.kind === 'removed' || c.kind === 'renamed' || c.kind === 'retyped' || c.kind === 'nowRequired' || (c.kind === 'added' && c.required))) return 'major';
  if (changes.some((c) => c.kind === 'added')) return 'minor';
  return changes.length ? 'patch' : undefined;
}

export function nextVersion(version: string, bump: Bump): string {
  const [major, minor, patch] = version.split('.').map(Number) as [number, number, number];
  if (bump === 'major') return `${major + 1}.0.0`;
  if (bump === 'minor') return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}

/** The migration's operations: renames move the value (core's `move`; no operation removes one). */
export function migrationOperations(changes: readonly Change[]): JsonObject[] {
  return changes.flatMap((c) => (c.kind === 'renamed' ? [{ op: 'move', from: `/${c.from}`, to: `/${c.to}` }] : []));
}

function describe(changes: readonly Change[], locale: string): string {
  const m = designerMessages(locale).versioning;
  const t = designerMessages(locale).types;
  return changes.map((c) => {
    switch (c.kind) {
      case 'added': return c.required ? m.addedRequired({ label: c.title, key: c.key }) : m.added({ label: c.title, key: c.key });
      case 'removed': return m.removed({ label: c.title, key: c.key });
      case 'renamed': return m.renamed({ label: c.title, from: c.from, to: c.to });
      case 'retyped': return m.retyped({ label: c.title, key: c.key, from: t[c.from](), to: t[c.to]() });
      case 'nowRequired': return m.nowRequired({ label: c.title, key: c.key });
      case 'edited': return m.edited();
    }
  }).join(m.separator());
}

/** CHANGELOG.md with an entry: after the title line, newest first. */
function withEntry(changelog: string, entry: string): string {
  const lines = changelog.split('\n');
  const at = lines[0]?.startsWith('#') ? 1 : 0;
  const rest = lines.slice(at).join('\n').replace(/^\n+/, '');
  return [...lines.slice(0, at), '', entry, ...(rest ? [rest] : [])].join('\n').replace(/\n*$/, '\n');
}

export interface Release { design: Design; version: string; bump?: Bump; migration?: string }

/**
 * The design as the next version: version bumped, migration file and CHANGELOG entry
 * written, and counted from anew. A form never released becomes 1.0.0 with its first entry.
 */
export function release(d: Design, date: string): Release {
  const folder = structuredClone(d.folder);
  if (d.isNew) {
    folder.form.version = '1.0.0';
    if (!folder.changelog.includes('- 1.0.0')) folder.changelog = withEntry(folder.changelog, designerMessages('zh-CN').versioning.first({ version: '1.0.0', date }));
    return { design: designOf(folder, d.replaces ? { replaces: d.replaces } : {}), version: '1.0.0' };
  }
  const changes = changesOf(d);
  const bump = bumpOf(changes);
  if (!bump) return { design: d, version: d.folder.form.version };
  const from = d.base.version;
  const to = nextVersion(from, bump);
  const name = `${from}-to-${to}`;
  folder.form.version = to;
  folder.migrations[name] = {
    from, to,
    description: designerMessages('zh-CN').versioning.migration({ from, to, changes: describe(changes, 'zh-CN') }),
    operations: migrationOperations(changes),
  };
  const en = (folder.i18n.en ??= {});
  if (typeof en.migrations !== 'object' || en.migrations === null) en.migrations = {};
  (en.migrations as Record<string, string>)[name] = designerMessages('en').versioning.migration({ from, to, changes: describe(changes, 'en') });
  folder.changelog = withEntry(folder.changelog, designerMessages('zh-CN').versioning.entry({ version: to, date, changes: describe(changes, 'zh-CN') }));
  return { design: designOf(folder, d.replaces ? { replaces: d.replaces } : {}), version: to, bump, migration: name };
}
