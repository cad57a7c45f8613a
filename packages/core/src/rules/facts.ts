/** Facts several articles ask about the application. */
import { field, readFen, readList, readStrings, readText, section, type Section } from '../read.js';
import { yuanToFen } from '../money.js';
import type { DossierSections, RuleContext } from './types.js';

export const PROJECT_TYPE = '/application/projectType';
export const TOTAL_INVESTMENT = '/application/totalInvestment';
export const FUNDING_SOURCES = '/application/fundingSources';

export function isConstructionProject(app: Section | undefined): boolean {
  return readText(app, 'projectType') === 'construction';
}

/** Budget money (预算安排资金): fiscal funds, superior subsidies, and joint government–enterprise investment, which includes government budget money. */
export function usesBudgetFunds(app: Section | undefined): boolean {
  const sources = readList(app, 'fundingSources') ?? [];
  return sources.includes('fiscal') || sources.includes('superior-subsidy') || sources.includes('joint');
}

export function totalInvestmentFen(d: DossierSections): number | undefined {
  return readFen(d.application, 'totalInvestment');
}

/** The document kinds already supplied in a section's checklist; undefined when not filled yet. */
export function suppliedDocuments(s: Section | undefined): Set<string> | undefined {
  const list = readStrings(s, 'attachments');
  return list ? new Set(list) : undefined;
}

export function missingFrom<T extends string>(supplied: Set<string>, required: readonly T[]): T[] {
  return required.filter((k) => !supplied.has(k));
}

export function sub(s: Section | undefined, key: string): Section | undefined {
  return section(field(s, key));
}

/** What needsTechnicalReview reads. */
export const TECHNICAL_REVIEW_READS: readonly string[] = [PROJECT_TYPE, TOTAL_INVESTMENT];

/** 第十九条 applies: a construction project at or above the procurement limit (以上, inclusive) needs the technical and estimate reviews. */
export function needsTechnicalReview(d: DossierSections, ctx: Pick<RuleContext, 'policy'>): boolean {
  const total = totalInvestmentFen(d);
  const limit = yuanToFen(ctx.policy.procurementLimitYuan);
  return isConstructionProject(d.application) && total !== undefined && limit !== undefined && total >= limit;
}

/** 400 万元: above it (超过, strictly) a construction project with budget money needs NDRC approval (第二十条). */
export const APPROVAL_THRESHOLD_FEN = 4_000_000_00;

/** What needsApproval (and mayCombineApprovalFiling) reads. */
export const APPROVAL_READS: readonly string[] = [PROJECT_TYPE, FUNDING_SOURCES, TOTAL_INVESTMENT];

/** 第二十条 applies: a construction project using budget money with a total investment over 4,000,000 yuan. */
export function needsApproval(d: DossierSections): boolean {
  const total = totalInvestmentFen(d);
  return isConstructionProject(d.application) && usesBudgetFunds(d.application) && total !== undefined && total > APPROVAL_THRESHOLD_FEN;
}

/** 1000 万元: at or below it (以下 includes the number) the approval documents may be filed together. */
export const COMBINED_FILING_LIMIT_FEN = 10_000_000_00;

/** 第二十条第二款第三项: a project that needs approval and totals 1000万元以下 may file its documents together (合并编报). */
export function mayCombineApprovalFiling(d: DossierSections): boolean {
  return needsApproval(d) && totalInvestmentFen(d)! <= COMBINED_FILING_LIMIT_FEN;
}
