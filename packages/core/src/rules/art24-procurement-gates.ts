import { compareDates } from '../dates.js';
import { readDate } from '../read.js';
import { APPROVAL_READS, needsApproval, needsTechnicalReview, TECHNICAL_REVIEW_READS } from './facts.js';
import type { Rule } from './types.js';

type Gate = 'listed' | 'technicalReview' | 'estimateReview' | 'approval';
const GATE_FIELDS: Record<Gate, string> = {
  listed: 'listedOn', technicalReview: 'technicalReviewPassedOn', estimateReview: 'estimateReviewPassedOn', approval: 'approvalObtainedOn',
};

/**
 * 第二十四条: no procurement before the project is in the annual list, has passed the technical
 * and estimate reviews (when 第十九条 applies) and has its approval (when 第二十条 applies). A gate
 * passed on the day procurement starts is passed; one with no date is not passed yet.
 */
export const art24ProcurementGates: Rule = {
  id: 'art24-procurement-gates',
  article: 24,
  reads: [
    '/milestones/procurementStartedOn', ...Object.values(GATE_FIELDS).map((k) => `/milestones/${k}`),
    ...new Set([...TECHNICAL_REVIEW_READS, ...APPROVAL_READS]),
  ],
  check(d, ctx) {
    const m = d.milestones;
    const procurement = readDate(m, 'procurementStartedOn');
    if (!procurement) return [];
    const gates: Gate[] = ['listed'];
    if (needsTechnicalReview(d, ctx)) gates.push('technicalReview', 'estimateReview');
    if (needsApproval(d)) gates.push('approval');
    const words = ctx.words.gates;
    const late = gates.flatMap((gate) => {
      const passed = readDate(m, GATE_FIELDS[gate]);
      if (passed && compareDates(passed, procurement) <= 0) return [];
      return [passed ? words.passedOn({ gate: words[gate](), date: passed }) : words.notYet({ gate: words[gate]() })];
    });
    if (late.length === 0) return [];
    return [ctx.finding('art24.procurement-before-gates', 'error', {
      path: '/milestones/procurementStartedOn', params: { procurement, gates: ctx.list(late) },
    })];
  },
};
