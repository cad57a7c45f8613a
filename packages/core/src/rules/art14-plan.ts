import { getForm } from '../forms/registry.js';
import type { DocumentKind, Finding } from '../types.js';
import { sub } from './facts.js';
import { fieldTitle } from '../forms/labels.js';
import { readBool, readList, readText } from '../read.js';
import type { Rule } from './types.js';

/** 第十四条第一项: the basic contents of a construction plan, in order. */
export const basicChapters = [
  'background', 'necessity', 'investment', 'objectives', 'content', 'schedule',
  'resourceCatalog', 'securitySystem', 'configuration', 'features', 'innovationScenarios',
] as const;

/** 第十四条第五项: the two mandatory independent chapters and the document kinds they are. */
export const independentChapters: ReadonlyArray<[chapter: string, kind: DocumentKind]> = [
  ['dataSharingAnalysis', 'data-sharing-analysis'],
  ['cybersecurityAnalysis', 'cybersecurity-analysis'],
];

/** 第十四条 (一)(五)(六)(七)(八): what the construction plan and application must say. */
export const art14Plan: Rule = {
  id: 'art14-plan',
  article: 14,
  reads: [
    ...independentChapters.map(([chapter]) => `/constructionPlan/${chapter}`), ...basicChapters.map((c) => `/constructionPlan/${c}`),
    '/constructionPlan/secureReliableProducts', '/constructionPlan/outsourcingSecurityCompliant',
    '/application/dataSharing/committed', '/application/dataSharing/catalog', '/application/classified', '/application/classifiedSeparation',
  ],
  check({ application: app, constructionPlan: plan }, ctx) {
    const findings: Finding[] = [];
    if (plan) {
      const form = getForm('construction-plan');
      for (const [chapter, kind] of independentChapters) {
        if (readText(plan, chapter)) continue;
        findings.push(ctx.finding('art14.independent-chapter-missing', 'error', {
          path: `/constructionPlan/${chapter}`, requires: [kind], params: { chapter: fieldTitle(form, `/${chapter}`, ctx.locale) },
        }));
      }
      for (const chapter of basicChapters) {
        if (readText(plan, chapter)) continue;
        findings.push(ctx.finding('art14.chapter-missing', 'warning', {
          path: `/constructionPlan/${chapter}`, params: { chapter: fieldTitle(form, `/${chapter}`, ctx.locale) },
        }));
      }
      if (readBool(plan, 'secureReliableProducts') === false) {
        findings.push(ctx.finding('art14.secure-reliable', 'error', { path: '/constructionPlan/secureReliableProducts' }));
      }
      if (readBool(plan, 'outsourcingSecurityCompliant') === false) {
        findings.push(ctx.finding('art14.outsourcing-security', 'error', { path: '/constructionPlan/outsourcingSecurityCompliant' }));
      }
    }
    const sharing = sub(app, 'dataSharing');
    if (readBool(sharing, 'committed') === true && (readList(sharing, 'catalog') ?? []).length === 0) {
      findings.push(ctx.finding('art14.sharing-catalog-empty', 'warning', { path: '/application/dataSharing/catalog' }));
    }
    if (readBool(app, 'classified') === true && !readText(app, 'classifiedSeparation')) {
      findings.push(ctx.finding('art14.classified-separation-missing', 'error', { path: '/application/classifiedSeparation' }));
    }
    return findings;
  },
};
