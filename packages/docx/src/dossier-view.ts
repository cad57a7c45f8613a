/**
 * The dossier as a document shows it: the same shape as the dossier, one entry for every
 * field of every form schema (so a tag never depends on what the applicant happened to
 * fill in), each value formatted for reading: money "1,500,000.30 元", dates "2024年1月1日",
 * options by their Chinese label, booleans 是/否, missing values "（未填写）". Only own
 * properties the schema names are read: `__proto__` keys and extra fields are ignored.
 * Warnings name fields with core's labels, in the caller's locale.
 */
import {
  encodePointerSegment, fieldLabel, fieldTitle, formTitle, formatFen, formatFenAsWan, isIsoDate, isPlainObject, listForms, yuanToFen,
  type FormDefinition, type Locale,
} from '@govforms/core';
import { documentWords as w, sharedWords as sw, type DocxMessages } from './messages.js';
import { fieldKind, type FieldKind, type Schema } from './schema-kind.js';
import { field as own } from '@govforms/core';
import { cleanText } from './text.js';
import { AS_TEXT, withText, type ViewObject } from './view-text.js';
import type { RenderWarning } from './types.js';

export interface ViewContext {
  warnings: RenderWarning[];
  locale: Locale | undefined;
  /** docx's words in `locale`, for warnings. */
  messages: DocxMessages;
}

/** A field being shown: its form and its JSON Pointer in the form's data. */
interface Field { form: FormDefinition; pointer: string }

type Expected = keyof DocxMessages['expected'];

// Words used for every field: formatted once.
const NOT_FILLED = w.notFilled();
const YES = sw.yes();
const NO = sw.no();
const LIST_SEPARATOR = sw.listSeparator();
const LABEL_SEPARATOR = sw.labelSeparator();
const FIELD_SEPARATOR = sw.clauseSeparator();

export const notFilled = NOT_FILLED;

const pathOf = (f: Field) => `/${f.form.dossierKey}${f.pointer}`;
const labelOf = (f: Field, ctx: ViewContext) => fieldLabel(f.form, f.pointer, ctx.locale);
const child = (f: Field, key: string | number): Field => ({ form: f.form, pointer: `${f.pointer}/${typeof key === 'number' ? key : encodePointerSegment(key)}` });

/**
 * Text the applicant typed, cleaned of characters XML cannot hold, with a warning at `path`
 * naming `label()` (computed only then).
 */
export function literal(value: string, ctx: ViewContext, path: string, label: () => string): string {
  const { text, changed } = cleanText(value);
  if (changed) ctx.warnings.push({ path, message: ctx.messages.warnings.invalidChars({ field: label() }) });
  return text;
}

const fieldLiteral = (value: string, ctx: ViewContext, f: Field) => literal(value, ctx, pathOf(f), () => labelOf(f, ctx));

/** A value of the wrong type: scalars shown as typed, anything else as not filled in. */
function wrongType(value: unknown, expected: Expected, ctx: ViewContext, f: Field): string {
  const m = ctx.messages;
  const params = { field: labelOf(f, ctx), expected: m.expected[expected]() };
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    ctx.warnings.push({ path: pathOf(f), message: m.warnings.wrongType(params) });
    return fieldLiteral(String(value), ctx, f);
  }
  ctx.warnings.push({ path: pathOf(f), message: m.warnings.unreadable(params) });
  return NOT_FILLED;
}

export function formatDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return w.date({ year, month, day });
}

function scalar(kind: FieldKind, value: unknown, ctx: ViewContext, f: Field): string {
  if (value === undefined || value === null) return NOT_FILLED;
  switch (kind.kind) {
    case 'text':
      return typeof value === 'string' ? (value.trim() === '' ? NOT_FILLED : fieldLiteral(value, ctx, f)) : wrongType(value, 'text', ctx, f);
    case 'date':
      return isIsoDate(value) ? formatDate(value) : wrongType(value, 'date', ctx, f);
    case 'boolean':
      return typeof value === 'boolean' ? (value ? YES : NO) : wrongType(value, 'boolean', ctx, f);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) && (!kind.integer || Number.isInteger(value))
        ? String(value) : wrongType(value, kind.integer ? 'integer' : 'number', ctx, f);
    case 'enum': {
      if (typeof value !== 'string') return wrongType(value, 'text', ctx, f);
      const label = kind.labels.get(value);
      if (label !== undefined) return label;
      ctx.warnings.push({ path: pathOf(f), message: ctx.messages.warnings.unknownOption({ field: labelOf(f, ctx), value }) });
      return fieldLiteral(value, ctx, f);
    }
    default:
      return NOT_FILLED;
  }
}

export const yuanText = (fen: number) => sw.yuan({ amount: formatFen(fen) });
export const wanText = (fen: number) => sw.wan({ amount: formatFenAsWan(fen) });

/** Sets `key` (and for money `keyWan`, `keyFigure`) on `into`. */
function setField(into: ViewObject, key: string, schema: Schema, value: unknown, ctx: ViewContext, f: Field): void {
  const kind = fieldKind(schema, f.form.schema);
  if (kind.kind === 'money') {
    const fen = yuanToFen(value);
    if (fen !== undefined) {
      into[key] = yuanText(fen);
      into[`${key}Wan`] = wanText(fen);
      into[`${key}Figure`] = formatFen(fen);
    } else {
      const shown = value === undefined || value === null ? NOT_FILLED : wrongType(value, 'money', ctx, f);
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
    if (value !== undefined && value !== null && !isPlainObject(value)) {
      ctx.warnings.push({ path: pathOf(f), message: ctx.messages.warnings.unreadable({ field: labelOf(f, ctx), expected: ctx.messages.expected.object() }) });
    }
    return buildObject(kind, isPlainObject(value) ? value : undefined, ctx, f);
  }
  if (kind.kind === 'list') {
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) {
      const shown = wrongType(value, 'list', ctx, f);
      return shown === NOT_FILLED ? [] : shown;
    }
    const itemKind = fieldKind(kind.items, f.form.schema);
    return value.map((item, i) => {
      const at = child(f, i);
      if (itemKind.kind === 'money') {
        const fen = yuanToFen(item);
        return fen === undefined ? wrongType(item, 'money', ctx, at) : yuanText(fen);
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
  for (const [key, schema] of kind.properties) setField(view, key, schema, own(value, key), ctx, child(f, key));
  // As one line ("名称：内容；…"), with the fields' own titles: only when a template asks for it.
  return withText(view, () => kind.properties
    .map(([key]) => [key, view[key]] as const)
    .filter(([, v]) => v !== NOT_FILLED && !(Array.isArray(v) && v.length === 0))
    .map(([key, v]) => `${fieldTitle(f.form, child(f, key).pointer)}${LABEL_SEPARATOR}${textOfValue(v)}`)
    .join(FIELD_SEPARATOR));
}

/** Plain text of any view value: lists joined with 、 (lists of groups one per line). */
export function textOfValue(v: unknown): string {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) {
    if (v.length === 0) return NOT_FILLED;
    const parts = v.map(textOfValue);
    return parts.join(v.some((x) => typeof x === 'object' && x !== null) ? '\n' : LIST_SEPARATOR);
  }
  if (typeof v === 'object' && v !== null && AS_TEXT in v) return (v as { [AS_TEXT]: () => string })[AS_TEXT]() || NOT_FILLED;
  if (v === undefined || v === null) return NOT_FILLED;
  return String(v);
}

/** One form's section of the dossier as shown in documents. */
export function sectionView(form: FormDefinition, value: unknown, ctx: ViewContext): ViewObject {
  const kind = fieldKind(form.schema, form.schema);
  if (kind.kind !== 'object') return {};
  return buildObject(kind, isPlainObject(value) ? value : undefined, ctx, { form, pointer: '' });
}

/**
 * Every form's section, keyed as in the dossier. Sections in `expected` that the dossier
 * lacks (or that are not objects) are reported as warnings.
 */
export function dossierView(dossier: unknown, expected: readonly string[], ctx: ViewContext): ViewObject {
  const view: ViewObject = {};
  for (const form of listForms()) {
    const value = own(dossier, form.dossierKey);
    const usable = isPlainObject(value);
    if (!usable && expected.includes(form.dossierKey)) {
      ctx.warnings.push({ path: `/${form.dossierKey}`, message: ctx.messages.warnings.sectionMissing({ section: formTitle(form, ctx.locale) }) });
    }
    view[form.dossierKey] = sectionView(form, usable ? value : undefined, ctx);
  }
  return view;
}
