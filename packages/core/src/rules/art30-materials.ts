import { compareDates } from '../dates.js';
import { readDate } from '../read.js';
import type { Finding } from '../types.js';
import type { Rule } from './types.js';

/**
 * 第三十条: the completion materials go to 市数据局 before acceptance and are approved first; the
 * acceptance may be held on the day of the approval. Without an approval date it is a reminder.
 */
export const art30Materials: Rule = {
  id: 'art30-materials',
  article: 30,
  reads: ['/completion/acceptanceDate', '/completion/materialsSubmittedOn', '/completion/materialsApprovedOn'],
  check({ completion }, ctx) {
    const findings: Finding[] = [];
    const acceptance = readDate(completion, 'acceptanceDate');
    const submitted = readDate(completion, 'materialsSubmittedOn');
    const approved = readDate(completion, 'materialsApprovedOn');
    if (submitted && approved && compareDates(approved, submitted) < 0) {
      findings.push(ctx.finding('art30.approved-before-submitted', 'error', { path: '/completion/materialsApprovedOn', params: { submitted, approved } }));
    }
    if (acceptance && approved && compareDates(acceptance, approved) < 0) {
      findings.push(ctx.finding('art30.accepted-before-approval', 'error', { path: '/completion/acceptanceDate', params: { acceptance, approved } }));
    } else if (acceptance && !approved) {
      findings.push(ctx.finding('art30.approval-date-missing', 'info', { path: '/completion/materialsApprovedOn', params: { acceptance } }));
    }
    return findings;
  },
};
