import { BUDGET_TOTALS_READS, NO_YEAR } from '../budget.js';
import type { Finding } from '../types.js';
import { sub, TOTAL_INVESTMENT, totalInvestmentFen } from './facts.js';
import { field, readBool, readDate, readList, readText, section } from '../read.js';
import type { DossierSections, Rule, RuleContext } from './types.js';

/** 分年度实施: the construction period spans calendar years, or the items name several years. */
function isMultiYear(d: DossierSections, years: string[]): boolean {
  const period = sub(d.application, 'constructionPeriod');
  const start = readDate(period, 'start');
  const end = readDate(period, 'end');
  if (start && end && start.slice(0, 4) !== end.slice(0, 4)) return true;
  return years.filter((y) => y !== NO_YEAR).length > 1;
}

function itemFindings(d: DossierSections, ctx: RuleContext): Finding[] {
  const totals = ctx.budget();
  if (!totals) return [];
  const findings: Finding[] = [];
  const items = readList(d.budget, 'items') ?? [];
  for (const p of totals.problems) {
    if (p.reason !== 'amount-mismatch' || p.expectedFen === undefined || p.amountFen === undefined) continue;
    const index = Number(p.path.split('/')[2]);
    const item = section(items[index]);
    findings.push(ctx.finding('art14.item-amount-mismatch', 'error', {
      path: `/budget${p.path}`,
      params: {
        item: index + 1, name: readText(item, 'name') ?? '',
        amount: ctx.yuan(p.amountFen), expected: ctx.yuan(p.expectedFen),
      },
    }));
  }
  const yearless = items.flatMap((it, i) => (Number.isInteger(field(section(it), 'year')) ? [] : [i]));
  if (yearless.length > 0 && isMultiYear(d, Object.keys(totals.byYearFen))) {
    findings.push(ctx.finding('art14.budget-year-missing', 'error', {
      path: `/budget/items/${yearless[0]}/year`, params: { count: yearless.length },
    }));
  }
  return findings;
}

function totalFindings(d: DossierSections, ctx: RuleContext): Finding[] {
  const totals = ctx.budget();
  const investment = totalInvestmentFen(d);
  // An unreadable amount means the sum is not known yet: validation reports the amount itself.
  if (!totals || investment === undefined || totals.problems.some((p) => p.reason !== 'amount-mismatch')) return [];
  if (totals.totalFen === investment) return [];
  return [ctx.finding('art14.budget-total-mismatch', 'error', {
    path: '/application/totalInvestment',
    params: {
      budgetTotal: ctx.yuan(totals.totalFen), totalInvestment: ctx.yuan(investment),
      difference: ctx.yuan(Math.abs(totals.totalFen - investment)),
    },
  })];
}

/** 第十四条第二项: the budget adds up, lists data resources with costs, and splits years. */
export const art14Budget: Rule = {
  id: 'art14-budget',
  article: 14,
  reads: [
    ...BUDGET_TOTALS_READS, '/budget/items/*/name', '/application/constructionPeriod/start', '/application/constructionPeriod/end',
    TOTAL_INVESTMENT, '/application/hasDataResources', '/budget/dataResources',
  ],
  check(d, ctx) {
    const findings = [...itemFindings(d, ctx), ...totalFindings(d, ctx)];
    if (readBool(d.application, 'hasDataResources') === true && d.budget && (readList(d.budget, 'dataResources') ?? []).length === 0) {
      findings.push(ctx.finding('art14.data-resources-missing', 'error', { path: '/budget/dataResources' }));
    }
    return findings;
  },
};
