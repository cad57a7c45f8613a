import { field as own, getForm, yuanToFen } from '@govforms/core';
import { formatDate, yuanText } from '../dossier-view.js';
import { fieldRows } from '../field-rows.js';
import { findingRows } from '../findings-list.js';
import { documentWords as w } from '../messages.js';
import { paragraphsOf } from '../paragraphs.js';
import { percentOf } from '../percent.js';
import { fieldRowTags, findingTags } from '../shared-tags.js';
import type { TemplateMapper } from '../template-definition.js';
import type { ViewObject } from '../view-text.js';

/** The long texts, each printed as its own chapter rather than a table row. */
const CHAPTERS = ['progress', 'trialEffect', 'trialIssues', 'applicantOpinion', 'supervisorOpinion'] as const;

function investmentLine(evaluation: unknown): string {
  const planned = yuanToFen(own(evaluation, 'investmentPlanned'));
  const paid = yuanToFen(own(evaluation, 'investmentPaid'));
  if (planned === undefined || paid === undefined) return w.notFilled();
  const percent = percentOf(paid, planned);
  const amounts = { planned: yuanText(planned), paid: yuanText(paid) };
  return percent ? w.evaluation.investment({ ...amounts, percent }) : w.evaluation.investmentNoPercent(amounts);
}

function dueLine(evaluation: unknown): string {
  const year = own(evaluation, 'year');
  return Number.isInteger(year) && (year as number) >= 1000 && (year as number) <= 9999
    ? w.evaluation.dueOn({ due: formatDate(`${year}-12-31`) }) : '';
}

/** 项目绩效评价报告 (第三十六条第二款): progress, investment, the trial, both opinions, the checks. */
const performanceEvaluation: TemplateMapper = {
  tags: [
    { tag: 'evaluationFields', loop: true, description: '绩效评价报告中除建设进度、试运行效果、遇到的问题和两方意见外的字段，逐行循环', fields: fieldRowTags },
    { tag: 'progressParagraphs', loop: true, description: '建设进度，每段一项（{.}）' },
    { tag: 'investmentLine', description: '投资计划执行情况，如“本年度计划投资 3,856,400.50 元，实际支付 3,056,200.50 元，支付比例 79.25%。”' },
    { tag: 'trial', description: '已投入试运行时为一组（{#trial}…{/trial}），否则为空（{^trial}…{/trial}）', fields: [
      { tag: 'effectParagraphs', loop: true, description: '试运行效果，每段一项' },
      { tag: 'issuesParagraphs', loop: true, description: '遇到的问题，每段一项' },
    ] },
    { tag: 'applicantOpinionParagraphs', loop: true, description: '申报单位意见，每段一项' },
    { tag: 'supervisorOpinionParagraphs', loop: true, description: '监理单位意见，每段一项' },
    { tag: 'dueLine', description: '报送期限，如“依据第三十六条第二款，本报告应于 2024年12月31日 前报市数据局备案。”；评价年度未填时为空' },
    findingTags,
  ],
  data: ({ dossier, view, today, ctx }) => {
    const evaluation = own(dossier, 'performanceEvaluation');
    const v = view.performanceEvaluation as ViewObject;
    return {
      evaluationFields: fieldRows(getForm('performance-evaluation'), v, CHAPTERS),
      progressParagraphs: paragraphsOf(v.progress),
      investmentLine: investmentLine(evaluation),
      trial: own(evaluation, 'inTrial') === true ? { effectParagraphs: paragraphsOf(v.trialEffect), issuesParagraphs: paragraphsOf(v.trialIssues) } : false,
      applicantOpinionParagraphs: paragraphsOf(v.applicantOpinion),
      supervisorOpinionParagraphs: paragraphsOf(v.supervisorOpinion),
      dueLine: dueLine(evaluation),
      findings: findingRows(dossier, { today, articles: [36], ruleIds: /^art36\.evaluation/ }, ctx),
    };
  },
};

export default performanceEvaluation;
