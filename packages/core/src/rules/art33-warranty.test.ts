import { describe, expect, test } from 'vitest';
import { dossierWith, expectOne, findingsOf } from '../../test-support/rules.js';

const tooShort = {
  ruleId: 'art33.warranty-too-short', article: 33, severity: 'error', path: '/completion/warrantyYears', cites: '第三十三条',
} as const;
const warranty = (warrantyYears: unknown) => dossierWith({ completion: { warrantyYears } });

describe('art. 33: at least three years of warranty from acceptance (不少于, inclusive)', () => {
  test('art. 33: exactly 3 years is enough', () => {
    expect(findingsOf(warranty(3), 'art33')).toEqual([]);
  });

  test('art. 33: 2.99 years is too short', () => {
    expect(expectOne(findingsOf(warranty(2.99), 'art33'), tooShort).message).toContain('2.99 年');
  });

  test('art. 33: no warranty at all is too short', () => {
    expectOne(findingsOf(warranty(0), 'art33'), tooShort);
  });

  test('art. 33: more than three years is fine', () => {
    expect(findingsOf(warranty(5), 'art33')).toEqual([]);
  });

  test('art. 33: a warranty not given as a number is not checked yet', () => {
    for (const v of [undefined, '2', null, Number.NaN]) expect(findingsOf(warranty(v), 'art33'), String(v)).toEqual([]);
  });

  test('art. 33: the English message cites art. 33', () => {
    expect(findingsOf(warranty(2.99), 'art33', { locale: 'en' })[0]?.message).toContain('art. 33');
  });
});
