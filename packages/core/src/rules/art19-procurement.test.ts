import { describe, expect, test } from 'vitest';
import { GovformsError } from '../errors.js';
import { check, consistentTotal, dossierWith, expectOne, findingsOf, mergePatches, ruleIds } from '../../test-support/rules.js';

const technicalReview = {
  ruleId: 'art19.technical-review', article: 19, severity: 'info', path: '/application/totalInvestment',
  requires: ['technical-review'], cites: '第十九条',
} as const;
const bidControlPrice = {
  ruleId: 'art19.bid-control-price', article: 19, severity: 'info', path: '/application/keyProject',
  requires: ['bid-control-price'], cites: '第十九条',
} as const;

function project(totalYuan: number, application: Record<string, unknown> = {}) {
  return dossierWith(mergePatches(consistentTotal(totalYuan), { application: { projectType: 'construction', keyProject: false, ...application } }));
}

describe('art. 19: at or above the procurement limit (以上，含限额标准) a construction plan needs a technical review', () => {
  test('art. 19: exactly the default limit of 1,000,000.00 yuan needs the technical review', () => {
    const findings = findingsOf(project(1_000_000), 'art19');
    expect(ruleIds(findings)).toEqual(['art19.technical-review']);
    const f = expectOne(findings, technicalReview);
    expect(f.message).toContain('1,000,000.00 元');
  });

  test('art. 19: one fen below the limit (999,999.99 yuan) needs none', () => {
    expect(findingsOf(project(999_999.99), 'art19')).toEqual([]);
  });

  test('art. 19: a policy limit of 2,000,000 yuan moves the boundary there', () => {
    const policy = { procurementLimitYuan: 2_000_000 };
    expect(findingsOf(project(1_999_999.99), 'art19', { policy })).toEqual([]);
    const f = expectOne(findingsOf(project(2_000_000), 'art19', { policy }), technicalReview);
    expect(f.message).toContain('2,000,000.00 元');
  });

  test('art. 19: a key project also needs the bid control price set by the finance bureau', () => {
    const findings = findingsOf(project(1_000_000, { keyProject: true }), 'art19');
    expect(ruleIds(findings)).toEqual(['art19.technical-review', 'art19.bid-control-price']);
    expectOne(findings, bidControlPrice);
  });

  test('art. 19: a key project below the limit needs neither', () => {
    expect(findingsOf(project(999_999.99, { keyProject: true }), 'art19')).toEqual([]);
  });

  test.each(['operation', 'service'])('art. 19: %s projects are not construction projects and need no review', (projectType) => {
    expect(findingsOf(project(5_000_000, { projectType, keyProject: true }), 'art19')).toEqual([]);
  });

  test('art. 19: a negative or non-numeric limit is refused rather than guessed', () => {
    expect(() => check(project(1_000_000), { policy: { procurementLimitYuan: -1 } })).toThrow(GovformsError);
    expect(() => check(project(1_000_000), { policy: { procurementLimitYuan: Number.NaN } })).toThrow(GovformsError);
  });

  test('art. 19: a limit with more than two decimals is refused, not silently ignored', () => {
    expect(() => check(project(5_000_000), { policy: { procurementLimitYuan: 999_999.995 } })).toThrow(GovformsError);
  });

  test('art. 19: the English message cites art. 19', () => {
    const [f] = findingsOf(project(1_000_000), 'art19', { locale: 'en' });
    expect(f?.message).toContain('art. 19');
  });
});
