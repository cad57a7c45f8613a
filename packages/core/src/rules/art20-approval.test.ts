import { describe, expect, test } from 'vitest';
import { consistentTotal, dossierWith, expectOne, findingsOf, mergePatches, ruleIds, type TestDossier } from '../../test-support/rules.js';

type ExpectedDocs = ('project-proposal' | 'feasibility-study' | 'preliminary-design' | 'investment-estimate')[];
const approval = (requires: ExpectedDocs, severity: 'warning' | 'info') => ({
  ruleId: 'art20.approval-documents', article: 20, severity, path: '/application/totalInvestment', requires, cites: '第二十条',
});

const FULL: ExpectedDocs = ['project-proposal', 'feasibility-study', 'preliminary-design'];
const IN_PLAN: ExpectedDocs = ['feasibility-study', 'preliminary-design'];
const URGENT: ExpectedDocs = ['feasibility-study', 'preliminary-design', 'investment-estimate'];

/** A fiscal construction project, neither in a plan nor urgent, with a budget adding up to the total. */
function project(totalYuan: number, application: Record<string, unknown> = {}): TestDossier {
  return dossierWith(mergePatches(consistentTotal(totalYuan), {
    application: { projectType: 'construction', fundingSources: ['fiscal'], inPlan: false, urgent: false, ...application },
  }));
}

const sampleAttachments = ['application-form', 'construction-plan', 'basis-materials', 'collective-decision'];

describe('art. 20: over 4,000,000 yuan (超过, strictly) a budget-funded construction project needs approval', () => {
  test('art. 20: exactly 4,000,000.00 yuan needs no approval documents', () => {
    expect(findingsOf(project(4_000_000), 'art20')).toEqual([]);
  });

  test('art. 20: 4,000,000.01 yuan needs a project proposal, a feasibility study and a preliminary design', () => {
    const f = expectOne(findingsOf(project(4_000_000.01), 'art20'), approval(FULL, 'warning'));
    expect(f.message).toContain('4,000,000.01 元');
    expect(f.message).toContain('项目建议书、可行性研究报告、初步设计方案');
  });

  test('art. 20: a project already in a national, provincial or city plan goes straight to the feasibility study', () => {
    const f = expectOne(findingsOf(project(4_000_000.01, { inPlan: true }), 'art20'), approval(IN_PLAN, 'warning'));
    expect(f.message).not.toContain('项目建议书');
  });

  test('art. 20: an urgent project files the feasibility study, preliminary design and investment estimate', () => {
    expectOne(findingsOf(project(4_000_000.01, { urgent: true }), 'art20'), approval(URGENT, 'warning'));
  });

  test('art. 20: an urgent project that is also in a plan follows the urgent route', () => {
    expectOne(findingsOf(project(4_000_000.01, { urgent: true, inPlan: true }), 'art20'), approval(URGENT, 'warning'));
  });

  test('art. 20: the finding is a warning naming what is still missing from the attachments', () => {
    const attachments = [...sampleAttachments, 'project-proposal', 'preliminary-design'];
    const f = expectOne(findingsOf(project(5_000_000, { attachments }), 'art20'), approval(FULL, 'warning'));
    expect(f.message).toMatch(/尚未提交：可行性研究报告$/);
  });

  test('art. 20: once every required document is attached the finding is only information', () => {
    const attachments = [...sampleAttachments, ...FULL];
    const f = expectOne(findingsOf(project(5_000_000, { attachments }), 'art20'), approval(FULL, 'info'));
    expect(f.message).not.toContain('尚未提交');
  });

  test('art. 20: the urgent route is complete with its three documents and no proposal', () => {
    const attachments = [...sampleAttachments, ...URGENT];
    expectOne(findingsOf(project(5_000_000, { urgent: true, attachments }), 'art20'), approval(URGENT, 'info'));
  });

  test('art. 20: without an attachments list every required document counts as missing', () => {
    const f = expectOne(findingsOf(project(5_000_000, { attachments: undefined }), 'art20'), approval(FULL, 'warning'));
    expect(f.message).toContain('尚未提交：项目建议书、可行性研究报告、初步设计方案');
  });

  test('art. 20: superior subsidies are budget funds too', () => {
    expectOne(findingsOf(project(4_000_000.01, { fundingSources: ['superior-subsidy'] }), 'art20'), approval(FULL, 'warning'));
  });

  test('art. 20: budget funds mixed with enterprise investment still need approval', () => {
    expectOne(findingsOf(project(4_000_000.01, { fundingSources: ['joint', 'fiscal'] }), 'art20'), approval(FULL, 'warning'));
  });

  test.each([[['joint']], [['soe', 'joint']]])(
    'art. 20: joint government–enterprise investment %j includes budget money: approval needed over 4,000,000.00',
    (fundingSources) => {
      expectOne(findingsOf(project(4_000_000.01, { fundingSources }), 'art20'), approval(FULL, 'warning'));
      expect(findingsOf(project(4_000_000, { fundingSources }), 'art20')).toEqual([]);
    },
  );

  test.each([[['soe']], [[]]])(
    'art. 20: a project funded only by %j uses no budget funds and needs no approval here',
    (fundingSources) => {
      expect(findingsOf(project(50_000_000, { fundingSources }), 'art20')).toEqual([]);
    },
  );

  test.each(['operation', 'service'])('art. 20: %s projects need no approval, however large', (projectType) => {
    expect(findingsOf(project(50_000_000, { projectType }), 'art20')).toEqual([]);
  });

  test('art. 20: a total investment that is not a yuan amount is not checked yet', () => {
    for (const totalInvestment of ['4000000.01', 4_000_000.001, -5_000_000, null]) {
      expect(findingsOf(project(5_000_000, { totalInvestment }), 'art20'), String(totalInvestment)).toEqual([]);
    }
  });

  test('art. 20: the English message cites art. 20 and names the documents in English', () => {
    const [f] = findingsOf(project(4_000_000.01), 'art20', { locale: 'en' });
    expect(f?.message).toContain('art. 20');
    expect(f?.message).toContain('4,000,000.01 yuan');
    expect(f?.message).toContain('Project proposal');
  });
});

describe('art. 20 (三): at or below 10,000,000 yuan (1000万元以下 includes it) the documents may be filed together', () => {
  const combined = {
    ruleId: 'art20.combined-submission', article: 20, severity: 'info', path: '/application/totalInvestment', cites: '第二十条',
  } as const;

  test('art. 20: 9,999,999.99 yuan may combine the approval documents in one submission', () => {
    const findings = findingsOf(project(9_999_999.99), 'art20');
    expect(ruleIds(findings)).toEqual(['art20.approval-documents', 'art20.combined-submission']);
    expectOne(findings, combined);
  });

  test('art. 20: exactly 10,000,000.00 yuan may combine them too (以下 includes the number)', () => {
    expectOne(findingsOf(project(10_000_000), 'art20'), combined);
  });

  test('art. 20: 10,000,000.01 yuan may not combine them', () => {
    expect(ruleIds(findingsOf(project(10_000_000.01), 'art20'))).toEqual(['art20.approval-documents']);
  });

  test('art. 20: combining is offered only where approval is needed at all (not at 4,000,000.00)', () => {
    expect(findingsOf(project(4_000_000), 'art20')).toEqual([]);
    expect(ruleIds(findingsOf(project(4_000_000.01), 'art20'))).toEqual(['art20.approval-documents', 'art20.combined-submission']);
  });
});
