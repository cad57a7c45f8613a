import { describe, expect, test } from 'vitest';
import { getForm } from '../forms/registry.js';
import { validateForm } from '../validation/validate-form.js';
import { dossierWith, expectOne, findingsOf } from '../../test-support/rules.js';

const filingAllowed = {
  ruleId: 'art23.filing-allowed', article: 23, severity: 'info', path: '/change/adjustmentAmount', cites: '第二十三条',
} as const;
const reapply = (path: string) => ({
  ruleId: 'art23.reapply', article: 23, severity: 'error', path,
  requires: ['application-form', 'construction-plan'], cites: '第二十三条',
} as const);

function change(adjustmentAmount: unknown, contractAmount: unknown, fields: Record<string, unknown> = {}) {
  // Without a bid control price unless a test gives one: the box then says whether the project is within it.
  return dossierWith({ change: { adjustmentAmount, contractAmount, bidControlPrice: undefined, withinBidControlPrice: true, reason: 'optimization', ...fields } });
}

describe('art. 23: an adjustment of at most 5,000,000 yuan or at most 10 % of the contract may be filed (不超过, inclusive)', () => {
  test('art. 23: exactly 5,000,000.00 yuan may be filed, even where 10 % of the contract is less', () => {
    const f = expectOne(findingsOf(change(5_000_000, 20_000_000), 'art23'), filingAllowed);
    expect(f.message).toContain('5,000,000.00 元');
    expectOne(findingsOf(change(5_000_000, 100_000_000), 'art23'), filingAllowed);
  });

  test('art. 23: 5,000,000.01 yuan of a 20,000,000 contract (25 %) must re-apply', () => {
    const f = expectOne(findingsOf(change(5_000_000.01, 20_000_000), 'art23'), reapply('/change/adjustmentAmount'));
    expect(f.message).toContain('5,000,000.01 元');
    expect(f.message).toContain('20,000,000.00 元');
  });

  test('art. 23: 5,000,000.01 yuan of a 100,000,000 contract (5 %) may still be filed under the 10 % limit', () => {
    expectOne(findingsOf(change(5_000_000.01, 100_000_000), 'art23'), filingAllowed);
  });

  test('art. 23: 5,000,000.01 yuan of a 50,000,000.00 contract is over 5,000,000 and over 10 % (5,000,000.00): re-apply', () => {
    expectOne(findingsOf(change(5_000_000.01, 50_000_000), 'art23'), reapply('/change/adjustmentAmount'));
  });

  test('art. 23: exactly 10 % of the contract above 5,000,000 (6,000,000.00 of 60,000,000.00) may be filed', () => {
    expectOne(findingsOf(change(6_000_000, 60_000_000), 'art23'), filingAllowed);
  });

  test('art. 23: one fen over 10 % (6,000,000.01 of 60,000,000.00) must re-apply', () => {
    expectOne(findingsOf(change(6_000_000.01, 60_000_000), 'art23'), reapply('/change/adjustmentAmount'));
  });

  test('art. 23: 6,000,000.00 of a contract one fen short of 60,000,000 must re-apply', () => {
    expectOne(findingsOf(change(6_000_000, 59_999_999.99), 'art23'), reapply('/change/adjustmentAmount'));
  });

  test('art. 23: a project over the bid control price must re-apply, however small the change', () => {
    const f = expectOne(findingsOf(change(1, 3_200_000, { withinBidControlPrice: false }), 'art23'), reapply('/change/withinBidControlPrice'));
    expect(f.message).toContain('超出招标控制价');
  });

  test('art. 23: with the bid control price known, contract + adjustment equal to it is within (未超出, inclusive), whatever the box says', () => {
    expectOne(findingsOf(change(200_000, 3_000_000, { bidControlPrice: 3_200_000, withinBidControlPrice: false }), 'art23'), filingAllowed);
    expectOne(findingsOf(change(200_000, 3_000_000, { bidControlPrice: 3_200_000, withinBidControlPrice: undefined }), 'art23'), filingAllowed);
  });

  test('art. 23: one fen over the bid control price must re-apply, even with the box ticked, naming the amounts', () => {
    const f = expectOne(findingsOf(change(200_000.01, 3_000_000, { bidControlPrice: 3_200_000, withinBidControlPrice: true }), 'art23'),
      reapply('/change/bidControlPrice'));
    expect(f.message).toContain('合同金额 3,000,000.00 元 加调整金额 200,000.01 元 共 3,200,000.01 元，超出招标控制价 3,200,000.00 元');
  });

  test('art. 23: the box decides only while the bid control price is not given', () => {
    expectOne(findingsOf(change(200_000, 3_000_000, { withinBidControlPrice: true }), 'art23'), filingAllowed);
    expectOne(findingsOf(change(200_000, 3_000_000, { withinBidControlPrice: false }), 'art23'), reapply('/change/withinBidControlPrice'));
    expect(findingsOf(change(200_000, 3_000_000, { withinBidControlPrice: undefined }), 'art23')).toEqual([]);
  });

  test('art. 23: a reason outside the three listed must re-apply', () => {
    const f = expectOne(findingsOf(change(280_000, 3_200_000, { reason: 'other' }), 'art23'), reapply('/change/reason'));
    expect(f.message).toContain('三种情形');
  });

  test.each(['mandate', 'optimization', 'business-need'])('art. 23: reason %s may be filed', (reason) => {
    expectOne(findingsOf(change(280_000, 3_200_000, { reason }), 'art23'), filingAllowed);
  });

  test('art. 23: several failures give one re-apply finding naming every reason, pointing at the first', () => {
    const findings = findingsOf(change(6_000_000.01, 60_000_000, { withinBidControlPrice: false, reason: 'other' }), 'art23');
    const f = expectOne(findings, reapply('/change/withinBidControlPrice'));
    expect(f.message).toContain('超出招标控制价、调整金额 6,000,000.01 元 超过 500 万元且超过合同金额 60,000,000.00 元 的 10%、调整情形不属于');
    expect(findings).toHaveLength(1);
  });

  test('art. 23: a change missing any of its four facts (no bid control price given) is not checked yet', () => {
    const failing = { adjustmentAmount: 9_000_000, contractAmount: 10_000_000, withinBidControlPrice: false, reason: 'other' };
    for (const missing of Object.keys(failing)) {
      expect(findingsOf(dossierWith({ change: { ...failing, bidControlPrice: undefined, [missing]: undefined } }), 'art23'), missing).toEqual([]);
    }
    expect(findingsOf(change('6000000.01', 60_000_000), 'art23')).toEqual([]);
    expect(findingsOf(change(-1, 60_000_000), 'art23')).toEqual([]);
    expect(findingsOf(change(6_000_000, 60_000_000, { reason: '  ' }), 'art23')).toEqual([]);
    expect(findingsOf(dossierWith({ change: null }), 'art23')).toEqual([]);
  });

  test('art. 23: the English message cites art. 23 and explains in English', () => {
    const [f] = findingsOf(change(6_000_000.01, 60_000_000), 'art23', { locale: 'en' });
    expect(f?.message).toContain('art. 23');
    expect(f?.message).toContain('the adjustment 6,000,000.01 yuan exceeds 5,000,000 yuan and 10% of the contract 60,000,000.00 yuan');
  });
});

describe('art. 23: the change-filing form asks for the box only while the bid control price is unknown', () => {
  const sample = () => structuredClone(getForm('change-filing').sample) as Record<string, unknown>;

  test('with the bid control price given, the box may be left out', () => {
    const { withinBidControlPrice: _box, ...data } = sample();
    expect(data.bidControlPrice).toEqual(expect.any(Number));
    expect(validateForm('change-filing', data)).toEqual({ valid: true, errors: [] });
  });

  test('without it, the box is required', () => {
    const { withinBidControlPrice: _box, bidControlPrice: _price, ...data } = sample();
    expect(validateForm('change-filing', data).errors).toContainEqual(expect.objectContaining({ path: '/withinBidControlPrice', keyword: 'required' }));
  });
});
