import { readBool } from '../read.js';
import type { Rule } from './types.js';

/** 第八条: projects that cannot connect to the municipal project platform are not approved. */
export const art08Platform: Rule = {
  id: 'art08-platform',
  article: 8,
  reads: ['/application/platformIntegration'],
  check({ application }, ctx) {
    if (readBool(application, 'platformIntegration') !== false) return [];
    return [ctx.finding('art8.no-platform-integration', 'error', { path: '/application/platformIntegration' })];
  },
};
