import { describe, expect, test } from 'vitest';
import type { DocumentKind } from '../types.js';
import { dossierWith, expectOne, findingsOf } from '../../test-support/rules.js';

const REQUIRED: DocumentKind[] = ['application-form', 'construction-plan', 'basis-materials', 'collective-decision'];
const missing = (requires: DocumentKind[]) => ({
  ruleId: 'art14.materials-missing', article: 14, severity: 'error', path: '/application/attachments', requires, cites: '第十四条',
} as const);
const attached = (attachments: unknown) => dossierWith({ application: { attachments } });

describe('art. 14: an application carries the form, the plan, the basis materials and the collective decision', () => {
  test('art. 14: without the collective decision the materials are incomplete', () => {
    const f = expectOne(findingsOf(attached(REQUIRED.filter((k) => k !== 'collective-decision')), 'art14'), missing(['collective-decision']));
    expect(f.message).toContain('缺少：集体研究意见');
  });

  test.each(REQUIRED)('art. 14: without %s the materials are incomplete', (kind) => {
    expectOne(findingsOf(attached(REQUIRED.filter((k) => k !== kind)), 'art14'), missing([kind]));
  });

  test('art. 14: an empty checklist misses all four, in the article\'s order', () => {
    expectOne(findingsOf(attached([]), 'art14'), missing(REQUIRED));
  });

  test('art. 14: the four required materials are enough', () => {
    expect(findingsOf(attached(REQUIRED), 'art14')).toEqual([]);
  });

  test('art. 14: an application without a checklist yet is not checked for materials', () => {
    expect(findingsOf(attached(undefined), 'art14')).toEqual([]);
  });

  test('art. 14: the English message cites art. 14 and names the document in English', () => {
    const [f] = findingsOf(attached(REQUIRED.slice(0, 3)), 'art14', { locale: 'en' });
    expect(f?.message).toContain('art. 14');
    expect(f?.message).toContain('Collective decision');
  });
});
