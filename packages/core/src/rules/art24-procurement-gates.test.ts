import { describe, expect, test } from 'vitest';
import { consistentTotal, dossierWith, expectOne, findingsOf, mergePatches, type DossierPatch } from '../../test-support/rules.js';

const before = {
  ruleId: 'art24.procurement-before-gates', article: 24, severity: 'error', path: '/milestones/procurementStartedOn', cites: '第二十四条',
} as const;

/** Every gate passed on 2025-03-01; procurement started on `procurement`. The sample's 3,856,400.50 yuan: art. 19 applies, art. 20 not. */
function milestones(procurement: string, fields: Record<string, unknown> = {}, extra: DossierPatch = {}) {
  return dossierWith(mergePatches({
    milestones: {
      listedOn: '2025-03-01', technicalReviewPassedOn: '2025-03-01', estimateReviewPassedOn: '2025-03-01', approvalObtainedOn: '2025-03-01',
      procurementStartedOn: procurement, ...fields,
    },
  }, extra));
}

describe('art. 24: no procurement before the annual list, the reviews (art. 19) and the approval (art. 20)', () => {
  test('art. 24: procurement on the day the last gate is passed is allowed', () => {
    expect(findingsOf(milestones('2025-03-01'), 'art24.procurement-before-gates')).toEqual([]);
  });

  test('art. 24: procurement the day before listing is an error naming the gate and its date', () => {
    const f = expectOne(findingsOf(milestones('2025-02-28'), 'art24.procurement-before-gates'), before);
    expect(f.message).toContain('采购启动日期 2025-02-28 之前尚未完成：纳入年度项目清单（2025-03-01 才完成）');
  });

  test('art. 24: a gate with no date is not passed yet', () => {
    const f = expectOne(findingsOf(milestones('2025-04-01', { technicalReviewPassedOn: undefined }), 'art24.procurement-before-gates'), before);
    expect(f.message).toContain('技术方案审核（尚未完成）');
    expect(f.message).not.toContain('纳入年度项目清单');
  });

  test('art. 24: the reviews are gates only where art. 19 applies (at or above the procurement limit)', () => {
    const noReviews = { technicalReviewPassedOn: undefined, estimateReviewPassedOn: undefined };
    expect(findingsOf(milestones('2025-04-01', noReviews, consistentTotal(999_999.99, { supervisionYuan: null })), 'art24.procurement-before-gates')).toEqual([]);
    const f = expectOne(findingsOf(milestones('2025-04-01', noReviews, consistentTotal(1_000_000, { supervisionYuan: null })), 'art24.procurement-before-gates'), before);
    expect(f.message).toContain('技术方案审核（尚未完成）、概算审核（尚未完成）');
  });

  test('art. 24: the approval is a gate only where art. 20 applies (over 4,000,000 yuan of budget money)', () => {
    const noApproval = { approvalObtainedOn: undefined };
    expect(findingsOf(milestones('2025-04-01', noApproval, consistentTotal(4_000_000)), 'art24.procurement-before-gates')).toEqual([]);
    const f = expectOne(findingsOf(milestones('2025-04-01', noApproval, consistentTotal(4_000_000.01)), 'art24.procurement-before-gates'), before);
    expect(f.message).toContain('立项批复（尚未完成）');
  });

  test('art. 24: nothing to say before procurement has started, or without milestones', () => {
    expect(findingsOf(milestones('2025-04-01', { procurementStartedOn: undefined, listedOn: undefined }), 'art24.procurement-before-gates')).toEqual([]);
    expect(findingsOf(dossierWith({ milestones: null }), 'art24.procurement-before-gates')).toEqual([]);
  });

  test('art. 24: the English message cites art. 24', () => {
    expect(findingsOf(milestones('2025-02-28'), 'art24', { locale: 'en' })[0]?.message).toContain('listing in the annual project list (only on 2025-03-01)');
  });
});
