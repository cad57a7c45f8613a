import { basicChapters, chineseNumeral, fieldTitle, getForm, independentChapters } from '@govforms/core';
import { budgetSummary } from '../budget-summary.js';
import { fieldRows } from '../field-rows.js';
import { field as own } from '@govforms/core';
import { paragraphsOf } from '../paragraphs.js';
import { budgetSummaryTags, fieldRowTags } from '../shared-tags.js';
import type { TemplateMapper } from '../template-definition.js';
import type { ViewObject } from '../view-text.js';

/** 第十四条第一项 chapters in order, then the two independent chapters of 第十四条第五项. */
const chapterKeys: readonly string[] = [...basicChapters, ...independentChapters.map(([chapter]) => chapter)];
const coverKeys = ['projectName', 'compiledBy', 'compiledOn'];

/** 建设方案: cover, numbered chapters, the budget by category and year, the data resources. */
const constructionPlan: TemplateMapper = {
  tags: [
    { tag: 'chapters', loop: true, description: '建设方案各章：第十四条第一项规定的 11 章，再加数据共享需求分析、网络安全需求分析两个独立篇章', fields: [
      { tag: 'number', description: '章序号的中文数字，如“一”“十三”' },
      { tag: 'title', description: '章名（取自表单 schema）' },
      { tag: 'paragraphs', loop: true, description: '正文段落循环（每行一个段落，段落内容为 {.}）' },
    ] },
    { tag: 'planFields', loop: true, description: '建设方案中章节以外的字段（如安全可靠产品、外包安全承诺），逐行循环', fields: fieldRowTags },
    budgetSummaryTags,
  ],
  data: ({ dossier, view, ctx }) => {
    const form = getForm('construction-plan');
    const plan = view.constructionPlan as ViewObject;
    return {
      chapters: chapterKeys.map((key, i) => ({
        number: chineseNumeral(i + 1),
        title: fieldTitle(form, `/${key}`),
        paragraphs: paragraphsOf(plan[key]),
      })),
      planFields: fieldRows(form, plan, [...coverKeys, ...chapterKeys]),
      budgetSummary: budgetSummary(own(dossier, 'budget'), ctx),
    };
  },
};

export default constructionPlan;
