import type { DocumentKind } from '../types.js';
import { missingFrom, suppliedDocuments } from './facts.js';
import type { Rule } from './types.js';

/** Materials every application carries (第十四条 first sentence). */
export const applicationMaterials: readonly DocumentKind[] = [
  'application-form', 'construction-plan', 'basis-materials', 'collective-decision',
];

/** 第十四条: the application form, plan, basis materials and collective decision are all required. */
export const art14Materials: Rule = {
  id: 'art14-materials',
  article: 14,
  reads: ['/application/attachments'],
  check({ application }, ctx) {
    const supplied = suppliedDocuments(application);
    if (!supplied) return [];
    const missing = missingFrom(supplied, applicationMaterials);
    if (missing.length === 0) return [];
    return [ctx.finding('art14.materials-missing', 'error', {
      path: '/application/attachments', requires: missing, params: { docs: ctx.names(missing) },
    })];
  },
};
