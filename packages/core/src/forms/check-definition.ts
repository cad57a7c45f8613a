/**
 * Is a form folder (or a definition a portal registers) a form? The structural checks:
 * form.json's fields, clashes with the forms already there, every uischema scope and rule
 * resolving in the schema, every i18n key naming something that exists. Compiling the schema
 * and validating the sample are the caller's (they need Ajv): register-form.ts at run time,
 * scripts/vite-plugins/precompiled-validators.ts at build time. Pure: no bundled data, so the
 * build can run it in Node.
 */
import { isPlainObject } from '../read.js';
import { describeKeyword, type CoreMessages } from '../validation/describe-error.js';
import {
  encodePointerSegment, optionsOf, pointerOfKey, propertyKeys, resolveRef, schemaAt, scopeToPointer, type SchemaNode,
} from './schema-walk.js';

/** A message id of the catalogue's "definition" section, with its parameters. */
export interface DefinitionProblem {
  /** The part of the definition: "form.json", "schema.json", "uischema.json", "sample.json", "i18n/en.json". */
  file: string;
  /** JSON Pointer inside that part ("" for the whole part). */
  path: string;
  code: string;
  params?: Record<string, string | number>;
}

export interface KnownForm { id: string; dossierKey: string }

export const UI_ELEMENT_TYPES = ['Control', 'VerticalLayout', 'HorizontalLayout', 'Group', 'Categorization', 'Category', 'Label'];

const FORM_KEYS = new Set(['$comment', 'id', 'version', 'title', 'dossierKey', 'order']);
const I18N_SECTIONS = new Set(['fields', 'descriptions', 'options', 'steps', 'migrations']);
const ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const DOSSIER_KEY = /^[a-z][a-zA-Z0-9]*$/;
const VERSION = /^\d+\.\d+\.\d+$/;

const nonEmpty = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

function checkMeta(form: unknown, known: readonly KnownForm[], out: DefinitionProblem[]): void {
  const at = (path: string, code: string, params?: DefinitionProblem['params']) => out.push({ file: 'form.json', path, code, ...(params && { params }) });
  if (!isPlainObject(form)) return void at('', 'notObject');
  for (const key of Object.keys(form)) if (!FORM_KEYS.has(key)) at(`/${key}`, 'unknownKey', { key });
  const { id, version, title, dossierKey, order } = form;
  if (typeof id !== 'string' || !ID.test(id)) at('/id', 'badId');
  if (typeof version !== 'string' || !VERSION.test(version)) at('/version', 'badVersion');
  if (!nonEmpty(title)) at('/title', 'notText');
  if (typeof dossierKey !== 'string' || !DOSSIER_KEY.test(dossierKey)) at('/dossierKey', 'badDossierKey');
  if (order !== undefined && (typeof order !== 'number' || !Number.isFinite(order))) at('/order', 'badOrder');
  for (const other of known) {
    if (other.id === id) at('/id', 'duplicateId', { id: String(id) });
    else if (other.dossierKey === id) at('/id', 'idIsKey', { id: String(id), form: other.id });
    if (other.dossierKey === dossierKey && other.id !== id) at('/dossierKey', 'duplicateKey', { key: String(dossierKey), form: other.id });
    else if (other.id === dossierKey && other.id !== id) at('/dossierKey', 'keyIsId', { key: String(dossierKey), form: other.id });
  }
}

/** Every local $ref resolves (the one resolver is schema-walk's; a dangling one would only fail later). */
function checkRefs(root: SchemaNode, node: unknown, path: string, out: DefinitionProblem[]): void {
  if (Array.isArray(node)) return node.forEach((n, i) => checkRefs(root, n, `${path}/${i}`, out));
  if (!isPlainObject(node)) return;
  for (const [key, value] of Object.entries(node)) {
    if (key === '$ref' && typeof value === 'string' && value.startsWith('#')) {
      if (!resolveRef(root, { $ref: value })) out.push({ file: 'schema.json', path: `${path}/$ref`, code: 'badRef', params: { ref: value } });
    } else if (key !== 'const' && key !== 'enum' && key !== 'default' && key !== 'examples') {
      checkRefs(root, value, `${path}/${encodePointerSegment(key)}`, out);
    }
  }
}

/** A uischema rule's condition schema, and where it is in uischema.json. */
export interface RuleCondition { schema: Record<string, unknown>; pointer: string }

interface UiWalk { schema: SchemaNode; base: string; labels: Set<string>; conditions: RuleCondition[]; out: DefinitionProblem[] }

/** A scope relative to the data pointer `base` (details of a list are relative to its items). */
function resolveScope(w: UiWalk, scope: unknown): string | undefined {
  if (typeof scope !== 'string') return undefined;
  const pointer = scopeToPointer(scope);
  if (pointer === undefined) return undefined;
  const full = `${w.base}${pointer}`;
  return schemaAt(w.schema, full) ? full : undefined;
}

function checkUiElement(w: UiWalk, el: unknown, path: string): void {
  const at = (p: string, code: string, params?: DefinitionProblem['params']) => w.out.push({ file: 'uischema.json', path: p, code, ...(params && { params }) });
  if (!isPlainObject(el)) return void at(path, 'notObject');
  if (typeof el.type !== 'string' || !UI_ELEMENT_TYPES.includes(el.type)) {
    return void at(`${path}/type`, 'uiType', { type: String(el.type), known: UI_ELEMENT_TYPES.join(', ') });
  }
  if (el.label !== undefined) {
    if (typeof el.label === 'string') w.labels.add(el.label);
    else if (typeof el.label !== 'boolean' && !isPlainObject(el.label)) at(`${path}/label`, 'uiLabel');
  }
  if (el.rule !== undefined) checkRule(w, el.rule, `${path}/rule`);
  if (el.type === 'Control') {
    if (el.scope === undefined) return void at(path, 'uiNoScope');
    const pointer = resolveScope(w, el.scope);
    if (pointer === undefined) return void at(`${path}/scope`, 'uiScope', { scope: String(el.scope) });
    const detail = isPlainObject(el.options) ? el.options.detail : undefined;
    if (isPlainObject(detail)) checkUiElement({ ...w, base: `${pointer}/0` }, detail, `${path}/options/detail`);
    return;
  }
  if (el.type === 'Label') return;
  if (!Array.isArray(el.elements)) return void at(`${path}/elements`, 'uiElements');
  el.elements.forEach((child, i) => checkUiElement(w, child, `${path}/elements/${i}`));
}

function checkCondition(w: UiWalk, condition: unknown, path: string): boolean {
  if (!isPlainObject(condition)) return false;
  if (Array.isArray(condition.conditions)) {
    return condition.conditions.every((c, i) => checkCondition(w, c, `${path}/conditions/${i}`));
  }
  // A LEAF condition compares the value with `expectedValue`: no schema to compile.
  const leaf = condition.type === 'LEAF' || Object.hasOwn(condition, 'expectedValue');
  if (!leaf && !isPlainObject(condition.schema)) return false;
  if (!leaf) w.conditions.push({ schema: condition.schema as Record<string, unknown>, pointer: `${path}/schema` });
  if (condition.scope === '#') return true;
  if (resolveScope(w, condition.scope) === undefined) {
    w.out.push({ file: 'uischema.json', path: `${path}/scope`, code: 'uiScope', params: { scope: String(condition.scope) } });
  }
  return true;
}

function checkRule(w: UiWalk, rule: unknown, path: string): void {
  if (!isPlainObject(rule) || typeof rule.effect !== 'string' || !checkCondition(w, rule.condition, `${path}/condition`)) {
    w.out.push({ file: 'uischema.json', path, code: 'uiCondition' });
  }
}

function checkTranslation(schema: SchemaNode, labels: ReadonlySet<string>, migrations: ReadonlySet<string>, locale: string, words: unknown, out: DefinitionProblem[]): void {
  const file = `i18n/${locale}.json`;
  const at = (path: string, code: string, params?: DefinitionProblem['params']) => out.push({ file, path, code, ...(params && { params }) });
  try {
    Intl.getCanonicalLocales(locale);
  } catch {
    at('', 'i18nLocale', { locale });
  }
  if (!isPlainObject(words)) return void at('', 'notObject');
  const fields = new Set(propertyKeys(schema));
  for (const [section, table] of Object.entries(words)) {
    if (section === 'title') {
      if (!nonEmpty(table)) at('/title', 'notText');
      continue;
    }
    if (!I18N_SECTIONS.has(section)) {
      at(`/${section}`, 'unknownKey', { key: section });
      continue;
    }
    if (!isPlainObject(table)) {
      at(`/${section}`, 'i18nNotTable');
      continue;
    }
    for (const [key, text] of Object.entries(table)) {
      const path = `/${section}/${encodePointerSegment(key)}`;
      if (typeof text !== 'string') at(path, 'notText');
      else if ((section === 'fields' || section === 'descriptions') && !fields.has(key)) at(path, 'i18nField', { key });
      else if (section === 'options') checkOptionKey(schema, key, path, at);
      else if (section === 'steps' && !labels.has(key)) at(path, 'i18nStep', { step: key });
      else if (section === 'migrations' && !migrations.has(key)) at(path, 'i18nMigration', { name: key });
    }
  }
}

/** "applicant.kind.public-institution": the longest prefix that is a field, then one of its options. */
function checkOptionKey(schema: SchemaNode, key: string, path: string, at: (p: string, code: string, params?: DefinitionProblem['params']) => void): void {
  for (let dot = key.lastIndexOf('.'); dot > 0; dot = key.lastIndexOf('.', dot - 1)) {
    const field = key.slice(0, dot);
    const options = optionsOf(schema, schemaAt(schema, pointerOfKey(field)));
    if (!options) continue;
    const value = key.slice(dot + 1);
    if (!options.some((o) => String(o.value) === value)) at(path, 'i18nOption', { field, value });
    return;
  }
  at(path, 'i18nField', { key });
}

export interface DefinitionParts {
  form: unknown;
  /** The schema with shared definitions (document kinds) already in place. */
  schema: unknown;
  uischema: unknown;
  i18n?: unknown;
  /** Names of the form's migration files ("1.0.0-to-2.0.0"), for the i18n migrations section. */
  migrations?: readonly string[];
}

/** The structural problems of a form definition, and the rule-condition schemas of its uischema. */
export function checkDefinition(parts: DefinitionParts, known: readonly KnownForm[]): { problems: DefinitionProblem[]; conditions: RuleCondition[] } {
  const out: DefinitionProblem[] = [];
  checkMeta(parts.form, known, out);
  const schema = parts.schema;
  if (!isPlainObject(schema) || schema.type !== 'object' || !isPlainObject(schema.properties)) {
    out.push({ file: 'schema.json', path: '', code: 'schemaNotForm' });
    return { problems: out, conditions: [] };
  }
  checkRefs(schema, schema, '', out);
  const w: UiWalk = { schema, base: '', labels: new Set(), conditions: [], out };
  checkUiElement(w, parts.uischema, '');
  if (parts.i18n !== undefined) {
    if (!isPlainObject(parts.i18n)) out.push({ file: 'i18n', path: '', code: 'notObject' });
    else {
      const migrations = new Set(parts.migrations ?? []);
      for (const [locale, words] of Object.entries(parts.i18n)) checkTranslation(schema, w.labels, migrations, locale, words, out);
    }
  }
  return { problems: out, conditions: w.conditions };
}

/** A problem as one line: "uischema.json /elements/0/scope：scope“#/properties/x”在 schema 中没有对应的字段". */
export function problemText(p: DefinitionProblem, messages: CoreMessages): string {
  const m = messages.definition;
  const describe = (m as unknown as Record<string, ((params?: object) => string) | undefined>)[p.code];
  return m.problem({ file: p.file, path: p.path || m.root(), message: describe ? describe(p.params) : p.code });
}

/**
 * Why a schema is not a JSON Schema (Ajv's meta-schema errors) as problems of schema.json, one
 * per path (Ajv adds the anyOf/type noise of each failed alternative after the first, best error).
 */
export function schemaErrorsAsProblems(
  errors: readonly { instancePath: string; keyword: string; params: Record<string, unknown> }[], messages: CoreMessages,
): DefinitionProblem[] {
  const seen = new Set<string>();
  return errors.flatMap((e) => {
    if (seen.has(e.instancePath)) return [];
    seen.add(e.instancePath);
    const options = Array.isArray(e.params.allowedValues) ? e.params.allowedValues.map(String) : undefined;
    return [{ file: 'schema.json', path: e.instancePath, code: 'schemaInvalid', params: { message: describeKeyword(e, options, messages) } }];
  });
}
