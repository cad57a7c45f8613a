/**
 * The approval steps a project needs under 第十九条 and 第二十条, from the same shared facts
 * the rules and the timeline ask (rules/facts.ts): summaries and portals show them without
 * deriving the thresholds again.
 */
import { resolvePolicy, sectionsOf } from './check-dossier.js';
import { mayCombineApprovalFiling, needsApproval, needsTechnicalReview } from './rules/facts.js';
import type { Policy } from './rules/policy.js';
import type { Dossier } from './types.js';

export interface ApprovalPath {
  /** 第十九条: the technical and estimate reviews (技术方案审核), at or above the procurement limit. */
  technicalReview: boolean;
  /** 第二十条: approval by 市发展改革委 (立项审批). */
  approval: boolean;
  /** 第二十条第二款第三项: the approval documents may be filed together (合并编报); only when `approval`. */
  combinedFiling: boolean;
}

export function approvalPath(d: Dossier, opts: { policy?: Partial<Policy> } = {}): ApprovalPath {
  const s = sectionsOf(d);
  return {
    technicalReview: needsTechnicalReview(s, { policy: resolvePolicy(opts.policy) }),
    approval: needsApproval(s),
    combinedFiling: mayCombineApprovalFiling(s),
  };
}
