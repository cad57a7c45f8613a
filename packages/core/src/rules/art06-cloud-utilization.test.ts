import { describe, expect, test } from 'vitest';
import { dossierWith, expectOne, findingsOf } from '../../test-support/rules.js';

const low = {
  ruleId: 'art6.low-cloud-utilization', article: 6, severity: 'warning', path: '/annualReport/cloudUtilization', cites: '第六条',
} as const;
const utilization = (cloudUtilization: unknown) => dossierWith({ annualReport: { cloudUtilization } });

describe('art. 6: monitoring flags low cloud utilisation (below the policy line, default 30 %)', () => {
  test('art. 6: exactly 30 % is not low', () => {
    expect(findingsOf(utilization(30), 'art6')).toEqual([]);
  });

  test('art. 6: 29.99 % is low', () => {
    const f = expectOne(findingsOf(utilization(29.99), 'art6'), low);
    expect(f.message).toContain('29.99%');
    expect(f.message).toContain('30%');
  });

  test('art. 6: a policy line of 50 % moves the boundary there', () => {
    const policy = { cloudUtilizationThresholdPercent: 50 };
    expect(findingsOf(utilization(50), 'art6', { policy })).toEqual([]);
    expect(expectOne(findingsOf(utilization(49.99), 'art6', { policy }), low).message).toContain('50%');
    expect(findingsOf(utilization(29.99), 'art6', { policy: { cloudUtilizationThresholdPercent: 0 } })).toEqual([]);
  });

  test('art. 6: no figure reported (or not a number) is not checked', () => {
    for (const v of [undefined, '10', null]) expect(findingsOf(utilization(v), 'art6'), String(v)).toEqual([]);
    expect(findingsOf(dossierWith({ annualReport: null }), 'art6')).toEqual([]);
  });

  test('art. 6: the English message cites art. 6', () => {
    expect(findingsOf(utilization(29.99), 'art6', { locale: 'en' })[0]?.message).toContain('art. 6');
  });
});
