import { describe, expect, test } from 'vitest';
import v1Draft from './fixtures/annual-report-1.0.0.json';
import { getForm } from '../forms/registry.js';
import { validateForm } from '../validation/validate-form.js';
import { exportDraft, importDraft } from './draft-file.js';
import { openDraftStore } from './draft-store.js';
import { govformsErrorOf } from '../../test-support/errors.js';

const FORM = 'annual-report';
const sample = getForm(FORM).sample;
const file = (content: Record<string, unknown>) => JSON.stringify({ govforms: 'draft', formId: FORM, formVersion: '2.0.0', savedAt: '2026-01-20T08:00:00.000Z', data: sample, ...content });


test('a draft exported from one browser imports into another unchanged', async () => {
  const here = await openDraftStore({ indexedDB: null, broadcast: false });
  await here.save(FORM, 'd1', sample);
  const loaded = (await here.load(FORM, 'd1'))!;
  const text = exportDraft(loaded);
  expect(JSON.parse(text)).toEqual({ govforms: 'draft', formId: FORM, formVersion: '2.0.0', savedAt: loaded.savedAt, data: sample });

  const imported = importDraft(text, FORM);
  expect(imported).toEqual({ formId: FORM, formVersion: '2.0.0', savedAt: loaded.savedAt, data: sample, applied: [], unresolved: [] });
  const there = await openDraftStore({ indexedDB: null, broadcast: false });
  await there.save(imported.formId, 'imported', imported.data);
  expect((await there.load(FORM, 'imported'))?.data).toEqual(sample);
  here.close();
  there.close();
});

test('a draft file from form version 1.0.0 imports migrated, and validates', () => {
  const imported = importDraft(file({ formVersion: '1.0.0', data: v1Draft }), FORM);
  expect(imported).toMatchObject({ formVersion: '2.0.0', migratedFrom: '1.0.0', applied: [expect.stringMatching(/单位名称/)] });
  expect(imported.data.omProvider).toEqual({ name: '江苏宿数信息技术有限公司' });
  expect(validateForm(FORM, imported.data).valid).toBe(true);
});

describe('a file that is not a usable draft is a clear zh-CN error', () => {
  test.each([
    ['broken JSON', '{"govforms": "draft", "formId": ', 'invalid-draft-file', /^文件内容不是有效的 JSON/],
    ['JSON that is not a draft', '{"projectName": "x"}', 'invalid-draft-file', /不是 govforms 草稿文件/],
    ['a draft of another form', file({ formId: 'application', data: getForm('application').sample }), 'draft-of-another-form',
      /^该草稿属于表单“项目申报表”，不能导入到“年度运维服务情况报表”。$/],
    ['a newer form version', file({ formVersion: '3.0.0' }), 'newer-version', /3\.0\.0 版，比当前的 2\.0\.0 版更新/],
    ['an unknown form', file({ formId: 'nope' }), 'unknown-form', /未知的表单：“nope”/],
    ['no data', file({ data: null }), 'invalid-draft-file', /字段“data”缺失或格式错误/],
    ['no savedAt', file({ savedAt: 'yesterday' }), 'invalid-draft-file', /字段“savedAt”/],
    ['a version that is no version', file({ formVersion: 'latest' }), 'invalid-draft-file', /字段“formVersion”/],
    ['another form\'s data inside', file({ data: getForm('application').sample }), 'data-of-another-form', /看起来是“项目申报表”的数据/],
  ])('%s', (_, text, code, message) => {
    const e = govformsErrorOf(() => importDraft(text, FORM));
    expect(e.code).toBe(code);
    expect(e.message).toMatch(message);
  });

  test('and in English when asked', () => {
    expect(govformsErrorOf(() => importDraft('nope', FORM, { locale: 'en' })).message).toBe('The file is not valid JSON; it may be damaged or incomplete.');
  });

  test('without an expected form, any known form\'s draft imports', () => {
    expect(importDraft(file({ formId: 'application', formVersion: '1.0.0', data: getForm('application').sample })).formId).toBe('application');
  });
});
