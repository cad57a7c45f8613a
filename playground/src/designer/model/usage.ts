/**
 * What reads a field besides its form: the articles whose rules read it (core's Rule.reads)
 * and the Word template tags that print it (@govforms/docx's printed-fields.json, derived
 * from the real templates and mappers). Shown on each field; named before a change that would
 * leave them reading nothing.
 */
import { articleLabel, readPattern, rulesReading, type RuleReading } from '@govforms/core';
import printed from '@govforms/docx/printed-fields.json' with { type: 'json' };
import { designerMessages } from '../designer-messages.js';
import { properties } from './folder.js';
import type { Design } from './types.js';

export interface PrintingTag { template: string; tag: string }

export interface FieldUsage {
  rules: RuleReading[];
  /** Articles, ascending, each once. */
  articles: number[];
  tags: PrintingTag[];
}

function tagsPrinting(pointer: string): PrintingTag[] {
  const field = readPattern(pointer);
  const seen = new Set<string>();
  return Object.entries(printed as Record<string, PrintingTag[]>)
    .filter(([p]) => p === field || p.startsWith(`${field}/`))
    .flatMap(([, tags]) => tags)
    .filter((t) => (seen.has(t.template + t.tag) ? false : (seen.add(t.template + t.tag), true)));
}

/** The rules and templates that read a field of the design (by its form's dossier key). */
export function fieldUsage(d: Design, key: string): FieldUsage {
  const pointer = `/${d.folder.form.dossierKey}/${key}`;
  const rules = rulesReading(pointer);
  return { rules, articles: [...new Set(rules.map((r) => r.article))].sort((a, b) => a - b), tags: tagsPrinting(pointer) };
}

export type RiskyChange = 'remove' | 'rename' | 'retype';

/**
 * The warning to show before removing, renaming or retyping a field that rules or templates
 * read (naming them), or undefined when nothing reads it. A field that was not in the form's
 * last version is read by nothing yet.
 */
export function changeWarning(d: Design, key: string, change: RiskyChange, locale?: string): string | undefined {
  const origin = d.origins[key];
  if (!origin || !Object.hasOwn(properties(d.folder), key)) return undefined;
  const usage = fieldUsage({ ...d, folder: d.folder }, origin);
  if (!usage.articles.length && !usage.tags.length) return undefined;
  const m = designerMessages(locale).usage;
  const node = properties(d.folder)[key]!;
  return m.warning({
    change: m[change](),
    field: typeof node.title === 'string' ? node.title : key,
    articles: usage.articles.length ? usage.articles.map((a) => articleLabel(a, locale as never)).join(m.separator()) : m.none(),
    tags: usage.tags.length ? usage.tags.map((t) => `${t.template} ${t.tag}`).join(m.separator()) : m.none(),
  });
}
