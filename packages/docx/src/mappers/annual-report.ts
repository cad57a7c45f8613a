import { annualReportSections, chineseNumeral, fieldTitle, getForm } from '@govforms/core';
import { fieldRows } from '../field-rows.js';
import { findingRows } from '../findings-list.js';
import { paragraphsOf } from '../paragraphs.js';
import { fieldRowTags, findingTags } from '../shared-tags.js';
import type { TemplateMapper } from '../template-definition.js';
import type { ViewObject } from '../view-text.js';

/** 年度运维服务情况报表: the report's facts, the five sections of 第三十六条第三款, the checks. */
const annualReport: TemplateMapper = {
  tags: [
    { tag: 'reportFields', loop: true, description: '报表中五个部分以外的字段（周期、报送日期、云资源使用率、运维经费等），逐行循环', fields: fieldRowTags },
    { tag: 'sections', loop: true, description: '第三十六条第三款规定的五个部分：系统运行、安全管理、用户使用、经费支付、运营成效', fields: [
      { tag: 'number', description: '序号的中文数字，如“一”' },
      { tag: 'title', description: '部分名称（取自表单 schema）' },
      { tag: 'paragraphs', loop: true, description: '正文段落循环（段落内容为 {.}）' },
    ] },
    findingTags,
  ],
  data: ({ dossier, view, today, ctx }) => {
    const form = getForm('annual-report');
    const report = view.annualReport as ViewObject;
    return {
      reportFields: fieldRows(form, report, annualReportSections),
      sections: annualReportSections.map((key, i) => ({
        number: chineseNumeral(i + 1),
        title: fieldTitle(form, `/${key}`),
        paragraphs: paragraphsOf(report[key]),
      })),
      findings: findingRows(dossier, { today, articles: [6, 36] }, ctx),
    };
  },
};

export default annualReport;
