/**
 * The words of the projects summary workbook in its locale (zh-CN unless asked): the
 * catalogue's `workbook.projects` words, the application and budget forms' own field titles
 * and option labels, and core's shared words (severities, "no year", list separator).
 */
import {
  BUDGET_CATEGORIES, fieldTitle, getForm, optionLabels, words,
  type BudgetCategory, type Locale, type Severity,
} from '@govforms/core';
import { messagesFor } from './messages.js';

export interface ProjectsLabels {
  locale: Locale;
  /** The catalogue's words for this workbook (formatters). */
  P: ReturnType<typeof messagesFor>['workbook']['projects'];
  /** The budget workbook's words shared with this one (一致 / 不一致, the notes' topics, the page footer). */
  shared: ReturnType<typeof messagesFor>['workbook'];
  core: ReturnType<typeof words>;
  header: { index: string; applicant: string; projectName: string; projectType: string; fundingSources: string; totalInvestment: string };
  category: Record<BudgetCategory, string>;
  dataResources: string;
  severity: Record<Severity, string>;
  projectType(value: string): string;
  fundingSource(value: string): string;
}

const cache = new Map<Locale, ProjectsLabels>();

export function projectsLabels(locale: Locale = 'zh-CN'): ProjectsLabels {
  const known = cache.get(locale);
  if (known) return known;
  const app = getForm('application');
  const budget = getForm('budget');
  const shared = messagesFor(locale).workbook;
  const core = words(locale);
  const options = new Map((optionLabels(budget, '/items/0/category', locale) ?? []).map((o) => [o.value, o.label]));
  // Looked up once per workbook, not per project: every lookup walks the schema.
  const lookup = (pointer: string) => {
    const labels = new Map((optionLabels(app, pointer, locale) ?? []).map((o) => [o.value, o.label]));
    return (v: string) => labels.get(v) ?? v;
  };
  const labels: ProjectsLabels = {
    locale,
    P: shared.projects,
    shared,
    core,
    header: {
      index: shared.index(),
      applicant: fieldTitle(app, '/applicant', locale),
      projectName: fieldTitle(app, '/projectName', locale),
      projectType: fieldTitle(app, '/projectType', locale),
      fundingSources: fieldTitle(app, '/fundingSources', locale),
      totalInvestment: fieldTitle(app, '/totalInvestment', locale),
    },
    category: Object.fromEntries(BUDGET_CATEGORIES.map((c) => [c, String(options.get(c) ?? c)])) as Record<BudgetCategory, string>,
    dataResources: shared.sheets.resources(),
    severity: { error: core.severity.error(), warning: core.severity.warning(), info: core.severity.info() },
    projectType: lookup('/projectType'),
    fundingSource: lookup('/fundingSources/0'),
  };
  if (cache.size < 20) cache.set(locale, labels);
  return labels;
}
