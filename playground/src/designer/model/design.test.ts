import { checkFormFiles, migrateDataWith, registerForm, validateForm } from '@govforms/core';
import { describe, expect, it } from 'vitest';
import { checkDesign } from './checks.js';
import { conditionOf } from './conditions.js';
import { DesignError } from './design-error.js';
import { addField, addStep, moveField, moveStep, removeField, removeStep, renameField, renameStep, setCondition, setFieldProps, setFieldType } from './edit.js';
import { FIELD_TYPES, controlOptions, fieldTypeOf, schemaOfType } from './field-types.js';
import { designOf, formFiles, newDesign, stepsOf } from './folder.js';
import { historyOf, push, redo, undo } from './history.js';
import { folderFromDisk } from './test-support.js';
import { changeWarning, fieldUsage } from './usage.js';
import { bumpOf, changesOf, release } from './versioning.js';
import type { Design } from './types.js';

/** A new form with five fields, one shown (and then required) only when another is 是. */
function survey(id = 'designer-survey'): Design {
  let d = newDesign({ id, title: '信息化调查表', dossierKey: id.replace(/-(\w)/g, (_, c: string) => c.toUpperCase()) });
  d = addField(d, 0, { key: 'unitName', type: 'text', label: '单位名称', labelEn: 'Organisation' });
  d = addField(d, 0, { key: 'budgetAmount', type: 'money', label: '预算金额（元）', labelEn: 'Budget (yuan)' });
  d = addField(d, 0, { key: 'startedOn', type: 'date', label: '开始日期', labelEn: 'Start date' });
  d = addField(d, 0, { key: 'usesCloud', type: 'boolean', label: '是否使用政务云', labelEn: 'Uses the government cloud?' });
  d = addField(d, 0, { key: 'cloudNotes', type: 'chapter', label: '政务云使用情况', labelEn: 'Cloud use' });
  d = setFieldProps(d, 'unitName', { required: true, minLength: 1 });
  return setCondition(d, 'cloudNotes', { when: 'usesCloud', equals: true, effect: 'show', required: true });
}

const codeOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (e instanceof DesignError) return [e.code, e.message];
    throw e;
  }
  return undefined;
};

describe('field types, written as the built-in forms write them', () => {
  it.each(FIELD_TYPES)('%s reads back as itself', (type) => {
    expect(fieldTypeOf(schemaOfType(type, '字段'), controlOptions(type))).toBe(type);
  });

  it('the built-in forms’ fields read as the designer’s types', () => {
    const d = designOf(folderFromDisk('application'));
    const types = Object.fromEntries(stepsOf(d).flatMap((s) => s.fields.map((f) => [f.key, f.type])));
    expect(types).toMatchObject({
      projectName: 'text', totalInvestment: 'money', submittedOn: 'date', summary: 'chapter', classified: 'boolean',
      deployment: 'choice', fundingSources: 'multi', attachments: 'documents', applicant: 'group',
    });
  });
});

describe('a new form', () => {
  it('five fields, one conditional: core accepts it, and the condition shows and requires the field', () => {
    const d = survey('designer-survey-registered');
    expect(stepsOf(d)[0]!.fields.map((f) => f.key)).toEqual(['unitName', 'budgetAmount', 'startedOn', 'usesCloud', 'cloudNotes']);
    expect(checkDesign(d).filter((p) => p.severity === 'error')).toEqual([]);
    expect(conditionOf(d.folder, 'cloudNotes')).toEqual({ when: 'usesCloud', equals: true, effect: 'show', required: true });
    const control = JSON.stringify(d.folder.uischema);
    expect(control).toContain('"rule":{"effect":"SHOW","condition":{"scope":"#/properties/usesCloud","schema":{"const":true}}}');
    registerForm(formFiles(d));
    expect(validateForm('designer-survey-registered', { unitName: '市数据局', usesCloud: false }).valid).toBe(true);
    const missing = validateForm('designer-survey-registered', { unitName: '市数据局', usesCloud: true });
    expect(missing.errors.map((e) => e.path)).toEqual(['/cloudNotes']);
    // 金额: at most two decimals
    expect(validateForm('designer-survey-registered', { unitName: '甲', budgetAmount: 1.234 }).valid).toBe(false);
    expect(validateForm('designer-survey-registered', { unitName: '甲', budgetAmount: 1.23 }).valid).toBe(true);
  });

  it('a circular condition, a condition on a field not there, and a value the field does not have are refused in zh-CN', () => {
    let d = survey();
    d = setFieldType(d, 'unitName', 'boolean');
    d = setCondition(d, 'usesCloud', { when: 'unitName', equals: true, effect: 'show' });
    expect(codeOf(() => setCondition(d, 'startedOn', { when: 'budgetAmount', equals: true, effect: 'show' }))?.[0]).toBe('conditionFieldType');
    const circular = codeOf(() => setCondition(d, 'unitName', { when: 'usesCloud', equals: true, effect: 'show' }));
    expect(circular).toEqual(['conditionCircular', '条件循环：“unitName”的条件引用“usesCloud”，而“usesCloud”的显示又取决于“unitName”。请改选其他字段。']);
    expect(codeOf(() => setCondition(d, 'cloudNotes', { when: 'gone', equals: true, effect: 'show' }))?.[0]).toBe('conditionFieldMissing');
    expect(codeOf(() => setCondition(d, 'cloudNotes', { when: 'usesCloud', equals: 'maybe', effect: 'show' }))?.[0]).toBe('conditionValue');
  });

  it('removing the field a condition reads leaves the condition listed as a problem on the field it shows', () => {
    const d = removeField(survey(), 'usesCloud');
    const problems = checkDesign(d).filter((p) => p.severity === 'error');
    expect(problems).toEqual([{ message: '“政务云使用情况”的条件引用的字段“usesCloud”已不存在。', field: 'cloudNotes', severity: 'error' }]);
  });

  it('problems come from core’s checks, each on its field: an invalid sample, an i18n key for nothing', () => {
    const d = survey();
    d.folder.sample = { unitName: '甲', budgetAmount: -1 };
    const problems = checkDesign(d).filter((p) => p.severity === 'error');
    expect(problems).toEqual([{ message: 'sample.json /budgetAmount：示例数据不符合 schema：预算金额（元）：不能小于 0', field: 'budgetAmount', severity: 'error' }]);
    d.folder.sample = { unitName: '甲' };
    (d.folder.i18n.en!.fields as Record<string, string>).nothing = 'Nothing';
    const i18n = checkDesign(d).filter((p) => p.severity === 'error');
    expect(i18n).toHaveLength(1);
    expect(i18n[0]!.message).toContain('i18n/en.json /fields/nothing');
  });

  it('steps: added, renamed with their English name, moved, removed when empty', () => {
    let d = addStep(survey(), '补充信息', 'More');
    d = renameStep(d, 1, '其他信息');
    expect(d.folder.i18n.en!.steps).toMatchObject({ 其他信息: 'More' });
    d = moveField(d, 'startedOn', 1);
    expect(stepsOf(d).map((s) => s.fields.map((f) => f.key))).toEqual([['unitName', 'budgetAmount', 'usesCloud', 'cloudNotes'], ['startedOn']]);
    d = moveField(d, 'cloudNotes', 0, 0);
    expect(stepsOf(d)[0]!.fields[0]!.key).toBe('cloudNotes');
    expect(codeOf(() => removeStep(d, 1))?.[0]).toBe('stepNotEmpty');
    d = moveStep(d, 1, 0);
    expect(stepsOf(d).map((s) => s.label)).toEqual(['其他信息', '基本信息']);
    d = removeStep(moveField(d, 'startedOn', 1), 0);
    expect(stepsOf(d)).toHaveLength(1);
    expect(checkDesign(d).filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('properties: labels in both languages, help, limits, options, table columns', () => {
    let d = addField(survey(), 0, { key: 'level', type: 'choice', label: '等级', options: [{ value: 'high', label: '高' }, { value: 'low', label: '低' }] });
    d = setFieldProps(d, 'level', { options: [{ value: 'high', label: '高', labelEn: 'High' }, { value: 'mid', label: '中', labelEn: 'Medium' }], help: '按年度评定', helpEn: 'Yearly' });
    d = addField(d, 0, { key: 'items', type: 'table', label: '明细' });
    d = setFieldProps(d, 'items', { columns: [{ key: 'name', label: '名称', type: 'text' }, { key: 'amount', label: '金额（元）', type: 'money' }] });
    expect(d.folder.i18n.en!.options).toEqual({ 'level.high': 'High', 'level.mid': 'Medium' });
    expect(codeOf(() => setFieldProps(d, 'level', { options: [{ value: 'a', label: '甲' }, { value: 'a', label: '乙' }] }))?.[0]).toBe('duplicateOption');
    expect(codeOf(() => setFieldProps(d, 'unitName', { minLength: 5, maxLength: 2 }))?.[0]).toBe('limitsCrossed');
    expect(codeOf(() => addField(d, 0, { key: 'Bad-Key', type: 'text', label: '甲' }))?.[0]).toBe('badKey');
    expect(checkDesign(d).filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('undo and redo step through the designs', () => {
    const first = survey();
    let h = historyOf(first);
    h = push(h, removeField(first, 'startedOn'));
    expect(Object.keys(h.present.folder.schema.properties as object)).not.toContain('startedOn');
    h = undo(h);
    expect(h.present).toBe(first);
    h = redo(h);
    expect(Object.keys(h.present.folder.schema.properties as object)).not.toContain('startedOn');
  });
});

describe('versions: a saved draft never breaks', () => {
  const annual = () => designOf(folderFromDisk('annual-report'), { replaces: 'annual-report' });

  it('the built-in annual report loads without problems', () => {
    expect(checkDesign(annual()).filter((p) => p.severity === 'error')).toEqual([]);
    expect(bumpOf(changesOf(annual()))).toBeUndefined();
  });

  it('an optional field added is a minor version; words only a patch; removed, renamed, retyped or newly required a major one', () => {
    expect(bumpOf(changesOf(addField(annual(), 0, { key: 'remarks', type: 'text', label: '备注' })))).toBe('minor');
    expect(bumpOf(changesOf(setFieldProps(annual(), 'systemName', { label: '系统全称' })))).toBe('patch');
    expect(bumpOf(changesOf(removeField(annual(), 'systemName')))).toBe('major');
    expect(bumpOf(changesOf(renameField(annual(), 'systemName', 'systemTitle')))).toBe('major');
    expect(bumpOf(changesOf(setFieldType(annual(), 'cloudUtilization', 'text')))).toBe('major');
    expect(bumpOf(changesOf(setFieldType(annual(), 'operation', 'text')))).toBe('patch');
  });

  it('renaming a field of annual-report: version 3.0.0, a migration that moves the value, a CHANGELOG entry; a 2.0.0 and a 1.0.0 draft open migrated', () => {
    const d = renameField(annual(), 'systemName', 'systemTitle');
    const { design, version, migration } = release(d, '2026-11-29');
    expect(version).toBe('3.0.0');
    expect(migration).toBe('2.0.0-to-3.0.0');
    expect(design.folder.migrations['2.0.0-to-3.0.0']).toMatchObject({ from: '2.0.0', to: '3.0.0', operations: [{ op: 'move', from: '/systemName', to: '/systemTitle' }] });
    expect(design.folder.changelog.split('\n')[2]).toBe('- 3.0.0（2026-11-29）：字段“系统名称”改名：`systemName` → `systemTitle`（已保存的内容随之迁移）。');
    const checked = checkFormFiles(formFiles(design), { replaces: 'annual-report', migrations: Object.keys(design.folder.migrations) });
    expect(checked.problems).toEqual([]);
    const files = Object.entries(design.folder.migrations).map(([name, content]) => ({ file: `forms/annual-report/migrations/${name}.json`, content }));
    const draft = { projectName: '宿迁市政务服务平台', systemName: '一网通办', omProvider: { name: '某公司' } };
    const upgraded = migrateDataWith(checked.definition!, files, '2.0.0', draft);
    expect(upgraded.data).toEqual({ projectName: '宿迁市政务服务平台', systemTitle: '一网通办', omProvider: { name: '某公司' } });
    expect(upgraded.version).toBe('3.0.0');
    const fromFirst = migrateDataWith(checked.definition!, files, '1.0.0', { systemName: '一网通办', omProvider: '某公司' });
    expect(fromFirst.data).toEqual({ systemTitle: '一网通办', omProvider: { name: '某公司' } });
    expect(release(design, '2026-11-30').version).toBe('3.0.0');
  });

  it('a new form is released as 1.0.0 with its first CHANGELOG entry', () => {
    const { design, version } = release(survey(), '2026-11-29');
    expect(version).toBe('1.0.0');
    expect(design.folder.changelog).toBe('# designer-survey 变更记录\n\n- 1.0.0（2026-11-29）：首个版本。\n');
    expect(design.folder.migrations).toEqual({});
  });
});

describe('what reads a field', () => {
  it('总投资: the articles whose rules read it and the template tags printing it', () => {
    const d = designOf(folderFromDisk('application'), { replaces: 'application' });
    const usage = fieldUsage(d, 'totalInvestment');
    expect(usage.articles).toEqual([14, 19, 20, 24, 25, 36]);
    expect(usage.tags).toContainEqual({ template: 'application-form', tag: '{#applicationFields}' });
    expect(changeWarning(d, 'totalInvestment', 'remove')).toBe(
      '删除字段“总投资（元）”后，读取它的规则和 Word 文档将读不到它：条款 第十四条、第十九条、第二十条、第二十四条、第二十五条、第三十六条；'
      + '模板标签 application-form {#applicationFields}、review-opinion {#reviewFacts}。仍要删除吗？',
    );
  });

  it('a group is read and printed wherever a field inside it is', () => {
    const usage = fieldUsage(designOf(folderFromDisk('application'), { replaces: 'application' }), 'applicant');
    expect(usage.articles).toEqual([13]);
    expect(usage.tags).toContainEqual({ template: 'application-form', tag: '{#applicationFields}' });
  });

  it('a field nothing reads, and a field added in the designer, need no warning', () => {
    const d = addField(designOf(folderFromDisk('milestones'), { replaces: 'milestones' }), 0, { key: 'note', type: 'text', label: '备注' });
    expect(changeWarning(d, 'note', 'remove')).toBeUndefined();
    expect(changeWarning(survey(), 'unitName', 'rename')).toBeUndefined();
  });
});

describe('a draft saved under the old version, opened under the new one', () => {
  it('annual-report with a field renamed: the draft of 2.0.0 opens as 3.0.0, its value under the new name', async () => {
    const { openDraft } = await import('./draft-check.js');
    const d = renameField(designOf(folderFromDisk('annual-report'), { replaces: 'annual-report' }), 'systemName', 'systemTitle');
    const draft = JSON.stringify({ formId: 'annual-report', formVersion: '2.0.0', savedAt: '2026-11-28T10:00:00Z', data: { systemName: '一网通办' } });
    const opened = openDraft(d, 'draft.json', draft, '2026-11-29');
    expect(opened).toMatchObject({ from: '2.0.0', version: '3.0.0', data: { systemTitle: '一网通办' } });
    expect(opened.applied[0]).toContain('`systemName` → `systemTitle`');
    const other = JSON.stringify({ formId: 'application', formVersion: '1.0.0', data: {} });
    expect(() => openDraft(d, 'other.json', other, '2026-11-29')).toThrow('草稿“other.json”属于表单“application”，不是正在设计的“annual-report”。');
    expect(() => openDraft(d, 'x.json', '{', '2026-11-29')).toThrow('不是草稿文件');
  });
});
