import type { DocumentKind, Finding } from '../types.js';
import { APPROVAL_READS, mayCombineApprovalFiling, missingFrom, needsApproval, suppliedDocuments, totalInvestmentFen } from './facts.js';
import { readBool } from '../read.js';
import type { Rule } from './types.js';

/** The approval documents art. 20 asks for, with its simplifications (一)(二). */
export function approvalDocuments(inPlan: boolean, urgent: boolean): DocumentKind[] {
  if (urgent) return ['feasibility-study', 'preliminary-design', 'investment-estimate'];
  if (inPlan) return ['feasibility-study', 'preliminary-design'];
  return ['project-proposal', 'feasibility-study', 'preliminary-design'];
}

/** 第二十条: construction projects with budget funds over 4,000,000 yuan need NDRC approval. */
export const art20Approval: Rule = {
  id: 'art20-approval',
  article: 20,
  reads: [...APPROVAL_READS, '/application/inPlan', '/application/urgent', '/application/attachments'],
  check(d, ctx) {
    const app = d.application;
    if (!needsApproval(d)) return [];
    const total = totalInvestmentFen(d)!;
    const docs = approvalDocuments(readBool(app, 'inPlan') === true, readBool(app, 'urgent') === true);
    const supplied = suppliedDocuments(app) ?? new Set<string>();
    const missing = missingFrom(supplied, docs);
    const findings: Finding[] = [ctx.finding('art20.approval-documents', missing.length ? 'warning' : 'info', {
      path: '/application/totalInvestment', requires: docs,
      params: { total: ctx.yuan(total), docs: ctx.names(docs), missing: ctx.names(missing), missingCount: missing.length },
    })];
    if (mayCombineApprovalFiling(d)) {
      findings.push(ctx.finding('art20.combined-submission', 'info', { path: '/application/totalInvestment' }));
    }
    return findings;
  },
};
