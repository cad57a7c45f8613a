import { describe, expect, test } from 'vitest';
import type { DocumentKind } from '../types.js';
import { dossierWith, expectOne, findingsOf, ruleIds } from '../../test-support/rules.js';

const reportAt = (ruleId: string) => ({
  ruleId, article: 31, severity: 'error', path: '/completion/reportFiledOn', cites: '第三十一条',
} as const);
const materialsMissing = (requires: DocumentKind[]) => ({
  ruleId: 'art31.materials-missing', article: 31, severity: 'error', path: '/completion/attachments', requires, cites: '第三十一条',
} as const);

/** 第三十一条 in its order: the report, summary, financial and audit reports, the assessments, the statement. */
const MATERIALS: DocumentKind[] = [
  'completion-report', 'construction-summary', 'financial-report', 'audit-report', 'security-assessment',
  'data-security-assessment', 'crypto-assessment', 'secure-reliable-statement',
];
const ALL_ATTACHMENTS: DocumentKind[] = [...MATERIALS, 'archive-acceptance', 'supervision-contract'];

/** Accepted 2024-12-10 (the sample), so the report is due by 2025-01-09. */
const filedOn = (reportFiledOn: string | undefined) => dossierWith({ completion: { acceptanceDate: '2024-12-10', reportFiledOn } });

describe('art. 31: the acceptance report is filed within 30 days of acceptance (30天内, inclusive)', () => {
  test('art. 31: filed on day 30 after acceptance is in time', () => {
    expect(findingsOf(filedOn('2025-01-09'), 'art31')).toEqual([]);
  });

  test('art. 31: filed on day 31 is late', () => {
    const f = expectOne(findingsOf(filedOn('2025-01-10'), 'art31'), reportAt('art31.report-late'));
    expect(f.message).toContain('2025-01-10');
    expect(f.message).toContain('2025-01-09');
  });

  test('art. 31: not filed yet on day 30 is not overdue', () => {
    expect(findingsOf(filedOn(undefined), 'art31', { today: '2025-01-09' })).toEqual([]);
  });

  test('art. 31: not filed yet on day 31 is overdue', () => {
    const f = expectOne(findingsOf(filedOn(undefined), 'art31', { today: '2025-01-10' }), reportAt('art31.report-overdue'));
    expect(f.message).toContain('2025-01-09');
  });

  test('art. 31: a report filed 5 days after an acceptance on 9999-12-15 is in time', () => {
    expect(findingsOf(dossierWith({ completion: { acceptanceDate: '9999-12-15', reportFiledOn: '9999-12-20' } }), 'art31.report')).toEqual([]);
  });

  test('art. 31: before acceptance there is no report to file', () => {
    expect(findingsOf(dossierWith({ completion: { acceptanceDate: undefined, reportFiledOn: undefined } }), 'art31')).toEqual([]);
  });
});

describe('art. 31: the report comes with its materials', () => {
  test('art. 31: a missing audit report is named, and only it', () => {
    const attachments = ALL_ATTACHMENTS.filter((k) => k !== 'audit-report');
    const f = expectOne(findingsOf(dossierWith({ completion: { attachments } }), 'art31'), materialsMissing(['audit-report']));
    expect(f.message).toContain('缺少：审计报告（');
  });

  test.each(MATERIALS)('art. 31: without %s the materials are incomplete', (kind) => {
    const attachments = ALL_ATTACHMENTS.filter((k) => k !== kind);
    expectOne(findingsOf(dossierWith({ completion: { attachments } }), 'art31'), materialsMissing([kind]));
  });

  test('art. 31: requires lists exactly the missing materials, in the article\'s order', () => {
    const attachments = ['crypto-assessment', 'completion-report', 'financial-report', 'security-assessment', 'secure-reliable-statement'];
    const f = expectOne(findingsOf(dossierWith({ completion: { attachments } }), 'art31'),
      materialsMissing(['construction-summary', 'audit-report', 'data-security-assessment']));
    expect(f.message).toContain('项目建设总结、审计报告、数据安全风险评估报告');
  });

  test('art. 31: an empty checklist misses all eight', () => {
    expectOne(findingsOf(dossierWith({ completion: { attachments: [] } }), 'art31'), materialsMissing(MATERIALS));
  });

  test('art. 31: a completion section without a checklist is not checked for materials yet', () => {
    expect(findingsOf(dossierWith({ completion: { attachments: undefined } }), 'art31')).toEqual([]);
  });
});

describe('art. 31 ¶2: no project acceptance without a passed archive acceptance', () => {
  test('art. 31: archives not accepted is an error', () => {
    const findings = findingsOf(dossierWith({ completion: { archiveAccepted: false } }), 'art31');
    expect(ruleIds(findings)).toEqual(['art31.archive-not-accepted']);
    expectOne(findings, {
      ruleId: 'art31.archive-not-accepted', article: 31, severity: 'error', path: '/completion/archiveAccepted',
      requires: ['archive-acceptance'], cites: '第三十一条',
    });
  });

  test('art. 31: archives accepted, or not answered yet, is no finding', () => {
    expect(findingsOf(dossierWith({ completion: { archiveAccepted: true } }), 'art31')).toEqual([]);
    expect(findingsOf(dossierWith({ completion: { archiveAccepted: undefined } }), 'art31')).toEqual([]);
  });

  test('art. 31: the English message cites art. 31', () => {
    const [f] = findingsOf(filedOn('2025-01-10'), 'art31', { locale: 'en' });
    expect(f?.message).toContain('art. 31');
  });
});
