import type { ErrorObject, ValidateFunction } from 'ajv';
import { documentKinds, getForm } from '../forms/registry.js';
import type { FormDefinition, FormId, JsonSchema, Locale, ValidationError, ValidationResult } from '../types.js';
import { createAjv } from './ajv.js';
import { validationCatalog } from './messages.js';

type SchemaNode = Record<string, unknown>;

const compiled = new Map<string, ValidateFunction>();
let sharedAjv: ReturnType<typeof createAjv> | undefined;

/** The compiled validator of a form, compiled once per form version and reused. */
export function validatorFor(form: FormDefinition): ValidateFunction {
  const key = `${form.id}@${form.version}`;
  let validate = compiled.get(key);
  if (!validate) {
    sharedAjv ??= createAjv({ validateSchema: false });
    validate = sharedAjv.compile(form.schema);
    compiled.set(key, validate);
  }
  return validate;
}

function isNode(v: unknown): v is SchemaNode {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function ownNode(o: unknown, key: string): SchemaNode | undefined {
  if (!isNode(o) || !Object.hasOwn(o, key)) return undefined;
  const v = o[key];
  return isNode(v) ? v : undefined;
}

/** Follows local "#/definitions/x" references. */
function deref(root: JsonSchema, node: SchemaNode | undefined): SchemaNode | undefined {
  const ref = node?.$ref;
  if (typeof ref !== 'string' || !ref.startsWith('#/')) return node;
  let target: unknown = root;
  for (const seg of ref.slice(2).split('/')) target = ownNode(target, seg);
  return isNode(target) ? target : undefined;
}

function decodeSegment(s: string): string {
  return s.replace(/~1/g, '/').replace(/~0/g, '~');
}

function encodeSegment(s: string): string {
  return s.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** "applicant.name" for /applicant/name, "items.amount" for /items/3/amount: translation keys. */
function translationKey(pointer: string): string {
  return pointer.split('/').slice(1).map(decodeSegment).filter((seg) => !/^\d+$/.test(seg)).join('.');
}

/** "申报单位·单位名称" or "费用明细第3项·金额": the field's titles along its path. */
function labelAt(form: FormDefinition, pointer: string, locale: Locale): string {
  const cat = validationCatalog[locale];
  const en = locale === 'en' ? form.translations.en.fields : undefined;
  const root = form.schema;
  const labels: string[] = [];
  const keys: string[] = [];
  let node: SchemaNode | undefined = root;
  for (const raw of pointer.split('/').slice(1)) {
    const seg = decodeSegment(raw);
    node = deref(root, node);
    if (node && (node.type === 'array' || 'items' in node) && /^\d+$/.test(seg)) {
      const item = cat.itemLabel(Number(seg));
      if (labels.length) labels[labels.length - 1] += item;
      else labels.push(item);
      node = ownNode(node, 'items');
    } else {
      keys.push(seg);
      const child = ownNode(ownNode(node, 'properties'), seg);
      const translated = en && Object.hasOwn(en, keys.join('.')) ? en[keys.join('.')] : undefined;
      labels.push(translated ?? (typeof child?.title === 'string' ? child.title : seg));
      node = child;
    }
  }
  if (labels.length) return labels.join(cat.fieldSeparator);
  return locale === 'en' ? form.titleEn : form.title;
}

/** Labels of the allowed values of a oneOf-of-consts or enum schema, in the locale. */
function optionLabels(form: FormDefinition, schema: SchemaNode | undefined, pointer: string, locale: Locale): string[] | undefined {
  const s = deref(form.schema, schema);
  const en = form.translations.en.options;
  const key = translationKey(pointer);
  const label = (o: SchemaNode) => {
    if (locale !== 'en') return String(o.title ?? o.const);
    const kind = documentKinds.find((k) => k.const === o.const && k.title === o.title);
    if (kind) return kind.titleEn;
    return Object.hasOwn(en, `${key}.${String(o.const)}`) ? en[`${key}.${String(o.const)}`]! : String(o.const);
  };
  if (Array.isArray(s?.oneOf)) return s.oneOf.map((o: unknown) => (isNode(o) ? label(o) : String(o)));
  if (Array.isArray(s?.enum)) return s.enum.map(String);
  if (s && 'const' in s) return [String(s.const)];
  return undefined;
}

function errorPath(e: ErrorObject): string {
  const p = e.params as Record<string, unknown>;
  if (e.keyword === 'required') return `${e.instancePath}/${encodeSegment(String(p.missingProperty))}`;
  if (e.keyword === 'additionalProperties') return `${e.instancePath}/${encodeSegment(String(p.additionalProperty))}`;
  return e.instancePath;
}

/**
 * Drops errors that only repeat another: the "must match then" of if/then (its inner
 * `required` says it better) and the per-branch failures under a oneOf, which is
 * reported once with its options.
 */
function usefulErrors(errors: ErrorObject[]): ErrorObject[] {
  const oneOfPaths = errors.filter((e) => e.keyword === 'oneOf').map((e) => `${e.instancePath}|${e.schemaPath}/`);
  return errors.filter(
    (e) => e.keyword !== 'if' && !oneOfPaths.some((p) => `${e.instancePath}|${e.schemaPath}`.startsWith(p)),
  );
}

export function localizeErrors(form: FormDefinition, errors: ErrorObject[], locale: Locale): ValidationError[] {
  const cat = validationCatalog[locale];
  const sep = locale === 'en' ? ': ' : '：';
  return usefulErrors(errors).map((e) => {
    const path = errorPath(e);
    // An unknown field is named by its key, at the level of the object that holds it.
    const labelPath = e.keyword === 'additionalProperties' ? e.instancePath : path;
    const options = ['oneOf', 'enum', 'const'].includes(e.keyword)
      ? optionLabels(form, isNode(e.parentSchema) ? e.parentSchema : undefined, e.instancePath, locale)
      : undefined;
    const text = cat.describe({ keyword: e.keyword, params: e.params as Record<string, unknown>, options });
    return { path, keyword: e.keyword, message: `${labelAt(form, labelPath, locale)}${sep}${text}` };
  });
}

/**
 * Validates form data against the form's schema. Messages name the field by its title and
 * the path is a JSON Pointer ("/applicant/name"). Throws a GovformsError for an unknown form id.
 */
export function validateForm(id: FormId, data: unknown, opts: { locale?: Locale } = {}): ValidationResult {
  const form = getForm(id);
  const validate = validatorFor(form);
  if (validate(data)) return { valid: true, errors: [] };
  return { valid: false, errors: localizeErrors(form, validate.errors ?? [], opts.locale ?? 'zh-CN') };
}
