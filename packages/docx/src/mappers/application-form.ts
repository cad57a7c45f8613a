import { getForm } from '@govforms/core';
import { budgetSummary } from '../budget-summary.js';
import { fieldRows } from '../field-rows.js';
import { findingRows } from '../findings-list.js';
import { field as own } from '@govforms/core';
import { budgetSummaryTags, fieldRowTags, findingTags } from '../shared-tags.js';
import type { TemplateMapper } from '../template-definition.js';
import type { ViewObject } from '../view-text.js';

/** 项目申报表: every application field, the budget by category, and the 审核要点. */
const applicationForm: TemplateMapper = {
  tags: [
    { tag: 'applicationFields', loop: true, description: '项目申报表的全部字段，按表单顺序逐行循环', fields: fieldRowTags },
    budgetSummaryTags,
    findingTags,
  ],
  data: ({ dossier, view, today, ctx }) => ({
    applicationFields: fieldRows(getForm('application'), view.application as ViewObject),
    budgetSummary: budgetSummary(own(dossier, 'budget'), ctx),
    findings: findingRows(dossier, { today }, ctx),
  }),
};

export default applicationForm;
