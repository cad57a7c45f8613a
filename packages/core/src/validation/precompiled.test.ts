import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { conditionValidators, formValidators } from 'virtual:govforms/validators';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { generateValidatorsModule, loadForms } from '../../../../scripts/vite-plugins/precompiled-validators.js';
import { checkDefinition } from '../forms/check-definition.js';
import { createAjv } from './ajv.js';
import { boundaryValues, comparableErrors, mutatedSample, mutationPools } from '../../test-support/mutations.js';

const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const forms = loadForms(REPO_ROOT);
const sampleOf = (id: string): unknown => JSON.parse(readFileSync(join(REPO_ROOT, 'forms', id, 'sample.json'), 'utf8'));

test('every forms/*/form.json has a precompiled validator, with its version', () => {
  expect(Object.keys(formValidators).sort()).toEqual(forms.map((f) => f.id).sort());
  for (const f of forms) expect(formValidators[f.id]!.version).toBe(f.version);
});

test('the generated module is plain ESM: no eval, no Function, no require', () => {
  const { code } = generateValidatorsModule(REPO_ROOT);
  expect(code).not.toMatch(/new Function|\beval\(|\brequire\(/);
  expect(code).toMatch(/^import \{ formats as govformsFormats \} from ".*\/validation\/formats\.ts";$/m);
});

describe('precompiled validators run where eval is refused (CSP without unsafe-eval)', () => {
  const saved = { Function: globalThis.Function, eval: globalThis.eval };
  const refuse = () => { throw new EvalError('Refused to evaluate a string as JavaScript (unsafe-eval)'); };
  beforeEach(() => { Object.assign(globalThis, { Function: refuse, eval: refuse }); });
  afterEach(() => { Object.assign(globalThis, saved); });

  test('every form validates its sample, and reports errors on bad data', () => {
    for (const f of forms) {
      const { validate } = formValidators[f.id]!;
      expect(validate(sampleOf(f.id)), f.id).toBe(true);
      expect(validate({ unknownField: 1 }), f.id).toBe(false);
      expect(validate.errors?.length, f.id).toBeGreaterThan(0);
    }
  });
});

describe.each(forms)('form $id: precompiled and run-time compiled Ajv agree', (form) => {
  const sample = sampleOf(form.id);
  const runtime = createAjv({ validateSchema: false }).compile(form.schema);
  const { validate } = formValidators[form.id]!;

  test('the sample is valid for both', () => {
    expect(runtime(sample)).toBe(true);
    expect(validate(sample)).toBe(true);
  });

  test('on mutated samples: same validity, errors at the same paths with the same keywords (oneOf as enum)', () => {
    fc.assert(fc.property(mutatedSample(sample, form.schema), (data) => {
      const valid = runtime(data);
      expect(validate(data)).toBe(valid);
      expect(comparableErrors(validate.errors)).toEqual(comparableErrors(runtime.errors));
    }), { numRuns: 500 });
  });

  test('on values that are not a form at all', () => {
    for (const data of [undefined, null, 1, 'x', [], [{}], {}]) {
      expect(validate(data)).toBe(runtime(data));
      expect(comparableErrors(validate.errors)).toEqual(comparableErrors(runtime.errors));
    }
  });
});

describe('every uischema rule condition has a precompiled validator that agrees with Ajv', () => {
  const conditions = forms.flatMap((f) => checkDefinition({ form: {}, schema: f.schema, uischema: f.uischema }, []).conditions
    .map((c) => ({ form: f.id, formSchema: f.schema, ...c })));
  const ajv = createAjv({ validateSchema: false });

  test('the forms have rule conditions', () => expect(conditions.length).toBeGreaterThan(0));

  test.each(conditions)('forms/$form/uischema.json $pointer', ({ schema, formSchema }) => {
    const validate = conditionValidators[JSON.stringify(schema)];
    expect(validate).toBeTypeOf('function');
    const reference = ajv.compile(schema);
    // JSON Forms passes the value at the condition's scope, undefined when it is not filled in
    for (const v of [undefined, ...boundaryValues, ...mutationPools(formSchema).consts]) {
      expect(validate!(v), JSON.stringify(v)).toBe(reference(v));
    }
    fc.assert(fc.property(fc.jsonValue(), (v) => validate!(v) === reference(v)));
  });
});

test('rule conditions are found inside AND/OR conditions and nested layouts; LEAF conditions need no schema', () => {
  const leaf = (c: unknown) => ({ scope: '#/properties/a', schema: { const: c } });
  const schema = {
    type: 'object',
    properties: { a: { type: 'number' }, x: { type: 'string' }, list: { type: 'array', items: { type: 'object', properties: { a: { type: 'number' } } } } },
  };
  const uischema = {
    type: 'VerticalLayout',
    elements: [
      { type: 'Control', scope: '#/properties/x', rule: { effect: 'SHOW', condition: leaf(1) } },
      { type: 'Group', elements: [{ type: 'Control', scope: '#/properties/x', rule: { effect: 'HIDE', condition: { type: 'OR', conditions: [leaf(2), { type: 'AND', conditions: [leaf(3)] }] } } }] },
      { type: 'Control', scope: '#/properties/list', options: { detail: { type: 'VerticalLayout', elements: [{ type: 'Control', scope: '#/properties/a', rule: { effect: 'SHOW', condition: leaf(4) } }] } } },
      { type: 'Control', scope: '#/properties/x', rule: { effect: 'SHOW', condition: { scope: '#/properties/a', expectedValue: 5, type: 'LEAF' } } },
    ],
  };
  const { problems, conditions } = checkDefinition({ form: {}, schema, uischema }, []);
  expect(problems.filter((p) => p.file !== 'form.json')).toEqual([]);
  expect(conditions.map((c) => [c.pointer, c.schema])).toEqual([
    ['/elements/0/rule/condition/schema', { const: 1 }],
    ['/elements/1/elements/0/rule/condition/conditions/0/schema', { const: 2 }],
    ['/elements/1/elements/0/rule/condition/conditions/1/conditions/0/schema', { const: 3 }],
    ['/elements/2/options/detail/elements/0/rule/condition/schema', { const: 4 }],
  ]);
});

/** What building the validators of a forms/ folder holding `files` (and the document kinds) says: 'built' or the build error. */
function buildWith(files: Record<string, object>): string {
  const root = mkdtempSync(join(tmpdir(), 'govforms-forms-'));
  try {
    cpSync(join(REPO_ROOT, 'forms/document-kinds.json'), join(root, 'forms/document-kinds.json'));
    for (const [file, value] of Object.entries(files)) {
      mkdirSync(dirname(join(root, file)), { recursive: true });
      writeFileSync(join(root, file), JSON.stringify(value));
    }
    generateValidatorsModule(root);
    return 'built';
  } catch (e) {
    return (e as Error).message;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

describe('a schema that does not compile fails the build, naming the file and the JSON path, in zh-CN', () => {
  const broken = (schema: object, uischema: object = { type: 'VerticalLayout', elements: [] }) => buildWith({
    'forms/broken/form.json': { id: 'broken', version: '1.0.0', title: '损坏的表单', dossierKey: 'broken' },
    'forms/broken/schema.json': schema, 'forms/broken/uischema.json': uischema,
  });

  test('a keyword with a wrong value', () => {
    expect(broken({ type: 'object', properties: { amount: { type: 'money' } } }))
      .toBe('无法预编译表单校验：forms/broken/schema.json 的 /properties/amount/type：应为以下选项之一：array、boolean、integer、null、number、object、string');
  });
  test('an unknown format (Ajv would skip it and accept anything)', () => {
    expect(broken({ type: 'object', properties: { amount: { type: 'number', format: 'yaun' } } }))
      .toBe('无法预编译表单校验：forms/broken/schema.json 的 /properties/amount：未知的格式 "yaun"');
  });
  test('a reference to a definition that is not there', () => {
    expect(broken({ type: 'object', properties: { kind: { $ref: '#/definitions/documentKinds' } } }))
      .toBe('表单文件夹有 1 处问题，构建未完成：\n- forms/broken/schema.json /properties/kind/$ref：引用“#/definitions/documentKinds”指向的定义不存在');
  });
  test('a broken rule condition names the uischema and the rule', () => {
    const uischema = { type: 'VerticalLayout', elements: [{ type: 'Control', scope: '#/properties/a', rule: { effect: 'SHOW', condition: { scope: '#', schema: { minimum: 'one' } } } }] };
    expect(broken({ type: 'object', properties: { a: { type: 'number' } } }, uischema))
      .toBe('无法预编译表单校验：forms/broken/uischema.json 的 /elements/0/rule/condition/schema/minimum：应为数字');
  });
});

describe('a form folder that compiles but is not a form fails the build: each problem by file and JSON path, in zh-CN', () => {
  const survey = {
    'forms/survey/form.json': { id: 'survey', version: '1.0.0', title: '调查', dossierKey: 'survey' },
    'forms/survey/schema.json': { type: 'object', properties: { unit: { type: 'string', title: '单位', minLength: 1 } } },
    'forms/survey/uischema.json': { type: 'VerticalLayout', elements: [{ type: 'Control', scope: '#/properties/unit' }] },
    'forms/survey/sample.json': { unit: '宿迁市数据局' },
    'forms/survey/i18n/en.json': { fields: { unit: 'Unit' } },
  };

  test('the well-formed folder builds', () => expect(buildWith(survey)).toBe('built'));

  test('its form.json, uischema and i18n are checked as registerForm checks them', () => {
    const message = buildWith({
      ...survey,
      'forms/survey/form.json': { id: 'survey-2', version: '1.0.0', title: '调查', dossierKey: 'survey' },
      'forms/survey/uischema.json': { type: 'VerticalLayout', elements: [{ type: 'Control', scope: '#/properties/unti' }] },
      'forms/survey/i18n/en.json': { fields: { units: 'Unit' } },
    });
    expect(message).toMatch(/^表单文件夹有 3 处问题，构建未完成：/);
    expect(message).toContain('forms/survey/form.json /id：文件夹名“survey”与表单编号“survey-2”不一致');
    expect(message).toContain('forms/survey/uischema.json /elements/0/scope：scope“#/properties/unti”在 schema 中没有对应的字段');
    expect(message).toContain('forms/survey/i18n/en.json /fields/units：schema 中没有字段“units”');
  });

  test('its sample must validate', () => {
    expect(buildWith({ ...survey, 'forms/survey/sample.json': { unit: '' } }))
      .toBe('表单文件夹有 1 处问题，构建未完成：\n- forms/survey/sample.json /unit：示例数据不符合 schema：/unit：不能为空');
  });
});
