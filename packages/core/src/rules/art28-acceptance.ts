import { compareDates } from '../dates.js';
import { readDate, readText } from '../read.js';
import type { Finding } from '../types.js';
import { isConstructionProject, PROJECT_TYPE } from './facts.js';
import type { Rule } from './types.js';

/**
 * 第二十八条: a construction project is not used before it is accepted, so an annual O&M report
 * (the system in use) needs an acceptance date; an O&M project is accepted once its service
 * period has ended (期满后: on the day it ends or later).
 */
export const art28Acceptance: Rule = {
  id: 'art28-acceptance',
  article: 28,
  reads: [PROJECT_TYPE, '/completion/acceptanceDate', '/completion/serviceEnd'],
  check(d, ctx) {
    const findings: Finding[] = [];
    const acceptance = readDate(d.completion, 'acceptanceDate');
    if (d.annualReport && isConstructionProject(d.application) && !acceptance) {
      findings.push(ctx.finding('art28.in-use-before-acceptance', 'error', { path: '/completion/acceptanceDate' }));
    }
    const serviceEnd = readDate(d.completion, 'serviceEnd');
    if (readText(d.application, 'projectType') === 'operation' && acceptance && serviceEnd && compareDates(acceptance, serviceEnd) < 0) {
      findings.push(ctx.finding('art28.accepted-before-service-end', 'error', {
        path: '/completion/acceptanceDate', params: { acceptance, serviceEnd },
      }));
    }
    return findings;
  },
};
