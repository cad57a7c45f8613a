import { sub } from './facts.js';
import { readBool } from '../read.js';
import type { Rule } from './types.js';

/** 第九条: no data-sharing commitment, no approval ("先共享再续建、新建设必共享"). */
export const art09DataSharing: Rule = {
  id: 'art09-data-sharing',
  article: 9,
  reads: ['/application/dataSharing/committed'],
  check({ application }, ctx) {
    if (readBool(sub(application, 'dataSharing'), 'committed') !== false) return [];
    return [ctx.finding('art9.no-data-sharing', 'error', { path: '/application/dataSharing/committed' })];
  },
};
