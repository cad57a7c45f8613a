/**
 * The built-in forms' validators as code written at build time (Ajv standalone mode), so a
 * page validates without `new Function` (its CSP may forbid 'unsafe-eval') and without
 * compiling schemas on load. `virtual:govforms/validators` exports
 *
 *   formValidators: { [form id]: { version, validate } }          every forms/<id>/form.json
 *   conditionValidators: { [JSON.stringify(condition.schema)]: validate }   every uischema rule
 *
 * The code imports its formats from packages/core/src/validation/formats.ts and Ajv's
 * run-time helpers from validation/standalone-runtime.ts: plain ES modules, no Ajv inside.
 * A schema that does not compile fails the build with the file and the JSON path.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv, { _ } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { normalizePath, type Plugin, type ViteDevServer } from 'vite';
import { formats } from '../../packages/core/src/validation/formats.js';
import { schemaForValidation } from '../../packages/core/src/validation/schema-for-validation.js';
import {
  checkDefinition, problemText, schemaErrorsAsProblems, type DefinitionProblem, type RuleCondition,
} from '../../packages/core/src/forms/check-definition.js';
import { withDocumentKinds, type DocumentKindEntry } from '../../packages/core/src/forms/document-kinds.js';
import { defineMessages } from '../../packages/core/src/i18n/catalogue.js';
import { isPlainObject as isObject } from '../../packages/core/src/read.js';
import { describeKeyword, type CoreMessages } from '../../packages/core/src/validation/describe-error.js';
import { compileCatalogue } from './message-catalogues.ts';

export const VIRTUAL_ID = 'virtual:govforms/validators';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
const VALIDATION_DIR = 'packages/core/src/validation';

type Json = Record<string, unknown>;

/** One form as the build reads it: forms/<id>/{form,schema,uischema}.json. */
export interface FormSource {
  /** Its folder under forms/ (the registry reads the id from form.json). */
  dir: string;
  id: string;
  version: string;
  /** The schema with the shared document kinds injected, as the registry does. */
  schema: Json;
  uischema: Json;
  /** Every file read, for the watcher. */
  files: string[];
  /** form.json as written. */
  meta: Json;
  sample?: Json;
  i18n: Record<string, unknown>;
  /** Names of its migration files ("1.0.0-to-2.0.0"). */
  migrations: string[];
}

class FormsError extends Error {}

let metaAjv: Ajv | undefined;

function readJson(root: string, file: string): Json {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(join(root, file), 'utf8'));
  } catch (e) {
    throw new FormsError(`无法读取 ${file}：${e instanceof Error ? e.message : String(e)}`);
  }
  if (!isObject(value)) throw new FormsError(`${file} 应为一个 JSON 对象`);
  return value;
}

/** Every forms/<id>/ that has a form.json, in name order, with document kinds injected. */
export function loadForms(root: string): FormSource[] {
  const kindsFile = 'forms/document-kinds.json';
  const kinds = readJson(root, kindsFile).kinds;
  if (!Array.isArray(kinds)) throw new FormsError(`${kindsFile} 应含有 kinds 列表`);
  const ids = readdirSync(join(root, 'forms'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(root, 'forms', d.name, 'form.json')))
    .map((d) => d.name)
    .sort();
  return ids.map((dir) => {
    const files = ['form', 'schema', 'uischema'].map((name) => `forms/${dir}/${name}.json`);
    const [meta, schema, uischema] = files.map((f) => readJson(root, f)) as [Json, Json, Json];
    if (typeof meta.id !== 'string' || typeof meta.version !== 'string') {
      throw new FormsError(`${files[0]} 应含有文本字段 id 和 version`);
    }
    const sampleFile = `forms/${dir}/sample.json`;
    const sample = existsSync(join(root, sampleFile)) ? readJson(root, sampleFile) : undefined;
    const i18n: Record<string, unknown> = {};
    const i18nDir = join(root, 'forms', dir, 'i18n');
    if (existsSync(i18nDir)) {
      for (const f of readdirSync(i18nDir).filter((f) => f.endsWith('.json'))) {
        i18n[f.slice(0, -'.json'.length)] = readJson(root, `forms/${dir}/i18n/${f}`);
        files.push(`forms/${dir}/i18n/${f}`);
      }
    }
    const migrationsDir = join(root, 'forms', dir, 'migrations');
    const migrations = existsSync(migrationsDir) ? readdirSync(migrationsDir).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)) : [];
    if (sample) files.push(sampleFile);
    return {
      // Forms point at the shared list with {"$ref": "#/definitions/documentKind"}, as the registry injects it.
      dir, id: meta.id, version: meta.version, schema: withDocumentKinds(schema, kinds as DocumentKindEntry[]), uischema, files: [kindsFile, ...files],
      meta, ...(sample && { sample }), i18n, migrations,
    };
  });
}

/** JSON pointers of the nodes whose $ref is `ref`: where a missing reference is written. */
function refPointers(node: unknown, ref: string, at = ''): string[] {
  if (Array.isArray(node)) return node.flatMap((n, i) => refPointers(n, ref, `${at}/${i}`));
  if (!isObject(node)) return [];
  const here = node.$ref === ref ? [`${at}/$ref`] : [];
  return [...here, ...Object.entries(node).flatMap(([k, v]) => refPointers(v, ref, `${at}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`))];
}

function compileFailure(file: string, path: string | undefined, why: string): FormsError {
  return new FormsError(`无法预编译表单校验：${file}${path ? ` 的 ${path}` : ''}：${why}`);
}

/**
 * Ajv as createAjv (validation/ajv.ts) configures it, less `verbose` (errors carry no schema
 * or data) and `messages` (the localizer words errors from keyword and params), plus code
 * generation. loopRequired: a `required` list of four or more (a form's top level, mostly) is
 * checked in a loop over the list, not one block per property: same errors in the same order,
 * ~1 KB gzip less. Shorter lists stay unrolled, which is faster for list items (a budget's rows
 * are validated thousands of times; looping over their 3 required names cost 25 %).
 */
function buildAjv(warnings: string[]): Ajv {
  return new Ajv({
    allErrors: true, strict: false, addUsedSchema: false, messages: false, loopRequired: 4,
    validateSchema: false, // compileInto checks the form's own schema first, naming the path
    formats, logger: { log() {}, warn: (m: unknown) => warnings.push(String(m)), error: (m: unknown) => warnings.push(String(m)) },
    code: { source: true, esm: true, formats: _`govformsFormats` },
  });
}

/** Checks `schema` against the meta-schema and compiles it under `key`; errors name `file`. */
function compileInto(ajv: Ajv, warnings: string[], key: string, schema: Json, file: string, at = ''): void {
  metaAjv ??= new Ajv({ strict: false });
  if (!metaAjv.validateSchema(schema)) {
    const [problem] = schemaErrorsAsProblems((metaAjv.errors ?? []).map((e) => ({ ...e, params: e.params as Record<string, unknown> })), zhMessages());
    throw compileFailure(file, `${at}${problem?.path ?? ''}` || '/', String(problem?.params?.message ?? ''));
  }
  warnings.length = 0;
  try {
    ajv.addSchema(schemaForValidation(schema), key);
    ajv.getSchema(key);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    const ref = /can't resolve reference (\S+)/.exec(why)?.[1];
    if (ref) throw compileFailure(file, refPointers(schema, ref).map((p) => at + p).join('、') || undefined, `找不到 $ref 引用的 ${ref}`);
    throw compileFailure(file, at || undefined, why);
  }
  // With strict: false Ajv only warns of an unknown format, and would then skip it.
  const [warning] = warnings;
  if (warning) {
    const format = /unknown format "([^"]*)"/.exec(warning)?.[1];
    const path = /at path "#([^"]*)"/.exec(warning)?.[1];
    throw compileFailure(file, path === undefined ? at || undefined : at + path, format === undefined ? warning : `未知的格式 "${format}"`);
  }
}

let zh: CoreMessages | undefined;
/** Core's zh-CN catalogue (locales/zh-CN/core.json), for the build's own errors. */
function zhMessages(): CoreMessages {
  if (!zh) {
    const file = new URL('../../locales/zh-CN/core.json', import.meta.url);
    const tree: unknown = JSON.parse(compileCatalogue(readFileSync(file, 'utf8'), 'locales/zh-CN/core.json'));
    zh = defineMessages<CoreMessages>({ 'locales/zh-CN/core.json': tree })('zh-CN') as CoreMessages;
  }
  return zh;
}

/** A folder's problems as the build reports them: zh-CN, naming the file and the JSON path. */
function folderProblems(dir: string, problems: readonly DefinitionProblem[]): string[] {
  return problems.map((p) => problemText({ ...p, file: `forms/${dir}/${p.file}` }, zhMessages()));
}

function refuse(problems: readonly string[]): never {
  throw new FormsError(`表单文件夹有 ${problems.length} 处问题，构建未完成：\n${problems.map((p) => `- ${p}`).join('\n')}`);
}

/**
 * What a build checks of every form folder besides compiling its schema: form.json (fields,
 * folder name, no clash with the other forms), every uischema scope and rule, every i18n key
 * (core's checkDefinition, the checks registerForm makes at run time). Returns each form's rule conditions.
 */
function checkFolders(forms: readonly FormSource[]): RuleCondition[][] {
  const problems: string[] = [];
  const conditions = forms.map((form) => {
    const others = forms.filter((f) => f !== form).map((f) => ({ id: f.id, dossierKey: String(f.meta.dossierKey) }));
    const checked = checkDefinition({ form: form.meta, schema: form.schema, uischema: form.uischema, i18n: form.i18n, migrations: form.migrations }, others);
    if (form.id !== form.dir) checked.problems.push({ file: 'form.json', path: '/id', code: 'folderName', params: { id: form.id, folder: form.dir } });
    problems.push(...folderProblems(form.dir, checked.problems));
    return checked.conditions;
  });
  if (problems.length) refuse(problems);
  return conditions;
}

/** Every sample validates against its (just compiled) schema. */
function checkSamples(ajv: Ajv, forms: readonly FormSource[]): void {
  const problems = forms.flatMap((form, i) => {
    const validate = ajv.getSchema(`form:${i}`);
    if (!form.sample || !validate || validate(form.sample)) return [];
    return folderProblems(form.dir, (validate.errors ?? []).map((e) => ({
      file: 'sample.json', path: e.instancePath, code: 'sampleInvalid',
      params: { label: e.instancePath || '/', message: describeKeyword(e, undefined, zhMessages()) },
    })));
  });
  if (problems.length) refuse(problems);
}

const RUNTIME_HELPER = /require\("ajv\/dist\/runtime\/(\w+)"\)\.default/g;
const RUNTIME_HELPERS = ['ucs2length', 'equal'];

/** The virtual module's code, and every file it was made from. */
export function generateValidatorsModule(root: string): { code: string; files: string[] } {
  const forms = loadForms(root);
  const conditions = checkFolders(forms);
  const warnings: string[] = [];
  const ajv = buildAjv(warnings);
  const refs: Record<string, string> = {};
  const formEntries: string[] = [];
  const conditionEntries = new Map<string, string>();
  forms.forEach((form, i) => {
    const name = `govformsForm${i}`;
    compileInto(ajv, warnings, `form:${i}`, form.schema, `forms/${form.dir}/schema.json`);
    refs[name] = `form:${i}`;
    formEntries.push(`${JSON.stringify(form.id)}: { version: ${JSON.stringify(form.version)}, validate: ${name} }`);
    for (const { schema, pointer } of conditions[i]!) {
      const key = JSON.stringify(schema);
      if (conditionEntries.has(key)) continue;
      const cname = `govformsCondition${conditionEntries.size}`;
      compileInto(ajv, warnings, `condition:${conditionEntries.size}`, schema, `forms/${form.dir}/uischema.json`, pointer);
      refs[cname] = `condition:${conditionEntries.size}`;
      conditionEntries.set(key, cname);
    }
  });

  checkSamples(ajv, forms);
  let code = standaloneCode(ajv, refs).replace(/^"use strict";/, '');
  for (const name of Object.keys(refs)) code = code.replace(`export const ${name} = `, `const ${name} = `);
  code = code.replace(RUNTIME_HELPER, (whole, helper: string) => {
    if (!RUNTIME_HELPERS.includes(helper)) {
      throw new FormsError(`预编译的表单校验需要 Ajv 的运行时函数 ${helper}：请在 ${VALIDATION_DIR}/standalone-runtime.ts 中提供它（${whole}）`);
    }
    return `govformsRuntime.${helper}`;
  });
  if (/\brequire\(/.test(code)) throw new FormsError(`预编译的表单校验代码中仍有 require()：${/require\([^)]*\)/.exec(code)?.[0]}`);

  const importPath = (file: string) => JSON.stringify(normalizePath(join(root, VALIDATION_DIR, file)));
  const conditionMap = [...conditionEntries].map(([key, name]) => `${JSON.stringify(key)}: ${name}`);
  return {
    code: [
      '// Generated by scripts/vite-plugins/precompiled-validators.ts from forms/*/ (Ajv standalone code).',
      `import { formats as govformsFormats } from ${importPath('formats.ts')};`,
      `import * as govformsRuntime from ${importPath('standalone-runtime.ts')};`,
      code,
      `export const formValidators = {\n  ${formEntries.join(',\n  ')},\n};`,
      `export const conditionValidators = {\n  ${conditionMap.join(',\n  ')},\n};`,
      '',
    ].join('\n'),
    files: [...new Set(forms.flatMap((f) => f.files))].map((f) => join(root, f)),
  };
}

/** A form file whose change (or appearance) changes the generated module. */
function isFormsFile(root: string, file: string): boolean {
  const rel = normalizePath(file).slice(normalizePath(root).replace(/\/$/, '').length + 1);
  return /^forms\/(document-kinds\.json|[^/]+\/(form|schema|uischema|sample)\.json|[^/]+\/i18n\/[^/]+\.json)$/.test(rel);
}

export function precompiledValidators(opts: { root: string }): Plugin {
  const invalidate = (server: ViteDevServer) => {
    for (const env of Object.values(server.environments)) {
      const mod = env.moduleGraph.getModuleById(RESOLVED_ID);
      if (mod) env.moduleGraph.invalidateModule(mod);
    }
    server.ws.send({ type: 'full-reload' });
  };
  return {
    name: 'govforms-precompiled-validators',
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : null;
    },
    load(id) {
      if (id !== RESOLVED_ID) return null;
      try {
        const { code, files } = generateValidatorsModule(opts.root);
        for (const file of files) this.addWatchFile(file);
        return { code, map: { mappings: '' } };
      } catch (e) {
        if (e instanceof FormsError) this.error(e.message);
        throw e;
      }
    },
    configureServer(server) {
      // A new forms/<id>/ folder must just work: watch the folder, not only the files read.
      server.watcher.add(join(opts.root, 'forms'));
      const onFile = (file: string) => { if (isFormsFile(opts.root, file)) invalidate(server); };
      server.watcher.on('add', onFile).on('unlink', onFile).on('change', onFile);
    },
  };
}
