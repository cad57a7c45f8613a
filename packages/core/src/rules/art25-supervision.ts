import { BUDGET_TOTALS_READS } from '../budget.js';
import type { Finding } from '../types.js';
import { isConstructionProject, PROJECT_TYPE, suppliedDocuments, TOTAL_INVESTMENT, totalInvestmentFen } from './facts.js';
import type { DossierSections, Rule, RuleContext } from './types.js';

/** 100 万元: construction projects whose budget exceeds it (超过, strictly) need supervision. */
export const SUPERVISION_THRESHOLD_FEN = 1_000_000_00;

/** What supervisionInvestmentFen reads. */
export const SUPERVISION_INVESTMENT_READS: readonly string[] = [PROJECT_TYPE, TOTAL_INVESTMENT, ...BUDGET_TOTALS_READS];

/** The investment that makes supervision compulsory (the total investment, else the budget total), when it does. */
export function supervisionInvestmentFen(d: DossierSections, ctx: Pick<RuleContext, 'budget'>): number | undefined {
  if (!isConstructionProject(d.application)) return undefined;
  const total = totalInvestmentFen(d) ?? ctx.budget()?.totalFen;
  return total !== undefined && total > SUPERVISION_THRESHOLD_FEN ? total : undefined;
}

/** 第二十五条: engineering supervision (a supervisor, a contract and a budget line) above 1,000,000 yuan. */
export const art25Supervision: Rule = {
  id: 'art25-supervision',
  article: 25,
  reads: [...SUPERVISION_INVESTMENT_READS, '/completion/attachments'],
  check(d, ctx) {
    const total = supervisionInvestmentFen(d, ctx);
    if (total === undefined) return [];
    const budget = ctx.budget();
    const investment = totalInvestmentFen(d);
    const findings: Finding[] = [];
    if (budget && budget.byCategoryFen.supervision === 0) {
      findings.push(ctx.finding('art25.supervision-budget-missing', 'error', {
        path: '/budget/items', requires: ['supervision-contract'], params: { total: ctx.yuan(total) },
      }));
    }
    const completionDocs = suppliedDocuments(d.completion);
    if (completionDocs && !completionDocs.has('supervision-contract')) {
      findings.push(ctx.finding('art25.supervision-contract-missing', 'error', {
        path: '/completion/attachments', requires: ['supervision-contract'],
      }));
    } else if (!completionDocs) {
      const path = investment !== undefined ? '/application/totalInvestment' : '/budget/items';
      findings.push(ctx.finding('art25.supervision-contract', 'info', { path, requires: ['supervision-contract'] }));
    }
    return findings;
  },
};
