import { sub } from './facts.js';
import { readBool, readStrings, readText } from '../read.js';
import type { Rule } from './types.js';

/** 第十三条: public institutions file through their authority; joint projects name lead and co-builders. */
export const art13Authority: Rule = {
  id: 'art13-authority',
  article: 13,
  reads: ['/application/applicant/kind', '/application/supervisingAuthority', '/application/crossDepartment', '/application/leadDepartment', '/application/coBuilders'],
  check({ application: app }, ctx) {
    const findings = [];
    if (readText(sub(app, 'applicant'), 'kind') === 'public-institution' && !readText(app, 'supervisingAuthority')) {
      findings.push(ctx.finding('art13.supervising-authority-missing', 'error', { path: '/application/supervisingAuthority' }));
    }
    if (readBool(app, 'crossDepartment') === true) {
      if (!readText(app, 'leadDepartment')) {
        findings.push(ctx.finding('art13.lead-department-missing', 'error', { path: '/application/leadDepartment' }));
      }
      const coBuilders = (readStrings(app, 'coBuilders') ?? []).filter((c) => c.trim() !== '');
      if (coBuilders.length === 0) {
        findings.push(ctx.finding('art13.co-builders-missing', 'error', { path: '/application/coBuilders' }));
      }
    }
    return findings;
  },
};
