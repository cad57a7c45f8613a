/**
 * A department template's own tag names: { "项目名称": "$.application.projectName" }. Each
 * JSONPath is read by jsonpath-plus with eval disabled, against the dossier view (so values
 * come formatted: money with 元, options by label). Paths are checked before use: anything
 * with a script or filter expression — "(…)" — is refused, never evaluated. A path starting
 * with "@" is read from the current loop row instead of the whole dossier.
 */
import { GovformsError } from '@govforms/core';
import { JSONPath } from 'jsonpath-plus';
import type { DocxMessages } from './messages.js';
import { AS_TEXT } from './view-text.js';

export interface MappedPath {
  path: string;
  /** "@…": relative to the current loop row. */
  relative: boolean;
}

export type CompiledMapping = ReadonlyMap<string, MappedPath>;

const TAG_NAME = /^[^\s{}.()[\]'"`\\]+$/u;

export function compileMapping(mapping: unknown, messages: DocxMessages): CompiledMapping {
  const t = messages.mapping;
  const compiled = new Map<string, MappedPath>();
  if (mapping === undefined || mapping === null) return compiled;
  if (typeof mapping !== 'object' || Array.isArray(mapping)) throw new GovformsError(t.notObject(), 'invalid-mapping');
  for (const [tag, path] of Object.entries(mapping)) {
    if (!TAG_NAME.test(tag)) throw new GovformsError(t.badTag({ tag }), 'invalid-mapping', `/mapping/${tag}`);
    if (typeof path !== 'string' || !/^[$@]/.test(path.trim())) throw new GovformsError(t.notPath({ tag }), 'invalid-mapping', `/mapping/${tag}`);
    const trimmed = path.trim();
    // Filters ?(…) and script expressions (…) would need eval: refuse them outright.
    if (/[()]/.test(trimmed) || trimmed.includes('?')) throw new GovformsError(t.script({ tag, path: trimmed }), 'unsafe-mapping', `/mapping/${tag}`);
    const absolute = `$${trimmed.slice(1)}`;
    try {
      JSONPath.toPathArray(absolute);
    } catch {
      throw new GovformsError(t.invalid({ tag, path: trimmed }), 'invalid-mapping', `/mapping/${tag}`);
    }
    compiled.set(tag, { path: absolute, relative: trimmed.startsWith('@') });
  }
  return compiled;
}

/** The values a mapped path selects: none, one, or (wildcards) a list. */
export function evaluateMapping(mapped: MappedPath, json: unknown): { found: false } | { found: true; value: unknown } {
  if (typeof json !== 'object' || json === null) return { found: false };
  const values = JSONPath({ path: mapped.path, json, eval: false, wrap: true }) as unknown[];
  if (values.length === 0) return { found: false };
  const many = /\*|\.\.|\[[^\]]*[:,]/.test(mapped.path);
  return { found: true, value: many ? values : values[0] };
}

/**
 * Whether a selected value can stand in running text: a value, a group of fields that has its
 * one-line form (AS_TEXT), or a list of those. The whole view ("$") or rows such as the
 * findings ("$.findings") cannot; they belong in a loop.
 */
export function readsAsText(value: unknown): boolean {
  if (Array.isArray(value)) return value.every(readsAsText);
  return typeof value !== 'object' || value === null || AS_TEXT in value;
}
