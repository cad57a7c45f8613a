import { describe, expect, it, test } from 'vitest';
import { checkDossier } from '../check-dossier.js';
import { govformsErrorOf } from '../../test-support/errors.js';
import { surveyForm as survey } from '../../test-support/survey-form.js';
import { validateForm } from '../validation/validate-form.js';
import { ruleConditions } from '../validation/validators.js';
import { fieldLabel, formTitle, optionLabel, stepLabel } from './labels.js';
import { dossierKeys, findForm, getForm, listForms, sampleDossier } from './registry.js';
import { checkFormFiles, registerForm } from './register-form.js';

describe('a form registered at run time works like a built-in one', () => {
  const def = registerForm(survey('satisfaction-survey', 'satisfactionSurvey'));

  test('it is listed, found, and holds a section of the dossier', () => {
    expect(def.builtIn).toBe(false);
    expect(listForms().map((f) => f.id)).toContain('satisfaction-survey');
    expect(getForm('satisfaction-survey')).toBe(def);
    expect(dossierKeys()).toContain('satisfactionSurvey');
    expect(Object.keys(sampleDossier())).not.toContain('satisfactionSurvey');
  });

  test('it validates with labels from its own schema and i18n, shared document kinds included', () => {
    expect(validateForm('satisfaction-survey', { unit: '数据局', rating: 'good' })).toEqual({ valid: true, errors: [] });
    expect(validateForm('satisfaction-survey', { rating: 'meh', attachments: ['nope'] }).errors).toEqual([
      { path: '/unit', keyword: 'required', label: '单位名称', message: '为必填项' },
      { path: '/rating', keyword: 'enum', label: '总体评价', message: '应为以下选项之一：满意、不满意' },
      { path: '/attachments/0', keyword: 'enum', label: '附件第1项', message: expect.stringMatching(/^应为以下选项之一：项目申报表、建设方案、/) },
    ]);
    expect(validateForm('satisfaction-survey', { unit: 'x', rating: 'meh' }, { locale: 'en' }).errors[0]).toMatchObject({
      label: 'Overall rating', message: 'must be one of: Satisfied, Not satisfied',
    });
    expect(formTitle(def, 'en')).toBe('Satisfaction survey');
    expect(fieldLabel(def, '/reason', 'en')).toBe('不满意的原因');
    expect(optionLabel(def, '/rating', 'bad', 'en')).toBe('Not satisfied');
    expect(stepLabel(def, '评价', 'en')).toBe('Rating');
  });

  test('its rule conditions are compiled at registration', () => {
    expect(ruleConditions.validate({ const: 'bad' }, 'bad')).toBe(true);
    expect(ruleConditions.validate({ const: 'bad' }, 'good')).toBe(false);
  });

  test('checking a dossier with its section never throws', () => {
    expect(() => checkDossier({ satisfactionSurvey: { unit: 'x' } }, { today: '2026-11-28' })).not.toThrow();
  });
});

describe('a broken definition is refused with a zh-CN message naming the part and the path; the forms already there keep working', () => {
  const refused = (def: unknown) => {
    const before = listForms().length;
    const e = govformsErrorOf(() => registerForm(def as never));
    expect(e.code).toBe('invalid-form-definition');
    expect(listForms()).toHaveLength(before);
    expect(validateForm('application', getForm('application').sample).valid).toBe(true);
    return e;
  };

  test('a duplicate id, an id that is a dossier key, a dossier key taken by another form', () => {
    expect(refused(survey('application', 'x1')).message).toContain('form.json /id：已有编号为“application”的表单');
    expect(refused(survey('change', 'x2')).message).toContain('form.json /id：表单编号“change”与表单“change-filing”的材料分项名相同');
    expect(refused(survey('x3', 'budget')).message).toContain('form.json /dossierKey：材料分项“budget”已属于表单“budget”');
    expect(refused(survey('x4', 'application')).message).toContain('form.json /dossierKey');
  });

  test('form.json fields of the wrong shape', () => {
    const def = survey('Bad Id', 'ok5');
    (def.form as Record<string, unknown>).version = '1.0';
    (def.form as Record<string, unknown>).colour = 'red';
    const message = refused(def).message;
    expect(message).toContain('form.json /id：表单编号应为小写字母开头');
    expect(message).toContain('form.json /version：版本号应为“主版本.次版本.修订号”');
    expect(message).toContain('form.json /colour：不认识的字段“colour”');
  });

  test('a schema that is not JSON Schema', () => {
    const def = survey('bad-schema', 'badSchema');
    (def.schema.properties.unit as Record<string, unknown>).type = 'strng';
    expect(refused(def).message).toMatch(/schema\.json \/properties\/unit\/type：不符合 JSON Schema 规范/);
  });

  test('a dangling $ref', () => {
    const def = survey('bad-ref', 'badRef');
    (def.schema.properties as Record<string, unknown>).extra = { $ref: '#/definitions/nothing' };
    expect(refused(def).message).toContain('schema.json /properties/extra/$ref：引用“#/definitions/nothing”指向的定义不存在');
  });

  test('a uischema scope or rule that matches no field, an unknown element type', () => {
    const def = survey('bad-ui', 'badUi');
    const steps = def.uischema.elements as Record<string, unknown>[];
    (steps[0]!.elements as Record<string, unknown>[]).push({ type: 'Control', scope: '#/properties/nothing' }, { type: 'Slider' });
    const message = refused(def).message;
    expect(message).toContain('uischema.json /elements/0/elements/1/scope：scope“#/properties/nothing”在 schema 中没有对应的字段');
    expect(message).toContain('uischema.json /elements/0/elements/2/type：界面元素的 type 应为');
  });

  test('a sample that does not validate', () => {
    const def = survey('bad-sample', 'badSample');
    def.sample = { unit: '', rating: 'good' };
    expect(refused(def).message).toContain('sample.json /unit：示例数据不符合 schema：单位名称：不能为空');
  });

  test('i18n keys that name nothing', () => {
    const def = survey('bad-i18n', 'badI18n');
    const en = def.i18n.en;
    en.fields.nothing = 'Nothing';
    en.options['rating.meh'] = 'Meh';
    en.steps.不存在 = 'Missing';
    const message = refused(def).message;
    expect(message).toContain('i18n/en.json /fields/nothing：schema 中没有字段“nothing”');
    expect(message).toContain('i18n/en.json /options/rating.meh：字段“rating”没有选项“meh”');
    expect(message).toContain('i18n/en.json /steps/不存在：uischema 中没有名为“不存在”的步骤或分组');
  });

  test('not an object at all, or a part missing', () => {
    for (const bad of [null, 'form', 42, []]) refused(bad);
    for (const part of ['form', 'schema', 'uischema'] as const) {
      for (const value of [undefined, null]) {
        const message = refused({ ...survey(`no-${part}`, `no${part}`), [part]: value }).message;
        expect(message, `${part}: ${String(value)}`).toContain(`${part}.json`);
      }
    }
    expect(findForm('bad-i18n')).toBeUndefined();
  });
});

describe('checkFormFiles', () => {
  const files = () => ({
    form: { id: 'checked-only', version: '1.0.0', title: '仅检查', dossierKey: 'checkedOnly' },
    schema: { type: 'object', properties: { name: { type: 'string', title: '名称', minLength: 1 } }, required: ['name'] },
    uischema: { type: 'VerticalLayout', elements: [{ type: 'Control', scope: '#/properties/name' }] },
    sample: { name: '甲' },
  });
  it('checks a form as registerForm does, without adding it', () => {
    const ok = checkFormFiles(files());
    expect(ok.problems).toEqual([]);
    expect(ok.definition?.id).toBe('checked-only');
    expect(listForms().some((f) => f.id === 'checked-only')).toBe(false);
    const broken = { ...files(), sample: {} };
    expect(checkFormFiles(broken).problems.map((p) => p.code)).toEqual(['sampleInvalid']);
  });
  it('a new version of a form is not a clash with the form it replaces', () => {
    const edit = { ...files(), form: { id: 'annual-report', version: '2.1.0', title: '年报', dossierKey: 'annualReport' } };
    expect(checkFormFiles(edit).problems.map((p) => p.code)).toContain('duplicateId');
    expect(checkFormFiles(edit, { replaces: 'annual-report' }).problems).toEqual([]);
  });
});
