import { expect, test } from 'vitest';
import { documentKindLabel, fieldDescription, fieldLabel, fieldTitle, formTitle, optionLabel, optionLabels, stepLabel } from './labels.js';
import { getForm } from './registry.js';

const budget = getForm('budget');
const application = getForm('application');

test('a field is named along its path: entries by number, a field of every entry without one', () => {
  expect(fieldLabel(budget, '/items/2/amount')).toBe('费用明细第3项·金额（元）');
  expect(fieldLabel(budget, '/items/amount')).toBe('费用明细·金额（元）');
  expect(fieldLabel(budget, '/items/2/amount', 'en')).toBe('Line items (item 3) › Amount (yuan)');
  expect(fieldLabel(application, '/applicant/name')).toBe('申报单位·单位名称');
  expect(fieldLabel(application, '')).toBe('项目申报表');
  expect(fieldTitle(budget, '/items/2/amount')).toBe('金额（元）');
});

test('words come from the form’s i18n file in the locale, falling back to the schema’s zh-CN', () => {
  expect(formTitle(application, 'en')).toBe('Project application form');
  expect(formTitle(application, 'en-GB')).toBe('Project application form');
  expect(formTitle(application, 'fr')).toBe('项目申报表');
  expect(fieldTitle(application, '/projectName', 'en')).toBe('Project name');
  expect(fieldDescription(application, '/projectName')).toMatch(/^填写项目全称/);
  expect(optionLabel(budget, '/items/0/category', 'development')).toBe('开发费');
  expect(optionLabel(budget, '/items/0/category', 'development', 'en')).toBe('Development');
  expect(optionLabels(application, '/attachments', 'en')?.[0]).toEqual({ value: 'application-form', label: 'Project application form' });
  expect(documentKindLabel('feasibility-study')).toBe('可行性研究报告');
  expect(documentKindLabel('feasibility-study', 'en')).toBe('Feasibility study');
  expect(documentKindLabel('no-such-kind', 'en')).toBe('no-such-kind');
  expect(stepLabel(application, '单位信息', 'en')).toBe('Organisation');
});

test('hostile pointers lead nowhere and fall back to the last segment', () => {
  expect(fieldTitle(application, '/__proto__/x')).toBe('x');
  expect(optionLabels(application, '/constructor')).toBeUndefined();
});
