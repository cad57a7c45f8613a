/**
 * Which Word template tags print a dossier field: the designer shows them on the field and
 * warns before the field is removed, renamed or retyped. Derived from the real templates and
 * mappers (each field set to two different values; a tag whose data differs prints it) and
 * committed as printed-fields.json (`npm run docs -w packages/docx`), which a test keeps equal
 * to the derivation. Not exported from the package's index: the derivation is for the test and
 * the docs script; the designer reads the JSON (`@govforms/docx/printed-fields.json`). List items are `*` ("/budget/items/*\/amount"), as in core's rule reads.
 */
import { listForms, readPattern, type FormDefinition } from '@govforms/core';
import { field as own, sampleDossier } from '@govforms/core';
import { docxMessages } from './messages.js';
import { documentData } from './render.js';
import { fieldKind, type Schema } from './schema-kind.js';
import type { TemplateDefinition } from './template-definition.js';
import { TEMPLATED_PART } from './template-errors.js';
import { templateSourceFiles } from './template-sources.js';
import { documentTemplates } from './templates.js';
import type { DocumentTemplateId } from './types.js';

export interface PrintingTag {
  template: DocumentTemplateId;
  /** As written in the template: "{application.totalInvestment}", "{#budget.items}". */
  tag: string;
}

export type PrintedFields = Record<string, PrintingTag[]>;

/** Tags that print every field or none of them: the checks (shown with their articles), provenance and digest. */
const NOT_FIELD_TAGS = new Set(['findings', 'provenance', 'formVersions', 'dossierDigest', 'checkedOn']);
const TAG = /\{([#/^]?)([^{}]+)\}/g;

/** The tags a template uses outside loops, and its loops (the tags inside a loop read its rows). */
function templateTags(id: string): string[] {
  const tags = new Set<string>();
  for (const [part, xml] of Object.entries(templateSourceFiles(id))) {
    if (!TEMPLATED_PART.test(part)) continue;
    let depth = 0;
    for (const [, prefix, raw] of xml.matchAll(TAG)) {
      const tag = raw!.trim();
      if (prefix === '/') { depth--; continue; }
      if (depth === 0 && !NOT_FIELD_TAGS.has(tag)) tags.add(prefix ? `{#${tag}}` : `{${tag}}`);
      if (prefix) depth++;
    }
  }
  return [...tags];
}

function valueOf(data: unknown, tag: string): unknown {
  return tag.replace(/^\{#?|\}$/g, '').split('.').reduce((v, key) => own(v, key), data);
}

interface Leaf { pointer: string[]; values: [unknown, unknown] }

/** Every field of a form schema with two values that read differently, list items at index 0. */
function leavesOf(form: FormDefinition, schema: Schema, at: string[], into: Leaf[]): void {
  const kind = fieldKind(schema, form.schema);
  const two = (): [unknown, unknown] | undefined => {
    switch (kind.kind) {
      case 'text': return ['甲', '乙'];
      case 'money': return [1234.56, 2345.67];
      case 'number': return kind.integer ? [3, 4] : [3.5, 4.5];
      case 'date': return ['2031-03-04', '2032-05-06'];
      case 'boolean': return [true, false];
      case 'enum': { const [a, b] = [...kind.labels.keys()]; return [a, b]; }
      default: return undefined;
    }
  };
  if (kind.kind === 'object') {
    for (const [key, child] of kind.properties) leavesOf(form, child, [...at, key], into);
  } else if (kind.kind === 'list') {
    const item = fieldKind(kind.items, form.schema);
    if (item.kind === 'object') return leavesOf(form, kind.items, [...at, '0'], into);
    const [a, b] = item.kind === 'enum' ? [...item.labels.keys()] : ['甲', '乙'];
    into.push({ pointer: at, values: [[a], [b]] });
  } else {
    const values = two();
    if (values) into.push({ pointer: at, values });
  }
}

function withValue(base: unknown, pointer: string[], value: unknown): unknown {
  const copy = structuredClone(base) as Record<string, unknown>;
  let node: any = copy;
  pointer.forEach((seg, i) => {
    if (i === pointer.length - 1) return void (node[seg] = value);
    const next = pointer[i + 1]!;
    const container = node[seg];
    if (typeof container !== 'object' || container === null) node[seg] = /^\d+$/.test(next) ? [] : {};
    if (Array.isArray(node[seg]) && /^\d+$/.test(next) && node[seg].length === 0) node[seg].push({});
    node = node[seg];
  });
  return copy;
}

/** The derivation: for every field of every built-in form, the tags of every template whose data it changes. */
export function derivePrintedFields(): PrintedFields {
  const base = sampleDossier();
  const today = '2026-06-01';
  const templates = documentTemplates.map((def) => ({ def, tags: templateTags(def.id) }));
  const dataOf = (dossier: unknown, def: TemplateDefinition) =>
    documentData(def, dossier, today, { warnings: [], locale: undefined, messages: docxMessages() });
  const out: PrintedFields = {};
  for (const form of listForms()) {
    const leaves: Leaf[] = [];
    leavesOf(form, form.schema, [form.dossierKey], leaves);
    for (const { pointer, values } of leaves) {
      const [a, b] = values.map((v) => withValue(base, pointer, v));
      const printing: PrintingTag[] = [];
      for (const { def, tags } of templates) {
        const [da, db] = [dataOf(a, def), dataOf(b, def)];
        for (const tag of tags) {
          if (JSON.stringify(valueOf(da, tag)) !== JSON.stringify(valueOf(db, tag))) printing.push({ template: def.id, tag });
        }
      }
      if (printing.length) out[readPattern(`/${pointer.join('/')}`)] = printing;
    }
  }
  return out;
}
