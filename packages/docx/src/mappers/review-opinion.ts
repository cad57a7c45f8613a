import { checkDossier, fieldLabel, getForm, SOURCE_LOCALE, type Dossier } from '@govforms/core';
import { textOfValue } from '../dossier-view.js';
import { findingRows } from '../findings-list.js';
import { documentWords as w, sharedWords as sw } from '../messages.js';
import { paragraphsOf } from '../paragraphs.js';
import { fieldRowTags, findingTags } from '../shared-tags.js';
import type { TemplateMapper } from '../template-definition.js';
import type { ViewObject } from '../view-text.js';

/** 审核意见书: the project, the reviewers, their opinion and required changes, and the toolkit's 审核要点 to start from. */
const reviewOpinion: TemplateMapper = {
  tags: [
    { tag: 'reviewFacts', loop: true, description: '基本情况：项目名称、申报单位、总投资、审核类型、审核日期、审核结论，逐行循环', fields: fieldRowTags },
    { tag: 'opinionParagraphs', loop: true, description: '审核意见，每段一项（{.}）' },
    { tag: 'changes', loop: true, description: '需修改的内容，逐项循环；没有时为空（{^changes}…{/changes}）', fields: [
      { tag: 'no', description: '序号' }, { tag: 'text', description: '需修改的内容' },
    ] },
    { tag: 'findingsSummary', description: '审核要点的条数，如“共 5 条：错误 0 条，警告 1 条，提示 4 条。”' },
    findingTags,
  ],
  data: ({ dossier, view, today, ctx }) => {
    const review = view.reviewOpinion as ViewObject;
    const application = view.application as ViewObject;
    const reviewForm = getForm('review-opinion');
    const applicationForm = getForm('application');
    const row = (label: string, value: unknown) => ({ label, value: textOfValue(value) });
    const changes = Array.isArray(review.requiredChanges) ? review.requiredChanges : [];
    const findings = checkDossier(dossier as Dossier, { today, locale: SOURCE_LOCALE });
    const count = (s: 'error' | 'warning' | 'info') => findings.filter((f) => f.severity === s).length;
    return {
      reviewFacts: [
        row(fieldLabel(reviewForm, '/projectName'), review.projectName),
        row(fieldLabel(applicationForm, '/applicant/name'), (application.applicant as ViewObject | undefined)?.name),
        { label: fieldLabel(applicationForm, '/totalInvestment'), value: w.yuanAndWan({ yuan: textOfValue(application.totalInvestment), wan: textOfValue(application.totalInvestmentWan) }) },
        row(fieldLabel(reviewForm, '/kind'), review.kind),
        row(fieldLabel(reviewForm, '/reviewedOn'), review.reviewedOn),
        row(fieldLabel(reviewForm, '/conclusion'), review.conclusion),
      ],
      opinionParagraphs: paragraphsOf(review.opinion),
      changes: changes.map((text, i) => ({ no: String(i + 1), text: textOfValue(text) })),
      findingsSummary: w.review.findingsSummary({
        total: findings.length, error: sw.severity.error(), errors: count('error'), warning: sw.severity.warning(), warnings: count('warning'),
        info: sw.severity.info(), infos: count('info'),
      }),
      findings: findingRows(dossier, { today, findings }, ctx),
    };
  },
};

export default reviewOpinion;
