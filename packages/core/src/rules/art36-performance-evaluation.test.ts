import { describe, expect, test } from 'vitest';
import { consistentTotal, dossierWith, expectOne, findingsOf, mergePatches, type DossierPatch } from '../../test-support/rules.js';

const cites = '第三十六条';
const path = (field: string) => `/performanceEvaluation/${field}`;
const evaluation = (fields: Record<string, unknown>, extra: DossierPatch = {}) => dossierWith(mergePatches({
  performanceEvaluation: {
    year: 2025, inTrial: false, applicantOpinion: '同意', supervisorOpinion: '同意', submittedOn: '2025-12-20', ...fields,
  },
}, extra));

describe('art. 36 ¶2: the performance self-evaluation is filed by the end of each year (年底前)', () => {
  test('art. 36: filed on 31 December is in time; on 1 January it is late', () => {
    expect(findingsOf(evaluation({ submittedOn: '2025-12-31' }), 'art36.evaluation')).toEqual([]);
    const f = expectOne(findingsOf(evaluation({ submittedOn: '2026-01-01' }), 'art36.evaluation'), {
      ruleId: 'art36.evaluation-late', article: 36, severity: 'error', path: path('submittedOn'), cites,
    });
    expect(f.message).toContain('2025 年度项目绩效评价报告于 2026-01-01 报送，晚于 2025-12-31');
  });

  test('art. 36: not filed yet is overdue only after 31 December', () => {
    expect(findingsOf(evaluation({ submittedOn: undefined }), 'art36.evaluation', { today: '2025-12-31' })).toEqual([]);
    expectOne(findingsOf(evaluation({ submittedOn: undefined }), 'art36.evaluation', { today: '2026-01-01' }), {
      ruleId: 'art36.evaluation-overdue', article: 36, severity: 'warning', path: path('submittedOn'), cites,
    });
  });

  test('art. 36: a system in trial also reports the trial’s effect and problems', () => {
    expectOne(findingsOf(evaluation({ inTrial: true, trialEffect: '运行平稳', trialIssues: undefined }), 'art36.evaluation'), {
      ruleId: 'art36.evaluation-trial-missing', article: 36, severity: 'warning', path: path('trialIssues'), cites,
    });
    expect(findingsOf(evaluation({ inTrial: true, trialEffect: '运行平稳', trialIssues: '高峰期响应偏慢，已扩容' }), 'art36.evaluation')).toEqual([]);
    expect(findingsOf(evaluation({ inTrial: false }), 'art36.evaluation')).toEqual([]);
  });

  test('art. 36: the applicant’s opinion is always asked for', () => {
    expectOne(findingsOf(evaluation({ applicantOpinion: ' ' }), 'art36.evaluation'), {
      ruleId: 'art36.evaluation-applicant-opinion', article: 36, severity: 'warning', path: path('applicantOpinion'), cites,
    });
  });

  test('art. 36 with art. 25: the supervisor’s opinion is asked for where supervision is compulsory (over 1,000,000 yuan)', () => {
    expectOne(findingsOf(evaluation({ supervisorOpinion: undefined }, consistentTotal(1_000_000.01)), 'art36.evaluation'), {
      ruleId: 'art36.evaluation-supervisor-opinion', article: 36, severity: 'warning', path: path('supervisorOpinion'), cites,
    });
    expect(findingsOf(evaluation({ supervisorOpinion: undefined }, consistentTotal(1_000_000)), 'art36.evaluation')).toEqual([]);
  });

  test('art. 36: a year that is not a year is not judged; the English message cites art. 36', () => {
    expect(findingsOf(evaluation({ year: '2025', submittedOn: '2030-01-01' }), 'art36.evaluation')).toEqual([]);
    expect(findingsOf(evaluation({ submittedOn: '2026-01-01' }), 'art36.evaluation', { locale: 'en' })[0]?.message).toContain('(art. 36)');
  });
});
