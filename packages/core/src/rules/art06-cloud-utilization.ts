import { readNumber } from '../read.js';
import type { Rule } from './types.js';

/** 第六条: monthly monitoring recalls cloud resources of systems with low utilisation. */
export const art06CloudUtilization: Rule = {
  id: 'art06-cloud-utilization',
  article: 6,
  reads: ['/annualReport/cloudUtilization'],
  check({ annualReport }, ctx) {
    const value = readNumber(annualReport, 'cloudUtilization');
    const threshold = ctx.policy.cloudUtilizationThresholdPercent;
    if (value === undefined || value >= threshold) return [];
    return [ctx.finding('art6.low-cloud-utilization', 'warning', {
      path: '/annualReport/cloudUtilization', params: { value, threshold },
    })];
  },
};
