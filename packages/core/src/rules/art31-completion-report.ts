import { addDays, compareDates } from '../dates.js';
import type { DocumentKind, Finding } from '../types.js';
import { missingFrom, suppliedDocuments } from './facts.js';
import { readBool, readDate } from '../read.js';
import type { Rule } from './types.js';

/** Days after acceptance within which the report is filed (30天内, inclusive). */
export const REPORT_FILING_DAYS = 30;

/** The acceptance report and what 第三十一条 says goes with it. */
export const completionMaterials: readonly DocumentKind[] = [
  'completion-report', 'construction-summary', 'financial-report', 'audit-report', 'security-assessment',
  'data-security-assessment', 'crypto-assessment', 'secure-reliable-statement',
];

/** 第三十一条: report filed within 30 days of acceptance, with its materials; archives accepted. */
export const art31CompletionReport: Rule = {
  id: 'art31-completion-report',
  article: 31,
  reads: ['/completion/acceptanceDate', '/completion/reportFiledOn', '/completion/attachments', '/completion/archiveAccepted'],
  check({ completion }, ctx) {
    const findings: Finding[] = [];
    const acceptance = readDate(completion, 'acceptanceDate');
    if (acceptance) {
      const deadline = addDays(acceptance, REPORT_FILING_DAYS);
      const filedOn = readDate(completion, 'reportFiledOn');
      if (filedOn && compareDates(filedOn, deadline) > 0) {
        findings.push(ctx.finding('art31.report-late', 'error', { path: '/completion/reportFiledOn', params: { filedOn, deadline } }));
      } else if (!filedOn && compareDates(ctx.today, deadline) > 0) {
        findings.push(ctx.finding('art31.report-overdue', 'error', { path: '/completion/reportFiledOn', params: { deadline } }));
      }
      const supplied = suppliedDocuments(completion);
      const missing = supplied ? missingFrom(supplied, completionMaterials) : [];
      if (missing.length) {
        findings.push(ctx.finding('art31.materials-missing', 'error', {
          path: '/completion/attachments', requires: missing, params: { docs: ctx.names(missing) },
        }));
      }
    }
    if (readBool(completion, 'archiveAccepted') === false) {
      findings.push(ctx.finding('art31.archive-not-accepted', 'error', { path: '/completion/archiveAccepted', requires: ['archive-acceptance'] }));
    }
    return findings;
  },
};
