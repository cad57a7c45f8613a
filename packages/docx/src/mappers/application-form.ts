import { documentKindLabel, getForm } from '@govforms/core';
import { budgetSummary } from '../budget-summary.js';
import { fieldRows } from '../field-rows.js';
import { findingRows } from '../findings-list.js';
import { own } from '../own.js';
import type { TemplateDefinition } from '../template-definition.js';
import type { ViewObject } from '../view-text.js';
import { budgetSummaryTags, fieldRowTags, findingTags } from './tags.js';

/** 项目申报表: every application field, the budget by category, and the 审核要点. */
export const applicationForm: TemplateDefinition = {
  id: 'application-form',
  title: documentKindLabel('application-form'),
  section: 'application',
  uses: ['application', 'budget'],
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
