import { readBool, readText } from '../read.js';
import type { Rule } from './types.js';

/** 第七条: non-classified systems run on the unified government cloud, or an assessed cloud. */
export const art07Cloud: Rule = {
  id: 'art07-cloud',
  article: 7,
  reads: ['/application/classified', '/application/deployment', '/application/cloudSecurityAssessed'],
  check({ application: app }, ctx) {
    if (readBool(app, 'classified') === true) return [];
    const deployment = readText(app, 'deployment');
    if (deployment === 'on-premise') {
      return [ctx.finding('art7.on-premise', 'error', { path: '/application/deployment' })];
    }
    if (deployment === 'other-cloud' && readBool(app, 'cloudSecurityAssessed') === false) {
      return [ctx.finding('art7.cloud-not-assessed', 'error', { path: '/application/cloudSecurityAssessed' })];
    }
    return [];
  },
};
