import { GovformsError } from '@govforms/core';
import { describe, expect, test } from 'vitest';
import { documentTemplates, listDocumentTemplates, renderDocumentWithReport } from './index.js';
import { buildTemplateRegistry, type TemplateRegistryFiles } from './template-registry.js';
import type { TemplateMapper } from './template-definition.js';

// The registry is derived from the folders templates/<id>/ found at build time (import.meta.glob);
// buildTemplateRegistry is the pure step from those files to the registry, fed fixtures here.
const ROOT = '../../../templates/';
const definition = (o: unknown) => JSON.stringify(o, null, 2);
const mapper: TemplateMapper = { tags: [{ tag: 'extra', description: '额外标签' }], data: () => ({ extra: 'x' }) };

function files(over: Partial<TemplateRegistryFiles> = {}): TemplateRegistryFiles {
  return {
    definitions: {
      [`${ROOT}review-opinion/template.json`]: definition({ id: 'review-opinion', version: '1.0.0', title: '评审意见', section: 'application', uses: ['application'], order: 5 }),
      [`${ROOT}plan-summary/template.json`]: definition({ id: 'plan-summary', version: '1.0.0', title: '建设方案摘要', section: 'constructionPlan', uses: [] }),
    },
    translations: { [`${ROOT}review-opinion/i18n/en.json`]: definition({ title: 'Review opinion' }) },
    mappers: { './mappers/plan-summary.ts': mapper },
    hasDocument: () => true,
    ...over,
  };
}

function failure(f: TemplateRegistryFiles): GovformsError {
  try {
    buildTemplateRegistry(f);
  } catch (e) {
    expect(e).toBeInstanceOf(GovformsError);
    return e as GovformsError;
  }
  throw new Error('the registry was built');
}

describe('templates are data: the registry is built from the template folders', () => {
  test('a folder with only template.json and its sources is a template, rendered from the dossier view alone', () => {
    const registry = buildTemplateRegistry(files());
    expect(registry.map((t) => t.id)).toEqual(['review-opinion', 'plan-summary']); // by order; without one, last
    const review = registry[0]!;
    expect(review).toMatchObject({ title: '评审意见', section: 'application', uses: ['application'], order: 5, titles: { en: 'Review opinion' }, tags: [] });
    expect(review.data({ dossier: {}, view: {}, today: '2026-11-25', ctx: {} as never })).toEqual({});
  });
  test('a template\'s code is found by its id: src/mappers/<id>.ts', () => {
    const plan = buildTemplateRegistry(files()).find((t) => t.id === 'plan-summary')!;
    expect(plan.tags).toBe(mapper.tags);
    expect(plan.data({ dossier: {}, view: {}, today: '2026-11-25', ctx: {} as never })).toEqual({ extra: 'x' });
  });
  test('the built-in registry: seven templates from templates/*/template.json, each with its mapper, titled by locale', () => {
    expect(documentTemplates.map((t) => [t.id, t.section, t.tags.length > 0])).toEqual([
      ['application-form', 'application', true], ['construction-plan', 'constructionPlan', true],
      ['completion-checklist', 'completion', true], ['annual-report', 'annualReport', true],
      ['change-filing', 'change', true], ['performance-evaluation', 'performanceEvaluation', true], ['review-opinion', 'reviewOpinion', true],
    ]);
    expect(listDocumentTemplates().map((t) => t.title)).toEqual(['项目申报表', '建设方案', '竣工验收资料清单', '年度运维服务情况报表', '建设内容调整备案表', '项目绩效评价报告', '审核意见书']);
    expect(listDocumentTemplates('en').map((t) => t.title)).toEqual(['Project application form', 'Construction plan', 'Completion acceptance materials checklist', 'Annual O&M service report',
      'Change filing form', 'Performance evaluation report', 'Review opinion']);
    expect(listDocumentTemplates('en-GB')).toEqual(listDocumentTemplates('en'));
    expect(listDocumentTemplates('fr')).toEqual(listDocumentTemplates('zh-CN')); // no French titles: zh-CN stands in
  });
  test('an unknown template id names the known ones in the caller\'s locale', async () => {
    const e = await renderDocumentWithReport('nope', {}, { locale: 'en' }).catch((x: unknown) => x as GovformsError);
    expect(e).toBeInstanceOf(GovformsError);
    expect((e as GovformsError).message).toBe('Unknown document template "nope". Available: application-form (Project application form), '
      + 'construction-plan (Construction plan), completion-checklist (Completion acceptance materials checklist), annual-report (Annual O&M service report), '
      + 'change-filing (Change filing form), performance-evaluation (Performance evaluation report), review-opinion (Review opinion)');
  });
});

describe('a broken template folder stops the load with a zh-CN message naming the file', () => {
  const broken = (text: string) => files({ definitions: { [`${ROOT}review-opinion/template.json`]: text } });
  test.each([
    ['{ "id": "review-opinion", ', '文档模板文件 templates/review-opinion/template.json 有误：不是有效的 JSON（'],
    ['[1]', '文档模板文件 templates/review-opinion/template.json 有误：应为一个 JSON 对象'],
    [definition({ id: 'other', version: '1.0.0', title: '评审意见', section: 'application', uses: [] }), '“id”应与所在文件夹的名称“review-opinion”相同'],
    [definition({ id: 'review-opinion', title: '评审意见', section: 'application', uses: [] }), '“version”应为“主版本.次版本.修订号”形式的版本号'],
    [definition({ id: 'review-opinion', version: '1.0', title: '评审意见', section: 'application', uses: [] }), '“version”应为“主版本.次版本.修订号”形式的版本号'],
    [definition({ id: 'review-opinion', version: '1.0.0', title: ' ', section: 'application', uses: [] }), '“title”应为非空文本'],
    [definition({ id: 'review-opinion', version: '1.0.0', title: '评审意见', section: 'applicaton', uses: [] }), '“section”应为材料分项之一（application、constructionPlan、budget、'],
    [definition({ id: 'review-opinion', version: '1.0.0', title: '评审意见', section: 'application', uses: 'budget' }), '“uses”应为材料分项的列表'],
    [definition({ id: 'review-opinion', version: '1.0.0', title: '评审意见', section: 'application', uses: ['budget', 'x'] }), '“uses”应为材料分项的列表'],
    [definition({ id: 'review-opinion', version: '1.0.0', title: '评审意见', section: 'application', uses: [], order: '1' }), '“order”应为数字'],
    [definition({ id: 'review-opinion', version: '1.0.0', title: '评审意见', section: 'application', uses: [], titel: 'x' }), '含有不认识的字段“titel”（可用字段：id、version、title、section、uses、order）'],
  ])('%s', (text, message) => {
    const e = failure(broken(text));
    expect(e.message).toContain(message);
    expect(e.message).toContain('templates/review-opinion/template.json');
    expect(e.code).toBe('invalid-template-definition');
  });
  test('a template without its document', () => {
    expect(failure(files({ hasDocument: (f) => f !== 'plan-summary' })).message)
      .toBe('文档模板文件 templates/plan-summary/template.json 有误：模板文件夹中没有 word/document.xml');
  });
  test('a title file without a title, or for a folder that is not a template', () => {
    expect(failure(files({ translations: { [`${ROOT}review-opinion/i18n/en.json`]: '{"name": "x"}' } })).message)
      .toBe('文档模板文件 templates/review-opinion/i18n/en.json 有误：含有不认识的字段“name”（可用字段：title）');
    expect(failure(files({ translations: { [`${ROOT}review-opinion/i18n/en.json`]: '{"title": ""}' } })).message)
      .toContain('templates/review-opinion/i18n/en.json 有误：“title”应为非空文本');
    expect(failure(files({ translations: { [`${ROOT}gone/i18n/en.json`]: '{"title": "Gone"}' } })).message)
      .toBe('文档模板文件 templates/gone/i18n/en.json 有误：没有对应的模板定义 templates/gone/template.json');
  });
  test('a mapper without a template, or without { tags, data }', () => {
    expect(failure(files({ mappers: { './mappers/gone.ts': mapper } })).message)
      .toBe('文档模板文件 packages/docx/src/mappers/gone.ts 有误：没有对应的模板定义 templates/gone/template.json');
    expect(failure(files({ mappers: { './mappers/plan-summary.ts': { data: () => ({}) } } })).message)
      .toContain('packages/docx/src/mappers/plan-summary.ts 有误：应默认导出 { tags, data }');
  });
});
