/**
 * The only expressions templates may hold: a field name, or a dotted path of field names
 * ({application.applicant.name}), or {.} for the current loop row. Lookups go through own
 * properties only (Object.hasOwn), so no tag can reach a prototype; there is no operator,
 * call or eval. Unknown tags are collected (nullGetter), not silently rendered empty.
 */
import type { DXT } from 'docxtemplater';
import { notFilled, textOfValue } from './dossier-view.js';
import { evaluateMapping, readsAsText, type CompiledMapping } from './mapping.js';
import type { DocxMessages } from './messages.js';
import type { RenderWarning } from './types.js';

export interface TagProblem {
  kind: 'unknown-tag' | 'unknown-loop' | 'bad-syntax' | 'raw-xml';
  tag: string;
  offset?: number;
}

export interface TagParserState {
  mapping: CompiledMapping;
  problems: TagProblem[];
  warnings: RenderWarning[];
  /** docx's words in the caller's locale. */
  messages: DocxMessages;
}

const SEGMENT = /^[^\s{}()[\]'"`\\]+$/u;

function lookup(scope: unknown, segments: readonly string[]): unknown {
  let current = scope;
  for (const segment of segments) {
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, segment)) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

function inert(): DXT.Parser {
  return { get: () => '' };
}

export function createTagParser(state: TagParserState): (tag: string, meta?: { tag?: DXT.Part }) => DXT.Parser {
  const warnedEmpty = new Set<string>();
  const warnedNotText = new Set<string>();
  return (rawTag, meta) => {
    const part = meta?.tag;
    const tag = rawTag.trim();
    const isLoop = part?.module === 'loop';
    const present = (v: unknown) => (isLoop ? v : textOfValue(v));
    if (part?.module === 'rawxml') {
      state.problems.push({ kind: 'raw-xml', tag, offset: part.offset });
      return inert();
    }
    if (tag === '.') return { get: (scope) => present(scope) };
    const segments = tag.split('.');
    if (!segments.every((s) => SEGMENT.test(s))) {
      state.problems.push({ kind: 'bad-syntax', tag, offset: part?.offset });
      return inert();
    }
    const mapped = state.mapping.get(tag);
    const fromMapping = (json: unknown) => {
      const r = evaluateMapping(mapped!, json);
      if (!r.found) return undefined;
      // A tag in running text cannot show a whole object or a list of them ("[object Object]"): it stays empty, with a warning.
      if (!isLoop && !readsAsText(r.value)) {
        if (!warnedNotText.has(tag)) {
          warnedNotText.add(tag);
          state.warnings.push({ path: mapped!.path, message: state.messages.warnings.mappingNotText({ tag, path: mapped!.path }) });
        }
        return '';
      }
      return r.value;
    };
    return {
      get(scope, context) {
        const innermost = context.num === context.scopeList.length - 1;
        if (mapped?.relative && innermost && context.num > 0) {
          const v = fromMapping(scope);
          if (v !== undefined) return present(v);
        }
        const own = lookup(scope, segments);
        if (own !== undefined) return present(own);
        if (context.num !== 0 || !mapped) return undefined;
        // Root scope, mapped tag: read the dossier view (a relative path reads it too).
        const v = fromMapping(scope);
        if (v !== undefined) return present(v);
        if (!warnedEmpty.has(tag)) {
          warnedEmpty.add(tag);
          state.warnings.push({ path: mapped.path, message: state.messages.warnings.mappingEmpty({ tag, path: mapped.path }) });
        }
        return isLoop ? [] : notFilled;
      },
    };
  };
}

/** docxtemplater's nullGetter: reached only when a tag resolved nowhere. */
export function createNullGetter(state: TagParserState): (part: DXT.Part) => string {
  return (part) => {
    state.problems.push({ kind: part.module === 'loop' ? 'unknown-loop' : 'unknown-tag', tag: String(part.value ?? ''), offset: part.offset });
    return '';
  };
}
