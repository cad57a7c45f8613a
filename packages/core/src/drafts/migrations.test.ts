import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import v1Draft from './fixtures/annual-report-1.0.0.json';
import { formMigrationFiles, getForm, listForms } from '../forms/registry.js';
import { validateForm } from '../validation/validate-form.js';
import { formMigrations, migrateFormData } from './migrations.js';
import { govformsErrorOf } from '../../test-support/errors.js';

const formsDir = new URL('../../../../forms/', import.meta.url);


describe('annual-report 1.0.0 → 2.0.0: the O&M provider becomes a name and a credit code', () => {
  test('the form is now at 2.0.0 and a real 1.0.0 draft no longer validates as it is', () => {
    expect(getForm('annual-report').version).toBe('2.0.0');
    const result = validateForm('annual-report', v1Draft);
    expect(result.valid).toBe(false);
    expect(result.errors.map((e) => e.path)).toEqual(['/omProvider']);
  });

  test('a real 1.0.0 draft migrates: the typed name moves into omProvider.name and the draft validates', () => {
    const input = structuredClone(v1Draft) as Record<string, unknown>;
    const migrated = migrateFormData('annual-report', '1.0.0', input);
    expect(migrated.version).toBe('2.0.0');
    expect(migrated.data.omProvider).toEqual({ name: '江苏宿数信息技术有限公司' });
    expect(migrated.applied).toHaveLength(1);
    expect(migrated.applied[0]).toMatch(/运维服务单位.*单位名称/);
    expect(migrated.unresolved).toEqual([]);
    expect(validateForm('annual-report', migrated.data)).toEqual({ valid: true, errors: [] });
    // Every other field, including those the rules read, is carried over unchanged.
    const { omProvider: _, ...rest } = migrated.data;
    const { omProvider: __, ...before } = input;
    expect(rest).toEqual(before);
    expect(input.omProvider).toBe('江苏宿数信息技术有限公司');
  });

  test('in 2.0.0 the credit code is optional, checked, and needs the name beside it', () => {
    const withProvider = (omProvider: unknown) => validateForm('annual-report', { ...getForm('annual-report').sample, omProvider });
    expect(withProvider({ name: '某公司' }).valid).toBe(true);
    expect(withProvider({}).valid).toBe(true);
    expect(withProvider({ name: '某公司', creditCode: '91321302MA1W8K6Q3A' }).errors).toEqual([
      { path: '/omProvider/creditCode', keyword: 'format', label: '运维服务单位·统一社会信用代码', message: expect.stringMatching(/^不是有效的统一社会信用代码/) },
    ]);
    expect(withProvider({ creditCode: '91321302MA1W8K6Q3M' }).errors).toEqual([
      { path: '/omProvider/name', keyword: 'required', label: '运维服务单位·单位名称', message: '为必填项' },
    ]);
  });

  test('the migration describes itself in English too', () => {
    expect(migrateFormData('annual-report', '1.0.0', v1Draft, { locale: 'en' }).applied[0]).toMatch(/O&M service provider/);
  });

  test('a 1.0.0 draft that left the provider empty migrates unchanged', () => {
    const { omProvider: _, ...draft } = v1Draft as Record<string, unknown>;
    expect(migrateFormData('annual-report', '1.0.0', draft).data).toEqual(draft);
  });

  test('data already in the new shape is not wrapped twice', () => {
    const sample = getForm('annual-report').sample;
    expect(migrateFormData('annual-report', '1.0.0', sample).data).toEqual(sample);
  });

  test('data of the current version passes through untouched', () => {
    const sample = getForm('annual-report').sample;
    expect(migrateFormData('annual-report', '2.0.0', sample)).toEqual({ data: sample, version: '2.0.0', applied: [], unresolved: [] });
  });
});

describe('versions that cannot be migrated are clear zh-CN errors', () => {
  test('a draft from a newer form version', () => {
    const e = govformsErrorOf(() => migrateFormData('annual-report', '3.0.0', {}));
    expect(e.code).toBe('newer-version');
    expect(e.message).toMatch(/草稿保存于表单“年度运维服务情况报表”的 3\.0\.0 版，比当前的 2\.0\.0 版更新.*草稿仍然保留/);
  });

  test('an older version no migration starts from', () => {
    const e = govformsErrorOf(() => migrateFormData('annual-report', '0.9.0', {}));
    expect(e.code).toBe('no-migration');
    expect(e.message).toMatch(/从 0\.9\.0 版升级到当前的 2\.0\.0 版：缺少对应的迁移规则/);
  });

  test('a version that is not major.minor.patch', () => {
    expect(govformsErrorOf(() => migrateFormData('annual-report', 'v1', {})).message).toMatch(/表单版本“v1”无效/);
  });

  test('data that is not an object, and an unknown form', () => {
    expect(govformsErrorOf(() => migrateFormData('annual-report', '1.0.0', 'text')).code).toBe('invalid-data');
    expect(govformsErrorOf(() => migrateFormData('nope', '1.0.0', {})).code).toBe('unknown-form');
  });
});

describe.each(listForms().map((f) => [f.id] as const))('form %s', (id) => {
  test('every migration file is valid and named <from>-to-<to>.json', () => {
    expect(() => formMigrations(id)).not.toThrow();
    for (const { file } of formMigrationFiles(id)) expect(file).toMatch(new RegExp(`^forms/${id}/migrations/\\d+\\.\\d+\\.\\d+-to-\\d+\\.\\d+\\.\\d+\\.json$`));
  });

  test('every version in its CHANGELOG opens under the current one', () => {
    const changelog = readFileSync(new URL(`${id}/CHANGELOG.md`, formsDir), 'utf8');
    const versions = [...changelog.matchAll(/^- (\d+\.\d+\.\d+)/gm)].map((m) => m[1]!);
    expect(versions).toContain(getForm(id).version);
    for (const v of versions) expect(migrateFormData(id, v, {}).version).toBe(getForm(id).version);
  });
});
