import { yuanToFen } from '../money.js';
import type { Finding } from '../types.js';
import { needsTechnicalReview, TECHNICAL_REVIEW_READS, totalInvestmentFen } from './facts.js';
import { readBool } from '../read.js';
import type { Rule } from './types.js';

/**
 * 第十九条: construction projects at or above the procurement limit (以上，含限额标准) need a
 * technical review by 市大数据中心 before implementation; key projects also a bid control price.
 * These steps come after listing, so the findings are reminders (info).
 */
export const art19Procurement: Rule = {
  id: 'art19-procurement',
  article: 19,
  reads: [...TECHNICAL_REVIEW_READS, '/application/keyProject'],
  check(d, ctx) {
    if (!needsTechnicalReview(d, ctx)) return [];
    const total = totalInvestmentFen(d)!;
    const limit = yuanToFen(ctx.policy.procurementLimitYuan)!;
    const findings: Finding[] = [ctx.finding('art19.technical-review', 'info', {
      path: '/application/totalInvestment', requires: ['technical-review'],
      params: { total: ctx.yuan(total), limit: ctx.yuan(limit) },
    })];
    if (readBool(d.application, 'keyProject') === true) {
      findings.push(ctx.finding('art19.bid-control-price', 'info', {
        path: '/application/keyProject', requires: ['bid-control-price'],
      }));
    }
    return findings;
  },
};
