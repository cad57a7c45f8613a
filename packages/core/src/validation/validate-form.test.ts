import { describe, expect, test } from 'vitest';
import { GovformsError } from '../errors.js';
import { getForm, sampleDossier } from '../forms/registry.js';
import { isValidUscc, usccCheckChar } from './uscc.js';
import { errorText, validateForm } from './validate-form.js';
import { validatorFor } from './validators.js';

const sample = () => sampleDossier();
/** Errors with label and message joined as a list shows them ("总投资（元）：应为数字"). */
const errorsOf = (id: string, data: unknown, locale?: 'zh-CN' | 'en') =>
  validateForm(id, data, { locale }).errors.map(({ path, keyword, label, message }) => ({ path, keyword, message: errorText({ label, message }, locale) }));

test('the label and the message travel apart: a field shows the message under its own label', () => {
  const app = { ...sample().application, applicant: { ...(sample().application.applicant as object), name: undefined } };
  delete (app.applicant as Record<string, unknown>).name;
  expect(validateForm('application', app).errors).toEqual([
    { path: '/applicant/name', keyword: 'required', label: '申报单位·单位名称', message: '为必填项' },
  ]);
  expect(validateForm('application', app, { locale: 'en' }).errors).toEqual([
    { path: '/applicant/name', keyword: 'required', label: 'Applicant › Organisation name', message: 'is required' },
  ]);
});

describe('zh-CN messages name the field by its title and carry the JSON path', () => {
  test('a string where money goes: 总投资（元）：应为数字', () => {
    const app = { ...sample().application, totalInvestment: '3856400.50' };
    expect(errorsOf('application', app)).toEqual([
      { path: '/totalInvestment', keyword: 'type', message: '总投资（元）：应为数字' },
    ]);
  });
  test('a missing nested field names its parent and itself', () => {
    const app = sample().application as { applicant: Record<string, unknown> };
    delete app.applicant.name;
    expect(errorsOf('application', app)).toEqual([
      { path: '/applicant/name', keyword: 'required', message: '申报单位·单位名称：为必填项' },
    ]);
  });
  test('an array item is named by its position: 费用明细第2项·金额', () => {
    const budget = sample().budget as { items: Record<string, unknown>[] };
    budget.items[1]!.amount = -5;
    const [e] = errorsOf('budget', budget);
    expect(e?.path).toBe('/items/1/amount');
    expect(e?.message).toMatch(/^费用明细第2项·金额（元）：不能小于 0$/);
  });
  test('a wrong option lists the allowed options once, by their Chinese labels', () => {
    const app = sample().application as { applicant: Record<string, unknown> };
    app.applicant.kind = 'company';
    const errors = errorsOf('application', app);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toBe('申报单位·单位类型：应为以下选项之一：党政机关、公共事业单位（学校、医院等）、市属国有企业');
  });
  test('English is the second locale', () => {
    const app = { ...sample().application, totalInvestment: 'x' };
    expect(errorsOf('application', app, 'en')[0]!.message).toBe('Total investment (yuan): must be a number');
  });
});

describe('money has at most two decimals, checked exactly', () => {
  test.each([1234.56, 0.29, 4000000.01, 0])('%s yuan is a valid amount', (amount) => {
    const budget = sample().budget as { items: Record<string, unknown>[] };
    Object.assign(budget.items[0]!, { amount, quantity: undefined, unitPrice: undefined });
    expect(errorsOf('budget', JSON.parse(JSON.stringify(budget)))).toEqual([]);
  });
  test.each([1234.567, 0.001])('%s yuan is rejected with a zh-CN message', (amount) => {
    const app = { ...sample().application, totalInvestment: amount };
    expect(errorsOf('application', app)).toEqual([
      { path: '/totalInvestment', keyword: 'format', message: '总投资（元）：金额最多保留两位小数（精确到分）' },
    ]);
  });
});

describe('统一社会信用代码 is checked by its check character', () => {
  test('the sample code is valid and one changed character is not', () => {
    const code = (sample().application as { applicant: { creditCode: string } }).applicant.creditCode;
    expect(isValidUscc(code)).toBe(true);
    const wrong = code.slice(0, 17) + (code[17] === '0' ? '1' : '0');
    expect(isValidUscc(wrong)).toBe(false);
    const app = sample().application as { applicant: Record<string, unknown> };
    app.applicant.creditCode = wrong;
    expect(errorsOf('application', app)[0]!.message).toMatch(/统一社会信用代码：不是有效的统一社会信用代码/);
  });
  test('known public codes pass (check character 0 when the sum is a multiple of 31)', () => {
    expect(usccCheckChar('91350100M000100Y4')).toBe('3');
    expect(isValidUscc('91350100M000100Y43')).toBe(true);
    expect(isValidUscc('91350100M000100Y4I')).toBe(false); // I is not in the code alphabet
  });
});

describe('conditional fields are required only when their condition holds', () => {
  const withApp = (patch: Record<string, unknown>) => ({ ...sample().application, ...patch });
  test('public institutions need a supervising authority (第十三条)', () => {
    const app = withApp({ applicant: { ...(sample().application as { applicant: object }).applicant, kind: 'public-institution' } });
    delete (app as Record<string, unknown>).supervisingAuthority;
    const errors = errorsOf('application', app);
    expect(errors.map((e) => [e.path, e.keyword])).toEqual([['/supervisingAuthority', 'required']]);
  });
  test('cross-department projects need lead department and co-builders', () => {
    const app = withApp({ crossDepartment: true, leadDepartment: undefined, coBuilders: undefined });
    expect(errorsOf('application', JSON.parse(JSON.stringify(app))).map((e) => e.path).sort()).toEqual(['/coBuilders', '/leadDepartment']);
  });
  test('another cloud needs the security assessment answered', () => {
    const app = withApp({ deployment: 'other-cloud' });
    expect(errorsOf('application', app).map((e) => e.path)).toEqual(['/cloudSecurityAssessed']);
    expect(errorsOf('application', { ...app, cloudSecurityAssessed: true })).toEqual([]);
  });
  test('classified projects need the separation of classified parts', () => {
    expect(errorsOf('application', withApp({ classified: true })).map((e) => e.path)).toEqual(['/classifiedSeparation']);
  });
});

describe('bad input gets a message, never an exception', () => {
  test('__proto__ keys are reported as unknown fields and pollute nothing', () => {
    const app = JSON.parse(JSON.stringify(sample().application).replace('{', '{"__proto__": {"polluted": true},'));
    const errors = errorsOf('application', app);
    expect(errors).toEqual([{ path: '/__proto__', keyword: 'additionalProperties', message: expect.stringContaining('“__proto__”') }]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
  test('a 1 MB string is reported by its length limit', () => {
    const app = { ...sample().application, projectName: '项'.repeat(1_000_000) };
    expect(errorsOf('application', app)).toEqual([{ path: '/projectName', keyword: 'maxLength', message: '项目名称：不能超过 200 个字' }]);
  });
  test.each([null, [], 'text', 42])('non-object data (%j) is named by the form title', (data) => {
    expect(errorsOf('application', data)).toEqual([{ path: '', keyword: 'type', message: expect.stringMatching(/^项目申报表：/) }]);
  });
  test('an unknown form id throws a GovformsError in Chinese', () => {
    expect(() => validateForm('nope', {})).toThrow(GovformsError);
  });
});

test('validators are compiled once per form version and reused', () => {
  const form = getForm('budget');
  expect(validatorFor(form)).toBe(validatorFor(form));
});

test('English labels come from forms/<id>/i18n/en.json, options and document kinds included', () => {
  const budget = sample().budget as { items: Record<string, unknown>[] };
  budget.items[2]!.category = 'hardware';
  expect(errorsOf('budget', budget, 'en')[0]!.message).toBe(
    'Line items (item 3) › Cost category: must be one of: Development, Implementation, Maintenance, Training, Supervision, Other',
  );
  const app = { ...sample().application, attachments: ['nope'] };
  expect(errorsOf('application', app, 'en')[0]!.message).toMatch(/: must be one of: Project application form, Construction plan,/);
  expect(errorsOf('application', null, 'en')[0]!.message).toBe('Project application form: must be a group of fields');
});
