import { describe, expect, test } from 'vitest';
import { dossierWith, expectOne, findingsOf } from '../../test-support/rules.js';

const cites = '第三十条';
const completion = (fields: Record<string, unknown>) =>
  dossierWith({ completion: { acceptanceDate: '2025-06-30', materialsSubmittedOn: '2025-06-01', materialsApprovedOn: '2025-06-20', ...fields } });

describe('art. 30: acceptance after 市数据局 approved the completion materials', () => {
  test('art. 30: acceptance on the day of the approval is allowed', () => {
    expect(findingsOf(completion({ materialsApprovedOn: '2025-06-30' }), 'art30')).toEqual([]);
  });

  test('art. 30: acceptance the day before the approval is an error naming both dates', () => {
    const f = expectOne(findingsOf(completion({ materialsApprovedOn: '2025-07-01' }), 'art30'), {
      ruleId: 'art30.accepted-before-approval', article: 30, severity: 'error', path: '/completion/acceptanceDate', cites,
    });
    expect(f.message).toContain('竣工验收日期 2025-06-30 早于市数据局审核通过验收资料的日期 2025-07-01');
  });

  test('art. 30: approved before submitted is an error; on the same day it is not', () => {
    expectOne(findingsOf(completion({ materialsApprovedOn: '2025-05-31' }), 'art30'), {
      ruleId: 'art30.approved-before-submitted', article: 30, severity: 'error', path: '/completion/materialsApprovedOn', cites,
    });
    expect(findingsOf(completion({ materialsApprovedOn: '2025-06-01' }), 'art30')).toEqual([]);
  });

  test('art. 30: accepted without an approval date is a reminder, not an error; not accepted yet, nothing', () => {
    expectOne(findingsOf(completion({ materialsApprovedOn: undefined }), 'art30'), {
      ruleId: 'art30.approval-date-missing', article: 30, severity: 'info', path: '/completion/materialsApprovedOn', cites,
    });
    expect(findingsOf(completion({ materialsApprovedOn: undefined, acceptanceDate: undefined }), 'art30')).toEqual([]);
  });
});
