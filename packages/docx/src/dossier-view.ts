/**
 * The dossier as a document shows it: the same shape as the dossier, one entry for every
 * field of every form schema (so a tag never depends on what the applicant happened to
 * fill in), each value formatted for reading: money "1,500,000.30 元", dates "2024年1月1日",
 * options by their Chinese label, booleans 是/否, missing values "（未填写）". Only own
 * properties the schema names are read: `__proto__` keys and extra fields are ignored.
 */
import { formatFen, formatFenAsWan, isIsoDate, listForms, yuanToFen, type FormDefinition } from '@govforms/core';
import { documentWords as w, docxText } from './messages.js';
import { fieldKind, titleOf, type FieldKind, type Schema } from './schema-kind.js';
import { own } from './own.js';
import { cleanText } from './text.js';
import { AS_TEXT, withText, type ViewObject } from './view-text.js';
import type { RenderWarning } from './types.js';

export interface ViewContext {
  warnings: RenderWarning[];
  locale: 'zh-CN' | 'en';
}

interface Field { root: Schema; path: string; label: string }

function warn(ctx: ViewContext, path: string, message: string): void {
  ctx.warnings.push({ path, message });
}

/** Text the applicant typed, cleaned of characters XML cannot hold (with a warning). */
export function literal(value: string, ctx: ViewContext, f: Pick<Field, 'path' | 'label'>): string {
  const { text, changed } = cleanText(value);
  if (changed) warn(ctx, f.path, docxText(ctx.locale).warnInvalidChars(f.label));
  return text;
}

/** A value of the wrong type: scalars shown as typed, anything else as not filled in. */
function wrongType(value: unknown, expected: keyof typeof w.expected, ctx: ViewContext, f: Field): string {
  const t = docxText(ctx.locale);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    warn(ctx, f.path, t.warnWrongType(f.label, t.expected[expected]));
    return literal(String(value), ctx, f);
  }
  warn(ctx, f.path, t.warnUnreadable(f.label, t.expected[expected]));
  return w.notFilled;
}

export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return w.date(y, m, d);
}

function scalar(kind: FieldKind, value: unknown, ctx: ViewContext, f: Field): string {
  if (value === undefined || value === null) return w.notFilled;
  switch (kind.kind) {
    case 'text':
      return typeof value === 'string' ? (value.trim() === '' ? w.notFilled : literal(value, ctx, f)) : wrongType(value, 'text', ctx, f);
    case 'date':
      return isIsoDate(value) ? formatDate(value) : wrongType(value, 'date', ctx, f);
    case 'boolean':
      return typeof value === 'boolean' ? (value ? w.yes : w.no) : wrongType(value, 'boolean', ctx, f);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) && (!kind.integer || Number.isInteger(value))
        ? String(value) : wrongType(value, kind.integer ? 'integer' : 'number', ctx, f);
    case 'enum': {
      if (typeof value !== 'string') return wrongType(value, 'text', ctx, f);
      const label = kind.labels.get(value);
      if (label !== undefined) return label;
      warn(ctx, f.path, docxText(ctx.locale).warnUnknownOption(f.label, value));
      return literal(value, ctx, f);
    }
    default:
      return w.notFilled;
  }
}

/** Sets `key` (and for money `keyWan`, `keyFigure`) on `into`. */
function setField(into: ViewObject, key: string, schema: Schema, value: unknown, ctx: ViewContext, f: Field): void {
  const kind = fieldKind(schema, f.root);
  if (kind.kind === 'money') {
    const fen = yuanToFen(value);
    if (fen !== undefined) {
      into[key] = w.yuan(formatFen(fen));
      into[`${key}Wan`] = w.wan(formatFenAsWan(fen));
      into[`${key}Figure`] = formatFen(fen);
    } else {
      const shown = value === undefined || value === null ? w.notFilled : wrongType(value, 'money', ctx, f);
      into[key] = shown;
      into[`${key}Wan`] = shown;
      into[`${key}Figure`] = shown;
    }
    return;
  }
  into[key] = build(kind, schema, value, ctx, f);
}

function build(kind: FieldKind, schema: Schema, value: unknown, ctx: ViewContext, f: Field): unknown {
  if (kind.kind === 'object') {
    const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
    if (value !== undefined && value !== null && !isObject) {
      warn(ctx, f.path, docxText(ctx.locale).warnUnreadable(f.label, docxText(ctx.locale).expected.object));
    }
    return buildObject(kind, isObject ? value : undefined, ctx, f);
  }
  if (kind.kind === 'list') {
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) {
      const shown = wrongType(value, 'list', ctx, f);
      return shown === w.notFilled ? [] : shown;
    }
    const itemKind = fieldKind(kind.items, f.root);
    return value.map((item, i) => {
      const at: Field = { root: f.root, path: `${f.path}/${i}`, label: `${f.label}第${i + 1}项` };
      if (itemKind.kind === 'money') {
        const fen = yuanToFen(item);
        return fen === undefined ? wrongType(item, 'money', ctx, at) : w.yuan(formatFen(fen));
      }
      const built = build(itemKind, kind.items, item, ctx, at);
      // Rows of a list carry their 1-based number for a 序号 column: {no}.
      if (itemKind.kind === 'object') (built as ViewObject).no = String(i + 1);
      return built;
    });
  }
  return scalar(kind, value, ctx, f);
}

function buildObject(kind: Extract<FieldKind, { kind: 'object' }>, value: unknown, ctx: ViewContext, f: Field): ViewObject {
  const view: ViewObject = {};
  const labels: [key: string, label: string][] = [];
  for (const [key, schema] of kind.properties) {
    const title = titleOf(schema, key);
    const at: Field = { root: f.root, path: `${f.path}/${key}`, label: f.label ? `${f.label}${w.labelSeparator}${title}` : title };
    setField(view, key, schema, own(value, key), ctx, at);
    labels.push([key, title]);
  }
  return withText(view, () => labels
    .map(([key, title]) => [title, view[key]] as const)
    .filter(([, v]) => v !== w.notFilled && !(Array.isArray(v) && v.length === 0))
    .map(([title, v]) => w.labelled(title, textOfValue(v)))
    .join(w.fieldSeparator));
}

/** Plain text of any view value: lists joined with 、 (lists of groups one per line). */
export function textOfValue(v: unknown): string {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) {
    if (v.length === 0) return w.notFilled;
    const parts = v.map(textOfValue);
    return parts.join(v.some((x) => typeof x === 'object' && x !== null) ? '\n' : w.listSeparator);
  }
  if (typeof v === 'object' && v !== null && AS_TEXT in v) return (v as { [AS_TEXT]: () => string })[AS_TEXT]() || w.notFilled;
  if (v === undefined || v === null) return w.notFilled;
  return String(v);
}

/** One form's section of the dossier as shown in documents. */
export function sectionView(form: FormDefinition, value: unknown, ctx: ViewContext): ViewObject {
  const kind = fieldKind(form.schema, form.schema);
  if (kind.kind !== 'object') return {};
  return buildObject(kind, typeof value === 'object' && value !== null && !Array.isArray(value) ? value : undefined, ctx,
    { root: form.schema, path: `/${form.dossierKey}`, label: '' });
}

/**
 * Every form's section, keyed as in the dossier. Sections in `expected` that the dossier
 * lacks (or that are not objects) are reported as warnings.
 */
export function dossierView(dossier: unknown, expected: readonly string[], ctx: ViewContext): ViewObject {
  const view: ViewObject = {};
  for (const form of listForms()) {
    const value = own(dossier, form.dossierKey);
    const usable = typeof value === 'object' && value !== null && !Array.isArray(value);
    if (!usable && expected.includes(form.dossierKey)) {
      ctx.warnings.push({ path: `/${form.dossierKey}`, message: docxText(ctx.locale).warnSectionMissing(form.title) });
    }
    view[form.dossierKey] = sectionView(form, usable ? value : undefined, ctx);
  }
  return view;
}
