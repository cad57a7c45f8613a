import { compareDates } from '../dates.js';
import { readBool, readDate, readNumber, readText } from '../read.js';
import type { Finding } from '../types.js';
import { SUPERVISION_INVESTMENT_READS, supervisionInvestmentFen } from './art25-supervision.js';
import type { Rule } from './types.js';

/**
 * 第三十六条第二款: during construction, a performance self-evaluation each year, filed with 市数据局
 * by the end of the year (年底前: 31 December included), with the applicant's and the
 * supervisor's opinions, and for a system in trial the trial's effect and problems.
 */
export const art36PerformanceEvaluation: Rule = {
  id: 'art36-performance-evaluation',
  article: 36,
  reads: [
    ...['year', 'submittedOn', 'inTrial', 'trialEffect', 'trialIssues', 'applicantOpinion', 'supervisorOpinion'].map((k) => `/performanceEvaluation/${k}`),
    ...SUPERVISION_INVESTMENT_READS,
  ],
  check({ performanceEvaluation: e, ...d }, ctx) {
    if (!e) return [];
    const findings: Finding[] = [];
    const n = readNumber(e, 'year');
    // The year as text: ICU would write a number 2025 as "2,025".
    const year = n !== undefined && Number.isInteger(n) && n >= 1000 && n <= 9999 ? String(n) : undefined;
    const due = year && `${year}-12-31`;
    const submittedOn = readDate(e, 'submittedOn');
    if (year && due && submittedOn && compareDates(submittedOn, due) > 0) {
      findings.push(ctx.finding('art36.evaluation-late', 'error', { path: '/performanceEvaluation/submittedOn', params: { submittedOn, due, year } }));
    } else if (year && due && !submittedOn && compareDates(ctx.today, due) > 0) {
      findings.push(ctx.finding('art36.evaluation-overdue', 'warning', { path: '/performanceEvaluation/submittedOn', params: { due, year } }));
    }
    if (readBool(e, 'inTrial') === true) {
      const missing = (['trialEffect', 'trialIssues'] as const).filter((k) => !readText(e, k));
      if (missing.length) {
        findings.push(ctx.finding('art36.evaluation-trial-missing', 'warning', { path: `/performanceEvaluation/${missing[0]}` }));
      }
    }
    if (!readText(e, 'applicantOpinion')) {
      findings.push(ctx.finding('art36.evaluation-applicant-opinion', 'warning', { path: '/performanceEvaluation/applicantOpinion' }));
    }
    if (!readText(e, 'supervisorOpinion') && supervisionInvestmentFen(d, ctx) !== undefined) {
      findings.push(ctx.finding('art36.evaluation-supervisor-opinion', 'warning', { path: '/performanceEvaluation/supervisorOpinion' }));
    }
    return findings;
  },
};
