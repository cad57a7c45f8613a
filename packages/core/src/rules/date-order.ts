import { compareDates } from '../dates.js';
import { fieldLabel } from '../forms/labels.js';
import { findFormForDossierKey } from '../forms/registry.js';
import { readDate } from '../read.js';
import type { Finding } from '../types.js';
import type { DossierSections, MessageId, Rule, RuleContext } from './types.js';

/** A date that cannot come before another: a step of the lifecycle and the step it follows. */
interface DatePair { earlier: [section: string, field: string]; later: [section: string, field: string] }

/**
 * Steps in the order the regulation sets them, by the article of the later step: 申报 (14) →
 * 预审 (16) → 年度清单 (18) → 技术方案/概算审核 (19) → 采购、合同 (24); 试运行 → 竣工验收 (29) →
 * 验收报告备案 (31). The same day is in order; a day earlier is not.
 */
const ORDER: Record<number, readonly DatePair[]> = {
  16: [{ earlier: ['application', 'submittedOn'], later: ['milestones', 'preReviewPassedOn'] }],
  18: [{ earlier: ['milestones', 'preReviewPassedOn'], later: ['milestones', 'listedOn'] }],
  19: [
    { earlier: ['milestones', 'listedOn'], later: ['milestones', 'technicalReviewPassedOn'] },
    { earlier: ['milestones', 'listedOn'], later: ['milestones', 'estimateReviewPassedOn'] },
  ],
  24: [
    { earlier: ['application', 'submittedOn'], later: ['milestones', 'procurementStartedOn'] },
    { earlier: ['milestones', 'procurementStartedOn'], later: ['milestones', 'contractSignedOn'] },
  ],
  29: [{ earlier: ['completion', 'trialStart'], later: ['completion', 'acceptanceDate'] }],
  31: [{ earlier: ['completion', 'acceptanceDate'], later: ['completion', 'reportFiledOn'] }],
};

export type OrderedArticle = 16 | 18 | 19 | 24 | 29 | 31;

function label(section: string, field: string, ctx: RuleContext): string {
  const form = findFormForDossierKey(section);
  return form ? fieldLabel(form, `/${field}`, ctx.locale) : field;
}

/** Whether `later` is a day or more before `earlier` (both given): the dates are out of order. */
export function outOfOrder(d: DossierSections, pair: DatePair): { earlier: string; later: string } | undefined {
  const earlier = readDate(d[pair.earlier[0]], pair.earlier[1]);
  const later = readDate(d[pair.later[0]], pair.later[1]);
  return earlier && later && compareDates(later, earlier) < 0 ? { earlier, later } : undefined;
}

/** The dates of one article's steps out of order: an error naming both fields and both dates. */
export function dateOrderRule(article: OrderedArticle): Rule {
  return {
    id: `art${article}-date-order`,
    article,
    reads: [...new Set(ORDER[article]!.flatMap((p) => [p.earlier, p.later]).map(([s, f]) => `/${s}/${f}`))],
    check(d, ctx) {
      const findings: Finding[] = [];
      for (const pair of ORDER[article]!) {
        const dates = outOfOrder(d, pair);
        if (!dates) continue;
        findings.push(ctx.finding(`art${article}.dates-out-of-order` as MessageId, 'error', {
          path: `/${pair.later[0]}/${pair.later[1]}`,
          params: {
            later: label(...pair.later, ctx), laterDate: dates.later,
            earlier: label(...pair.earlier, ctx), earlierDate: dates.earlier,
          },
        }));
      }
      return findings;
    },
  };
}
